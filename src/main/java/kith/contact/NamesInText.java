package kith.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the contacts a piece of text names, by name or alias as whole words ("Kushal Datta", "Pepe"), in the
 * same normalised tokens lookups use, so "Jose" in a message finds José.
 */
final class NamesInText {
  private record Spelling(List<String> tokens, long contactId) {}

  private final Map<String, List<Spelling>> byFirstToken;

  private NamesInText(Map<String, List<Spelling>> byFirstToken) {
    this.byFirstToken = byFirstToken;
  }

  static NamesInText of(List<NameEntry> entries) {
    Map<String, List<Spelling>> index = new HashMap<>();
    for (NameEntry entry : entries) {
      List<String> spellings = new ArrayList<>(entry.aliases());
      spellings.add(0, entry.name());
      for (String spelling : spellings) {
        List<String> tokens = NameTokens.of(spelling);
        if (!tokens.isEmpty()) {
          index.computeIfAbsent(tokens.get(0), t -> new ArrayList<>()).add(new Spelling(tokens, entry.contactId()));
        }
      }
    }
    return new NamesInText(index);
  }

  /** The contacts {@code text} names, in the order they first appear. */
  Set<Long> find(String text) {
    List<String> words = NameTokens.of(text);
    Set<Long> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (Spelling spelling : byFirstToken.getOrDefault(words.get(i), List.of())) {
        if (startsAt(words, i, spelling.tokens())) {
          found.add(spelling.contactId());
        }
      }
    }
    return found;
  }

  private static boolean startsAt(List<String> words, int start, List<String> tokens) {
    if (start + tokens.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (!words.get(start + k).equals(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }
}
