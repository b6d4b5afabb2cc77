package kith.contact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds a contact from a name as a person types it: whole, in part, in any order, by initial, half-typed or
 * misspelt. Stricter readings are tried first and the first that matches anyone decides, so an exact name is
 * never outvoted by a fuzzy one.
 *
 * <p>Immutable once built and safe to share between threads: an import builds a new index and swaps it in.
 */
public final class NameIndex {

  static final int MAX_CANDIDATES = 10;

  private static final int[] NONE = {};

  private static final NameIndex EMPTY = build(List.of());

  private final List<NameEntry> entries;
  private final Map<String, int[]> entriesBySpelling;
  private final TokenSearch tokenSearch;
  private final ClosestNames closestNames;
  /** Each entry's place in the order candidates are shown: note contacts first, then by name. */
  private final int[] rank;
  /** The entry at each place of {@link #rank}. */
  private final int[] byRank;

  private NameIndex(List<NameEntry> entries, List<Spelling> spellings, String[] normalisedNames) {
    this.entries = entries;
    this.entriesBySpelling = entriesBySpelling(spellings);
    this.tokenSearch = new TokenSearch(spellings);
    this.closestNames = new ClosestNames(spellings);
    this.rank = rank(entries, normalisedNames);
    this.byRank = new int[rank.length];
    for (int position = 0; position < rank.length; position++) {
      byRank[rank[position]] = position;
    }
  }

  /**
   * Indexes {@code entries}.
   *
   * @throws IllegalArgumentException when two entries share a contact id: one of them would be unreachable
   */
  public static NameIndex build(Collection<NameEntry> entries) {
    List<NameEntry> copy = List.copyOf(entries);
    return build(copy, copy.stream().map(EntrySpellings::of).toList());
  }

  /**
   * Indexes {@code entries} with their spellings already normalised, {@code spellings} in the same order: as they
   * were kept with the entries, so that a start does not normalise twenty thousand names again.
   *
   * @throws IllegalArgumentException when two entries share a contact id, or the two lists differ in length
   */
  static NameIndex build(List<NameEntry> entries, List<EntrySpellings> spellings) {
    if (entries.size() != spellings.size()) {
      throw new IllegalArgumentException(entries.size() + " entries but " + spellings.size() + " spellings");
    }
    List<NameEntry> copy = List.copyOf(entries);
    Set<Long> ids = new HashSet<>(copy.size() * 2);
    List<Spelling> all = new ArrayList<>(copy.size() * 2);
    String[] normalisedNames = new String[copy.size()];
    for (int position = 0; position < copy.size(); position++) {
      if (!ids.add(copy.get(position).contactId())) {
        throw new IllegalArgumentException("Two contacts with id " + copy.get(position).contactId());
      }
      EntrySpellings entry = spellings.get(position);
      normalisedNames[position] = entry.normalisedName();
      for (String text : entry.texts()) {
        all.add(new Spelling(position, text, tokens(text)));
      }
    }
    return new NameIndex(copy, List.copyOf(all), normalisedNames);
  }

  /** A spelling's tokens: it is them joined by single spaces. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>(3);
    int from = 0;
    for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
      tokens.add(text.substring(from, space));
      from = space + 1;
    }
    tokens.add(text.substring(from));
    return List.copyOf(tokens);
  }

  /** The index before the first import. */
  public static NameIndex empty() {
    return EMPTY;
  }

  /** How many contacts the index holds, findable or not. */
  public int size() {
    return entries.size();
  }

  /**
   * The contact a typed name means. Readings are tried from the strictest: the whole name or an alias; every
   * typed token a whole token (or, as a single letter, an initial) of one spelling, in any order; every token a
   * prefix; every token a small typo. The first reading that fits anyone decides; when none does, up to three
   * similar names are offered.
   */
  public NameMatch resolve(String query) {
    List<List<String>> readings = readingsOf(query);
    if (readings.isEmpty()) {
      return new NameMatch.NotFound(List.of());
    }
    int[] exact = NONE;
    for (List<String> typed : readings) {
      int[] spelt = entriesBySpelling.getOrDefault(String.join(" ", typed), NONE);
      exact = exact.length == 0 ? spelt : IntStream.concat(IntStream.of(exact), IntStream.of(spelt)).toArray();
    }
    if (exact.length > 0) {
      return decide(exact);
    }
    for (TokenRule rule : TokenRule.values()) {
      int[] matches = tokenSearch.cheapestMatches(readings, rule);
      if (matches.length > 0) {
        return decide(matches);
      }
    }
    String typedText = String.join(" ", readings.get(0));
    return new NameMatch.NotFound(entriesAt(closestNames.to(typedText, rank)));
  }

