package kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where a command's {@code --out} writes: checked before a run of a minute or more ({@code kith bench},
 * {@code kith class-archive}), so that a mistyped folder is said at once rather than after the run.
 */
final class OutFile {
  /** Links followed at most, as the system does before it gives up on a loop. */
  private static final int MOST_LINKS = 40;

  private OutFile() {}

  /** Refuses {@code --out file} on {@code command}'s line (status 2, as for any option) when it cannot be written. */
  static void require(CommandSpec command, Path file) {
    String unwritable = file == null ? null : whyNotWritable(file);
    if (unwritable != null) {
      throw new ParameterException(command.commandLine(), "--out " + file + ": " + unwritable);
    }
  }

  /** Why {@code file} cannot be written, or null when it can (as far as can be told without writing it). */
  static String whyNotWritable(Path file) {
    Path target = file.toAbsolutePath();
    try {
      // Writing follows links: the folder that matters is the one the last link points into.
      for (int links = 0; Files.isSymbolicLink(target); links++) {
        if (links == MOST_LINKS) {
          return "links to links, " + MOST_LINKS + " or more deep";
        }
        target = target.resolveSibling(Files.readSymbolicLink(target));
      }
    } catch (IOException e) {
      return "a link that cannot be read (" + FileTrouble.reason(e) + ")";
    }
    if (Files.isDirectory(target)) {
      return "is a folder; give a file name";
    }
    Path folder = target.getParent();
    if (folder == null || !Files.exists(folder)) {
      return "no such folder " + (folder == null ? target : folder);
    }
    if (!Files.isDirectory(folder)) {
      return folder + " is a file, not a folder";
    }
    if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(folder)) {
      return Files.exists(target) ? "the file may not be written" : "the folder " + folder + " may not be written";
    }
    return null;
  }
}
