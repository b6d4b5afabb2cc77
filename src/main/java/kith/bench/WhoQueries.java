package kith.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import kith.bench.SyntheticVault.Person;

/**
 * What people type after {@code /who}, for random people of the vault, in equal shares: the name exactly as written;
 * in lower case (without its accents half the time); with one typo in the longest word; the first name alone.
 */
final class WhoQueries {
  private static final String KEYBOARD = "abcdefghijklmnopqrstuvwxyz";

  private WhoQueries() {}

  /**
   * One query: what is typed, and whether it must find someone (a card or a picker of namesakes). A name as written,
   * in lower case or by its first name is someone's in the vault; a typo may leave it closer to no one, or to
   * someone else.
   */
  record Query(String text, boolean findsSomeone) {}

  static List<Query> of(List<Person> people, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
    List<Query> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Person person = people.get(random.nextInt(people.size()));
      String name = person.name();
      queries.add(switch (i % 4) {
        case 0 -> new Query(name, true);
        case 1 -> new Query(lowerCase(name, random.nextBoolean()), true);
        case 2 -> new Query(withTypo(name, random), false);
        default -> new Query(person.firstName(), true);
      });
    }
    return List.copyOf(queries);
  }

  private static String lowerCase(String name, boolean withoutAccents) {
    String lower = name.toLowerCase(Locale.ROOT);
    return withoutAccents ? Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}", "") : lower;
  }

  /** One letter of the longest word dropped, doubled, swapped with the next or replaced. */
  static String withTypo(String name, SplittableRandom random) {
    String[] words = name.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() > words[longest].length()) {
        longest = i;
      }
    }
    String word = words[longest];
    int at = 1 + random.nextInt(word.length() - 2);
    StringBuilder typo = new StringBuilder(word);
    switch (random.nextInt(4)) {
      case 0 -> typo.deleteCharAt(at);
      case 1 -> typo.insert(at, word.charAt(at));
      case 2 -> {
        typo.setCharAt(at, word.charAt(at + 1));
        typo.setCharAt(at + 1, word.charAt(at));
      }
      default -> typo.setCharAt(at, KEYBOARD.charAt(random.nextInt(KEYBOARD.length())));
    }
    if (typo.toString().equals(word)) {
      // Swapped twin letters or a letter replaced by itself: drop it instead, so the query always has a typo.
      typo = new StringBuilder(word).deleteCharAt(at);
    }
    words[longest] = typo.toString();
    return String.join(" ", words);
  }
}