  /**
   * The query's tokens with punctuation as a separator and, when different, with inner punctuation dropped,
   * mirroring the spellings: "O'Brien" typed finds a contact stored as "OBrien".
   */
  private static List<List<String>> readingsOf(String query) {
    if (query == null) {
      return List.of();
    }
    List<String> separated = NameTokens.of(query);
    if (separated.isEmpty()) {
      return List.of();
    }
    List<String> joined = NameTokens.joined(query);
    return joined.equals(separated) ? List.of(separated) : List.of(separated, joined);
  }

  /** Found for one entry, else the first {@link #MAX_CANDIDATES} in rank order; {@code positions} may repeat. */
  private NameMatch decide(int[] positions) {
    // A common first name alone matches hundreds of people, even thousands, of whom ten are shown: the ten lowest
    // places are kept in one pass, where sorting every match was half of such a lookup.
    int[] lowest = new int[MAX_CANDIDATES];
    int kept = 0;
    for (int position : positions) {
      int place = rank[position];
      if (kept == MAX_CANDIDATES && place > lowest[kept - 1]) {
        continue;
      }
      int at = Arrays.binarySearch(lowest, 0, kept, place);
      if (at >= 0) {
        continue; // the same entry again
      }
      at = -at - 1;
      int moved = Math.min(kept, MAX_CANDIDATES - 1) - at;
      System.arraycopy(lowest, at, lowest, at + 1, moved);
      lowest[at] = place;
      kept = Math.min(kept + 1, MAX_CANDIDATES);
    }
    List<NameEntry> shown = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      shown.add(entries.get(byRank[lowest[i]]));
    }
    // One place kept means one entry matched: a second would have been kept beside it.
    return kept == 1 ? new NameMatch.Found(shown.get(0)) : new NameMatch.Ambiguous(List.copyOf(shown));
  }

  private List<NameEntry> entriesAt(Collection<Integer> positions) {
    return positions.stream()
        .sorted(Comparator.comparingInt(position -> rank[position]))
        .map(entries::get)
        .toList();
  }

  private static Map<String, int[]> entriesBySpelling(List<Spelling> spellings) {
    Map<String, int[]> byText = new HashMap<>(spellings.size() * 2);
    for (Spelling spelling : spellings) {
      int[] known = byText.putIfAbsent(spelling.text(), new int[] {spelling.entry()});
      if (known != null && known[known.length - 1] != spelling.entry()) {
        // Namesakes: rare, so growing the array by one each time is cheap enough.
        int[] grown = Arrays.copyOf(known, known.length + 1);
        grown[known.length] = spelling.entry();
        byText.put(spelling.text(), grown);
      }
    }
    return byText;
  }

  /** Note contacts first, then by normalised name, written name and id. */
  private static int[] rank(List<NameEntry> entries, String[] normalisedNames) {
    Integer[] sorted = new Integer[entries.size()];
    for (int position = 0; position < sorted.length; position++) {
      sorted[position] = position;
    }
    Arrays.sort(sorted, (a, b) -> compareForRank(entries.get(a), normalisedNames[a], entries.get(b), normalisedNames[b]));
    int[] rank = new int[entries.size()];
    for (int place = 0; place < sorted.length; place++) {
      rank[sorted[place]] = place;
    }
    return rank;
  }

  private static int compareForRank(NameEntry a, String normalisedA, NameEntry b, String normalisedB) {
    int order = Boolean.compare(a.mentionedOnly(), b.mentionedOnly());
    if (order == 0) {
      order = normalisedA.compareTo(normalisedB);
    }
    if (order == 0) {
      order = a.name().compareTo(b.name());
    }
    return order != 0 ? order : Long.compare(a.contactId(), b.contactId());
  }
}
