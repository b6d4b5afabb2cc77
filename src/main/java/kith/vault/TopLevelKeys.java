package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the top-level keys of frontmatter YAML by their lines, before any YAML parsing: a key whose value
 * holds a template placeholder such as {@code {{date}}} would otherwise break the whole block.
 */
final class TopLevelKeys {
  /** One top-level key and its lines: the key line plus indented, list and comment lines after it. */
  record KeyBlock(String key, int firstIndex, int endIndex, String rawValue) {
    /** Whether the value holds a template placeholder: two closing braces somewhere after two opening ones. */
    boolean hasPlaceholder() {
      int open = rawValue.indexOf("{{");
      return open >= 0 && rawValue.indexOf("}}", open + 2) >= 0;
    }
  }

  private static final Pattern KEY_LINE =
      Pattern.compile(
          "^(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^']|'')*)'|(?!-\\s|-$)([^\\s#'\"\\[\\]{}][^:]*?))\\s*:(?:\\s+|$)(.*)$");

  private TopLevelKeys() {}

  static List<KeyBlock> find(List<String> lines) {
    List<KeyBlock> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher key = KEY_LINE.matcher(lines.get(i));
      if (!key.matches()) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && continues(lines.get(end))) {
        end++;
      }
      StringBuilder raw = new StringBuilder(key.group(4).strip());
      for (int j = i + 1; j < end; j++) {
        raw.append('\n').append(lines.get(j));
      }
      blocks.add(new KeyBlock(keyText(key), i, end, raw.toString().strip()));
      i = end;
    }
    return blocks;
  }

  /** Whether a line still belongs to the key above it (YAML lets a block list start at column 0). */
  private static boolean continues(String line) {
    return line.isBlank()
        || Character.isWhitespace(line.charAt(0))
        || line.startsWith("#")
        || line.equals("-")
        || line.startsWith("- ");
  }

  private static String keyText(Matcher key) {
    if (key.group(1) != null) {
      return key.group(1).replace("\\\"", "\"");
    }
    return key.group(2) != null ? key.group(2).replace("''", "'") : key.group(3).strip();
  }
}
