package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Flattens a section's blocks into items: one per paragraph and one per list item, nested items after their
 * parent. Code blocks, HTML blocks and sub-headings yield nothing, so a task inside a code fence is no task.
 */
final class BlockItems {
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private final List<String> lines;
  private final List<Item> items = new ArrayList<>();

  private BlockItems(List<String> lines) {
    this.lines = lines;
  }

  static List<Item> of(List<Node> blocks, List<String> lines) {
    BlockItems collector = new BlockItems(lines);
    blocks.forEach(collector::visit);
    return collector.items;
  }

  private void visit(Node block) {
    if (block instanceof Paragraph) {
      add(false, SourceLines.texts(block, lines));
    } else if (block instanceof ListBlock) {
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        visitListItem((ListItem) item);
      }
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        visit(child);
      }
    }
  }

  private void visitListItem(ListItem item) {
    List<String> text = new ArrayList<>();
    List<Node> nested = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph) {
        text.addAll(SourceLines.texts(child, lines));
      } else {
        nested.add(child);
      }
    }
    add(true, text);
    nested.forEach(this::visit);
  }

  private void add(boolean bullet, List<String> raw) {
    List<String> kept = new ArrayList<>(raw.size());
    if (anyHoldsAComment(raw)) {
      // A comment may run over several lines: it is taken out of the item's text as a whole.
      HTML_COMMENT.matcher(String.join("\n", raw)).replaceAll("").lines().forEach(line -> keepStripped(kept, line));
    } else {
      raw.forEach(line -> keepStripped(kept, line));
    }
    if (!kept.isEmpty()) {
      items.add(new Item(bullet, kept));
    }
  }

  private static boolean anyHoldsAComment(List<String> lines) {
    for (String line : lines) {
      if (line.contains("<!--")) {
        return true;
      }
    }
    return false;
  }

  private static void keepStripped(List<String> kept, String line) {
    String stripped = line.strip();
    if (!stripped.isEmpty()) {
      kept.add(stripped);
    }
  }
}
