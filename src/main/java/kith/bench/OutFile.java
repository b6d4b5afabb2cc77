package kith.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's {@code --out} writes: checked before a run of a minute or more ({@code kith bench},
 * {@code kith class-archive}), so that a mistyped folder is said at once rather than after the run.
 */
final class OutFile {
  private OutFile() {}

  /** Why {@code file} cannot be written, or null when it can (as far as can be told without writing it). */
  static String whyNotWritable(Path file) {
    if (Files.isDirectory(file)) {
      return "is a folder; give a file name";
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return "no such folder " + folder;
    }
    if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(folder)) {
      return Files.exists(file) ? "the file may not be written" : "the folder " + folder + " may not be written";
    }
    return null;
  }
}
