package kith.vault;

import java.util.List;

/**
 * The YAML lines between a first line {@code ---} and the next {@code ---} or {@code ...}.
 *
 * @param yamlLines the lines between the fences; for an unclosed block, every line after the opening fence
 * @param closed false when the opening fence has no closing one
 * @param bodyStart index of the first body line (0 when there is no frontmatter)
 */
record FrontmatterBlock(List<String> yamlLines, boolean closed, int bodyStart) {
  /** The file line (1-based) of the first YAML line: the one after the opening fence. */
  static final int FIRST_YAML_LINE = 2;

  static final FrontmatterBlock NONE = new FrontmatterBlock(List.of(), true, 0);

  static FrontmatterBlock find(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
      return NONE;
    }
    for (int i = 1; i < lines.size(); i++) {
      String fence = lines.get(i).stripTrailing();
      if (fence.equals("---") || fence.equals("...")) {
        return new FrontmatterBlock(lines.subList(1, i), true, i + 1);
      }
    }
    return new FrontmatterBlock(lines.subList(1, lines.size()), false, lines.size());
  }

  String rawText() {
    return String.join("\n", yamlLines);
  }
}
