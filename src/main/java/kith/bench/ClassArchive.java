package kith.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The class-data-sharing archive of {@code kith serve}: the classes it loads from start to its first answers,
 * parsed and verified once, at build time, and mapped into memory at each start instead of read from the jar
 * again. It is named after the jar and lies beside it ({@code target/kith.jar} → {@code target/kith.jsa}), so
 * one archive always belongs to one build. A JVM given an archive made from another jar or by another JVM says so
 * in one line and starts without it; one given no archive file starts without it silently.
 */
final class ClassArchive {
  private ClassArchive() {}

  /** Where the archive of the jar this class path is made of belongs, or empty when it is not one jar. */
  static Optional<Path> besideJar(String classPath) {
    if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath();
    String name = jar.getFileName().toString();
    return Optional.of(jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa"));
  }

  /** The JVM options that start from {@code archive}, when it exists; none otherwise. */
  static List<String> useOptions(Optional<Path> archive) {
    return archive.filter(Files::isRegularFile)
        .map(file -> List.of("-XX:SharedArchiveFile=" + file))
        .orElse(List.of());
  }

  /** The JVM option that writes, when the JVM exits, every class it loaded from the class path to {@code archive}. */
  static String writeOption(Path archive) {
    return "-XX:ArchiveClassesAtExit=" + archive;
  }
}
