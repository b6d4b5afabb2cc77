package kith.vault;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Profile sections: {@code **Role**: value}, {@code **Role:** value}, {@code Role:: value} lines and
 * bullets. A key with no value collects the bullets (or the paragraph) below it. Prose that is no field is
 * background, so nothing the section says is lost.
 */
final class ProfileReader {
  private static final Pattern BOLD_FIELD =
      Pattern.compile("^\\*\\*([^*:]+?)\\s*(::?)?\\s*\\*\\*\\s*(::?)?\\s*(.*)$");
  private static final Pattern PLAIN_FIELD = Pattern.compile("^([\\p{L} ]+?):\\s+(.*)$");

  /** A field as written: {@code dataview} when written {@code key:: value}. */
  private record Field(String key, String value, boolean dataview) {}

  /** A key written without a value, collecting the lines below it. */
  private static final class Pending {
    final Field field;
    final List<String> lines = new ArrayList<>();
    boolean sawBullet;

    Pending(Field field) {
      this.field = field;
    }
  }

  private final List<PeopleNote.Attribute> attributes;
  private final Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
  private final List<String> background = new ArrayList<>();
  private String titleKey;
  private int titleIndex;
  private Pending pending;

  /** Attributes for unknown fields go to {@code attributes}, in the order the note gives them. */
  ProfileReader(List<PeopleNote.Attribute> attributes) {
    this.attributes = attributes;
  }

  void read(Item item) {
    if (!item.bullet()) {
      item.lines().forEach(line -> readLine(line, false));
      return;
    }
    // A field line right under a bullet is, to CommonMark, a continuation of it; to the writer, the next field.
    StringBuilder segment = new StringBuilder();
    for (String line : item.lines()) {
      if (segment.length() > 0 && field(line).isPresent()) {
        readLine(segment.toString(), true);
        segment.setLength(0);
      }
      segment.append(segment.length() > 0 ? " " : "").append(line);
    }
    readLine(segment.toString(), true);
  }

  /** The profile read so far; a job title stands in for a missing role. */
  PeopleNote.Profile profile() {
    closePending();
    String role = values.get(ProfileField.ROLE);
    String title = values.get(ProfileField.TITLE);
    if (role != null && title != null) {
      attributes.add(titleIndex, attribute(titleKey, title));
      values.remove(ProfileField.TITLE);
    }
    return new PeopleNote.Profile(
        role != null ? role : title,
        values.get(ProfileField.RELATIONSHIP),
        values.get(ProfileField.ORGANISATION),
        values.get(ProfileField.EMAIL),
        background.isEmpty() ? null : String.join("\n", background));
  }

  private void readLine(String line, boolean bullet) {
    Optional<Field> field = field(line);
    if (field.isPresent()) {
      closePending();
      start(field.get());
      return;
    }
    InlineFields.embedded(line).forEach(f -> attributes.add(f.toAttribute(PeopleNote.AttributeSource.INLINE)));
    if (pending != null && (bullet || !pending.sawBullet)) {
      pending.lines.add(line);
      pending.sawBullet |= bullet;
      return;
    }
    closePending();
    background.add(line);
  }

  private void start(Field field) {
    if (ProfileField.ofProfileKey(field.key()) == ProfileField.BACKGROUND) {
      // Lines after a Background key are background anyway; no need to hold them.
      if (!field.value().isEmpty()) {
        background.add(field.value());
      }
    } else if (field.value().isEmpty()) {
      pending = new Pending(field);
    } else {
      assign(field);
    }
  }

  private void closePending() {
    if (pending != null) {
      Field field = pending.field;
      String collected = String.join("\n", pending.lines);
      pending = null;
      assign(new Field(field.key(), collected, field.dataview()));
    }
  }

  private void assign(Field field) {
    ProfileField known = ProfileField.ofProfileKey(field.key());
    if (known != null && field.value().isEmpty()) {
      return;
    }
    if (known != null && !values.containsKey(known)) {
      values.put(known, field.value());
      if (known == ProfileField.TITLE) {
        // Where the title goes among the attributes, should a role turn up and displace it.
        titleKey = field.key();
        titleIndex = attributes.size();
      }
    } else if (known == null && field.dataview()) {
      InlineFields.Field inline = new InlineFields.Field(field.key(), field.value());
      attributes.add(inline.toAttribute(PeopleNote.AttributeSource.INLINE));
    } else {
      attributes.add(attribute(field.key(), field.value()));
    }
  }

  private static PeopleNote.Attribute attribute(String key, String value) {
    return new PeopleNote.Attribute(PeopleNote.AttributeSource.PROFILE, key, Json.of(value), true);
  }

  /**
   * A field the line holds. Each form is matched only where it can be: bold opens the line, a plain one has a colon.
   */
  private static Optional<Field> field(String line) {
    Matcher bold = line.startsWith("**") ? BOLD_FIELD.matcher(line) : null;
    if (bold != null && bold.matches() && (bold.group(2) != null || bold.group(3) != null)) {
      return Optional.of(new Field(bold.group(1).strip(), bold.group(4).strip(), false));
    }
    Optional<InlineFields.Field> dataview = InlineFields.wholeLine(line);
    if (dataview.isPresent()) {
      return Optional.of(new Field(dataview.get().key(), dataview.get().value(), true));
    }
    Matcher plain = line.indexOf(':') >= 0 ? PLAIN_FIELD.matcher(line) : null;
    if (plain != null && plain.matches() && ProfileField.ofProfileKey(plain.group(1)) != null) {
      return Optional.of(new Field(plain.group(1).strip(), plain.group(2).strip(), false));
    }
    return Optional.empty();
  }
}
