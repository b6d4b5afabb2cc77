package kith.vault;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The raw text behind a commonmark block, taken from its source spans. */
final class SourceLines {
  private SourceLines() {}

  static int first(Node node) {
    return node.getSourceSpans().get(0).getLineIndex();
  }

  static int last(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.get(spans.size() - 1).getLineIndex();
  }

  /** Each span's text, stripped: for a paragraph inside a list item that is the item text without its marker. */
  static List<String> texts(Node node, List<String> lines) {
    List<String> texts = new ArrayList<>();
    for (SourceSpan span : node.getSourceSpans()) {
      String line = lines.get(span.getLineIndex());
      int from = Math.min(span.getColumnIndex(), line.length());
      int to = Math.min(from + span.getLength(), line.length());
      texts.add(line.substring(from, to).strip());
    }
    return texts;
  }
}
