package kith.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

  private NameIndex(List<NameEntry> entries, List<Spelling> spellings) {
    this.entries = entries;
    this.entriesBySpelling = entriesBySpelling(spellings);
    this.tokenSearch = new TokenSearch(spellings);
    this.closestNames = new ClosestNames(spellings);
    this.rank = rank(entries);
  }

  /**
   * Indexes {@code entries}.
   *
   * @throws IllegalArgumentException when two entries share a contact id: one of them would be unreachable
   */
  public static NameIndex build(Collection<NameEntry> entries) {
    List<NameEntry> copy = List.copyOf(entries);
    Set<Long> ids = new HashSet<>(copy.size() * 2);
    List<Spelling> spellings = new ArrayList<>(copy.size() * 2);
    for (int position = 0; position < copy.size(); position++) {
      NameEntry entry = copy.get(position);
      if (!ids.add(entry.contactId())) {
        throw new IllegalArgumentException("Two contacts with id " + entry.contactId());
      }
      for (List<String> tokens : spellingsOf(entry)) {
        spellings.add(new Spelling(position, tokens));
      }
    }
    return new NameIndex(copy, List.copyOf(spellings));
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
    Set<Integer> exact = new HashSet<>();
    for (List<String> typed : readings) {
      exact.addAll(IntStream.of(entriesBySpelling.getOrDefault(String.join(" ", typed), NONE)).boxed().toList());
    }
    if (!exact.isEmpty()) {
      return decide(exact);
    }
    for (TokenRule rule : TokenRule.values()) {
      List<Integer> matches = tokenSearch.cheapestMatches(readings, rule);
      if (!matches.isEmpty()) {
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

  private NameMatch decide(Collection<Integer> positions) {
    List<NameEntry> ordered = entriesAt(positions);
    if (ordered.size() == 1) {
      return new NameMatch.Found(ordered.get(0));
    }
    return new NameMatch.Ambiguous(ordered.subList(0, Math.min(MAX_CANDIDATES, ordered.size())));
  }

  private List<NameEntry> entriesAt(Collection<Integer> positions) {
    return positions.stream()
        .sorted(Comparator.comparingInt(position -> rank[position]))
        .map(entries::get)
        .toList();
  }

  /**
   * The name and each alias, tokenised; for one written with inner punctuation also the joined form, so that
   * "O'Brien" is found both as "O Brien" and as "OBrien". Spellings that normalise alike are kept once.
   */
  private static Set<List<String>> spellingsOf(NameEntry entry) {
    Set<List<String>> spellings = new LinkedHashSet<>();
    List<String> written = new ArrayList<>(1 + entry.aliases().size());
    written.add(entry.name());
    written.addAll(entry.aliases());
    for (String text : written) {
      List<String> separated = NameTokens.of(text);
      if (!separated.isEmpty()) {
        spellings.add(separated);
        spellings.add(NameTokens.joined(text));
      }
    }
    return spellings;
  }

  private static Map<String, int[]> entriesBySpelling(List<Spelling> spellings) {
    Map<String, int[]> byText = new HashMap<>(spellings.size() * 2);
    for (Spelling spelling : spellings) {
      byText.merge(spelling.text(), new int[] {spelling.entry()}, NameIndex::union);
    }
    return Map.copyOf(byText);
  }

  private static int[] union(int[] known, int[] added) {
    return IntStream.concat(IntStream.of(known), IntStream.of(added)).distinct().toArray();
  }

  private static int[] rank(List<NameEntry> entries) {
    String[] normalisedNames =
        entries.stream().map(entry -> String.join(" ", NameTokens.of(entry.name()))).toArray(String[]::new);
    Comparator<Integer> order =
        Comparator.<Integer, Boolean>comparing(position -> entries.get(position).mentionedOnly())
            .thenComparing(position -> normalisedNames[position])
            .thenComparing(position -> entries.get(position).name())
            .thenComparingLong(position -> entries.get(position).contactId());
    List<Integer> sorted = IntStream.range(0, entries.size()).boxed().sorted(order).toList();
    int[] rank = new int[entries.size()];
    for (int place = 0; place < sorted.size(); place++) {
      rank[sorted.get(place)] = place;
    }
    return rank;
  }
}
