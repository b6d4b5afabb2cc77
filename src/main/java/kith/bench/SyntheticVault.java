package kith.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A vault of people notes made up from a seed: the same seed gives the same files, byte for byte. Names are drawn
 * with a skew towards the common ones, so first names repeat often and, with 20,000 people, about one person in
 * eight shares a full name with someone (namesakes are filed as {@code Name (Organisation).md}, as in Obsidian).
 */
final class SyntheticVault {
  /** Higher skews more towards the first names of a pool. */
  private static final double SKEW = 1.2;
  /** Share of people given the full name of someone already in the vault. */
  private static final double NAMESAKES = 0.015;
  private static final String[] FOLDERS = {"People", "People", "People", "People/Customers", "People/Partners"};

  /** A person as written: the note's title, its aliases, and where the file is. */
  record Person(String name, List<String> aliases, String organisation, String path) {
    String firstName() {
      return name.substring(0, name.indexOf(' '));
    }
  }

  /** What {@link #write} wrote. */
  record Written(List<Person> people, long bytes) {}

  private final long seed;

  SyntheticVault(long seed) {
    this.seed = seed;
  }

  /**
   * The {@code count} people {@link #write} writes notes for, the same list again: a run need not hold it in memory
   * while it weighs Kith's heap.
   */
  List<Person> people(int count) {
    return List.copyOf(people(new SplittableRandom(seed), count));
  }

  /** Writes {@code count} people notes under {@code root}, which must exist. */
  Written write(Path root, int count) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<Person> people = people(random, count);
    long bytes = 0;
    for (Person person : people) {
      byte[] note = SyntheticNote.text(person, people, random).getBytes(StandardCharsets.UTF_8);
      Path file = root.resolve(person.path());
      Files.createDirectories(file.getParent());
      Files.write(file, note);
      bytes += note.length;
    }
    return new Written(List.copyOf(people), bytes);
  }

  private static List<Person> people(SplittableRandom random, int count) {
    List<Person> people = new ArrayList<>(count);
    Set<String> paths = new HashSet<>(count * 2);
    FileNames files = new FileNames();
    for (int i = 0; i < count; i++) {
      String name = !people.isEmpty() && random.nextDouble() < NAMESAKES
          ? people.get(random.nextInt(people.size())).name()
          : name(random);
      String organisation = NamePools.ORGANISATIONS[random.nextInt(NamePools.ORGANISATIONS.length)];
      String folder = FOLDERS[random.nextInt(FOLDERS.length)];
      String path = folder + "/" + files.of(name) + ".md";
      if (paths.contains(path)) {
        path = folder + "/" + files.of(name + " (" + organisation + ")") + ".md";
      }
      for (int n = 2; paths.contains(path); n++) {
        path = folder + "/" + files.of(name + " (" + organisation + ") " + n) + ".md";
      }
      paths.add(path);
      people.add(new Person(name, aliases(random, name), organisation, path));
    }
    return people;
  }

  /** First and last name; some with a middle initial, two surnames, or a double-barrelled one. */
  private static String name(SplittableRandom random) {
    String first = skewed(random, NamePools.FIRST);
    String last = skewed(random, NamePools.LAST);
    double shape = random.nextDouble();
    if (shape < 0.08) {
      return first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
    }
    if (shape < 0.45) {
      return first + " " + last + " " + skewed(random, NamePools.LAST);
    }
    if (shape < 0.50) {
      return first + " " + last + "-" + skewed(random, NamePools.LAST);
    }
    return first + " " + last;
  }

  /** Nicknames, "First L.", another surname, initials: the other names people are called by. */
  private static List<String> aliases(SplittableRandom random, String name) {
    String first = name.substring(0, name.indexOf(' '));
    String last = name.substring(name.lastIndexOf(' ') + 1);
    Set<String> aliases = new LinkedHashSet<>();
    String[] nicknames = NamePools.NICKNAMES.get(first);
    if (nicknames != null && random.nextDouble() < 0.6) {
      aliases.add(nicknames[random.nextInt(nicknames.length)]);
    }
    if (random.nextDouble() < 0.10) {
      aliases.add(first + " " + last.charAt(0) + ".");
    }
    if (random.nextDouble() < 0.05) {
      aliases.add(first + " " + skewed(random, NamePools.LAST));
    }
    if (random.nextDouble() < 0.03) {
      aliases.add("" + first.charAt(0) + last.charAt(0));
    }
    return List.copyOf(aliases);
  }

  static String skewed(SplittableRandom random, String[] pool) {
    return pool[(int) (pool.length * Math.pow(random.nextDouble(), SKEW))];
  }

  /** File names as the platform can write them: accents kept where file names may hold them. */
  private static final class FileNames {
    private final CharsetEncoder encoder =
        Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder();

    String of(String name) {
      if (encoder.canEncode(name)) {
        return name;
      }
      String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
      return plain.replaceAll("[^\\p{ASCII}]", "_");
    }
  }
}
