package kith;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How to start Kith again in a process of its own, on this JVM's Java and class path (the benchmark, the tests). */
public final class ThisJvm {
  private ThisJvm() {}

  /** The java launcher of this JVM, so that a new process runs on the same JDK. */
  public static String launcher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** This process's class path, made absolute: the new process may run in another folder. */
  public static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }
}
