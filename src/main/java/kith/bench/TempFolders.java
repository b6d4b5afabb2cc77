package kith.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The temporary folders the benchmark and the class archive work in, deleted when they are done. */
final class TempFolders {
  private TempFolders() {}

  /** Deletes {@code folder} and everything in it; what cannot be deleted is named on {@code progress}. */
  static void delete(Path folder, PrintWriter progress) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          progress.println("kith: could not delete " + path + ": " + e.getMessage());
        }
      });
    } catch (IOException e) {
      progress.println("kith: could not delete " + folder + ": " + e.getMessage());
    }
  }
}
