package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dataview inline fields: a whole line {@code key:: value}, or {@code [key:: value]} and {@code (key:: value)}. */
final class InlineFields {
  record Field(String key, String value) {
    PeopleNote.Attribute toAttribute(PeopleNote.AttributeSource source) {
      return new PeopleNote.Attribute(source, key, Json.of(value), true);
    }
  }

  private static final String KEY = "[\\p{L}\\p{N}_][\\p{L}\\p{N}\\p{M} _\\-/.'’&]*?";
  private static final Pattern WHOLE_LINE =
      Pattern.compile("^(\\*\\*|__)?(" + KEY + ")\\s*\\1?::(?:\\s+(.*)|\\s*)$");
  private static final Pattern EMBEDDED =
      Pattern.compile("\\[(" + KEY + ")\\s*::\\s*([^\\]]*)]|\\((" + KEY + ")\\s*::\\s*([^)]*)\\)");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

  private InlineFields() {}

  /** The field when the whole line is one, {@code key:: value} or {@code **key**:: value}. */
  static Optional<Field> wholeLine(String line) {
    // Most lines hold no field; the pattern backtracks over the whole line before it can tell.
    if (!line.contains("::")) {
      return Optional.empty();
    }
    Matcher matcher = WHOLE_LINE.matcher(line.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String value = matcher.group(3) == null ? "" : matcher.group(3).strip();
    return Optional.of(new Field(matcher.group(2).strip(), value));
  }

  /** The bracketed fields within a line, outside inline code. */
  static List<Field> embedded(String line) {
    String outsideCode = line.indexOf('`') < 0 ? line : INLINE_CODE.matcher(line).replaceAll("");
    if (!outsideCode.contains("::")) {
      return List.of();
    }
    List<Field> fields = new ArrayList<>();
    Matcher matcher = EMBEDDED.matcher(outsideCode);
    while (matcher.find()) {
      boolean square = matcher.group(1) != null;
      String key = square ? matcher.group(1) : matcher.group(3);
      String value = square ? matcher.group(2) : matcher.group(4);
      fields.add(new Field(key.strip(), value.strip()));
    }
    return fields;
  }
}
