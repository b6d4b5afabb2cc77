package kith.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kith.ThisJvm;

/**
 * The class-data-sharing archive of {@code kith serve}: the classes it loads from start to its first answers,
 * parsed and verified once, at build time, and mapped into memory at each start instead of read from the jar
 * again. It is named after the jar and lies beside it ({@code target/kith.jar} → {@code target/kith.jsa}), so
 * one archive always belongs to one build. A JVM given an archive made from another jar or by another JVM starts
 * without it (with a warning, or silently, depending on what does not match); so does one given no archive file.
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

  /** The archive beside the jar of {@code classPath}, when there is one and this JVM starts from it. */
  static Optional<Path> usable(String classPath) {
    return besideJar(classPath).filter(Files::isRegularFile).filter(archive -> accepted(archive, classPath));
  }

  /** The JVM option that starts from {@code archive}. */
  static String useOption(Path archive) {
    return "-XX:SharedArchiveFile=" + archive;
  }

  /**
   * Whether this JVM starts from {@code archive} with {@code classPath}: {@code -Xshare:on} turns an archive it
   * cannot use (another jar, another JDK) from a warning into a failure to start.
   */
  static boolean accepted(Path archive, String classPath) {
    try {
      Process java = new ProcessBuilder(
              ThisJvm.launcher(), "-Xshare:on", useOption(archive), "-cp", classPath, "kith.Main", "--version")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!java.waitFor(30, TimeUnit.SECONDS)) {
        java.destroyForcibly();
        return false;
      }
      return java.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The JVM option that writes, when the JVM exits, every class it loaded from the class path to {@code archive}. */
  static String writeOption(Path archive) {
    return "-XX:ArchiveClassesAtExit=" + archive;
  }
}
