package kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the temporary folder has room for a run: the vault, and one store at a time (each import at the end goes
 * into a fresh store once the one before is deleted). A run that fills the disk half-way would only fail later.
 */
final class DiskRoom {
  /**
   * About what one person takes on disk in a run: their note (~5 KB, 8 KB in blocks) and their share of the H2 store
   * (~250 MB for the benchmark's 20,000 after one import, more after three), with room to spare.
   */
  static final long BYTES_PER_PERSON = 25_000;

  private DiskRoom() {}

  /** Why {@code folder} has too little room for a run with {@code people}, or null when it has enough. */
  static String shortOf(Path folder, int people) throws IOException {
    long needed = people * BYTES_PER_PERSON;
    long usable = Files.getFileStore(folder).getUsableSpace();
    if (usable >= needed) {
      return null;
    }
    return String.format("%,d people need about %,d MB free in %s (the vault, and one store at a time); it has"
        + " %,d MB. Give fewer --people, or another folder: java -Djava.io.tmpdir=<folder> -jar kith.jar bench",
        people, needed / 1_000_000, folder, usable / 1_000_000);
  }
}
