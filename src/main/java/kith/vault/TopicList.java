package kith.vault;

import java.util.ArrayList;
import java.util.List;

/** A Topics paragraph split at commas, except commas inside parentheses or brackets: "X (a, b)" is one topic. */
final class TopicList {
  private TopicList() {}

  static List<String> split(String text) {
    List<String> topics = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        add(topics, text.substring(start, i));
        start = i + 1;
      }
    }
    add(topics, text.substring(start));
    return topics;
  }

  private static void add(List<String> topics, String topic) {
    if (!topic.isBlank()) {
      topics.add(topic.strip());
    }
  }
}
