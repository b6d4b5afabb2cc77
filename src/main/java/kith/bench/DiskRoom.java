package kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the temporary folder has room for a run: the vault, and one store at a time (each import at the end goes
 * into a fresh store once the one before is deleted). A run that fills the disk half-way would only fail later.
 */
final class DiskRoom {
  /**
   * About what one person takes on disk in a run, with room to spare: at most ~20 KB measured (10,000 people: the
   * vault 71 MB in blocks, the store 129 MB), their note ~5 KB (8 KB in blocks) and their share of the store.
   */
  static final long BYTES_PER_PERSON = 30_000;

  /** Less room than this left, after a write failed, means the disk filled. */
  private static final long NEARLY_FULL_BYTES = 16L << 20;

  private static final String ELSEWHERE = "java -Djava.io.tmpdir=<folder> -jar kith.jar bench";

  private DiskRoom() {}

  /** Why {@code folder} has too little room for a run with {@code people}, or null when it has enough. */
  static String shortOf(Path folder, int people) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "the temporary folder " + folder + " (java.io.tmpdir) " + (Files.exists(folder) ? "is not a folder"
          : "does not exist") + ". Give another: " + ELSEWHERE;
    }
    long needed = people * BYTES_PER_PERSON;
    long usable = Files.getFileStore(folder).getUsableSpace();
    if (usable >= needed) {
      return null;
    }
    return String.format(Locale.ROOT, "%,d people need about %,d MB free in %s (the vault, and one store at a"
        + " time); it has %,d MB. Give fewer --people, or another folder: %s", people, megabytes(needed), folder,
        usable / 1_000_000, ELSEWHERE);
  }

  /**
   * True when {@code folder}'s disk is about full: what a write's failure most likely was when the system said so in
   * words not known here (another language). Unknown counts as not full.
   */
  static boolean nearlyFull(Path folder) {
    try {
      return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  /** Rounded up: a run that needs any room at all never needs "0 MB". */
  private static long megabytes(long bytes) {
    return (bytes + 999_999) / 1_000_000;
  }
}
