package kith.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * A contact's spellings as the name index compares them: the name and each alias, tokenised and joined by single
 * spaces; for one written with inner punctuation also the joined form, so that "O'Brien" is found both as
 * "O Brien" and as "OBrien". Spellings that normalise alike are kept once. Normalising is most of the cost of
 * building the index, so the spellings are kept with the entries ({@link NameEntriesText}) for the next start.
 *
 * @param normalisedName the name's own spelling, by which candidates are ordered; empty when it has no letters
 * @param texts the distinct spellings, the name's first
 */
record EntrySpellings(String normalisedName, List<String> texts) {

  EntrySpellings {
    texts = List.copyOf(texts);
  }

  static EntrySpellings of(NameEntry entry) {
    List<String> texts = new ArrayList<>(2 + entry.aliases().size());
    String normalisedName = add(entry.name(), texts);
    for (String alias : entry.aliases()) {
      add(alias, texts);
    }
    return new EntrySpellings(normalisedName, texts);
  }

  /** Adds the written name's spellings; returns the first (separated) one, or "" when it has none. */
  private static String add(String written, List<String> texts) {
    NameTokens.Forms forms = NameTokens.forms(written);
    if (forms.separated().isEmpty()) {
      return "";
    }
    String separated = String.join(" ", forms.separated());
    addOnce(separated, texts);
    if (!forms.joined().equals(forms.separated())) {
      addOnce(String.join(" ", forms.joined()), texts);
    }
    return separated;
  }

  /** An entry has a handful of spellings, so a scan beats a set. */
  private static void addOnce(String text, List<String> texts) {
    if (!texts.contains(text)) {
      texts.add(text);
    }
  }
}
