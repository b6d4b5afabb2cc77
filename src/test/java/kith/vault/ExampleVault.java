package kith.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example vault the project ships, copied so a test may change it. */
final class ExampleVault {
  static final Path SOURCE = Path.of("examples/vault");

  private ExampleVault() {}

  static void copyTo(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      files.forEach(source -> {
        Path destination = target.resolve(SOURCE.relativize(source).toString());
        try {
          if (Files.isDirectory(source)) {
            Files.createDirectories(destination);
          } else {
            Files.copy(source, destination);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
