package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kith.ThisJvm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The class archive {@code mvn package} writes beside the jar ({@code kith class-archive}): the JVM that built it
 * accepts it for that jar, and {@code kith serve}'s own classes come from it. {@code -Xshare:on} turns a JVM that
 * cannot use the archive from a warning into a failure.
 */
class ClassArchiveIT {
  private static final Path JAR = Path.of("target", "kith.jar").toAbsolutePath();

  @Test
  void theBuildWritesAnArchiveTheJvmStartsKithFrom() throws Exception {
    Path archive = ClassArchive.besideJar(JAR.toString()).orElseThrow();
    // A JVM that cannot write one leaves a warning in mvn package's output, and Kith starts without it.
    Assumptions.assumeTrue(Files.isRegularFile(archive),
        "no " + archive + ": this JVM wrote none, or the build was run with -Dkith.skipClassArchive");
    assertEquals(Optional.of(archive), ClassArchive.usable(JAR.toString()));

    // As the README starts Kith: paths relative to the project, where the build used absolute ones.
    Run run = java("-Xshare:on", "-XX:SharedArchiveFile=target/kith.jsa", "-jar", "target/kith.jar", "--version");
    Run contents = java("-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit", "-jar",
        JAR.toString());

    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("kith 0.1.0"), run.output());
    // What kith serve loads to its first answers, including an import at start.
    for (String served : List.of("kith.Main", "kith.web.ServeCommand", "kith.contact.WhoSlashCommand",
        "kith.contact.NameIndex", "kith.vault.NoteParser", "com.slack.api.bolt.App",
        "org.eclipse.jetty.server.Server", "org.h2.mvstore.MVStore")) {
      assertTrue(contents.output().lines().anyMatch(line -> line.endsWith(": " + served + " app_loader")),
          served + " is not in the archive");
    }
  }

  @Test
  void anArchiveOfAnotherJarIsRefusedNotMisused() throws Exception {
    Path archive = ClassArchive.besideJar(JAR.toString()).orElseThrow();
    Assumptions.assumeTrue(Files.isRegularFile(archive), "no " + archive);
    Path other = Files.createTempFile("kith-other-", ".jar");
    try {
      Files.copy(JAR, other, StandardCopyOption.REPLACE_EXISTING);
      Files.setLastModifiedTime(other, FileTime.fromMillis(0));

      Run strict = java("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", other.toString(), "--version");
      Run lenient = java("-XX:SharedArchiveFile=" + archive, "-jar", other.toString(), "--version");

      assertEquals(1, strict.status(), strict.output());
      assertEquals(0, lenient.status(), "without -Xshare:on Kith starts anyway: " + lenient.output());
      assertTrue(lenient.output().contains("kith 0.1.0"), lenient.output());
    } finally {
      Files.deleteIfExists(other);
    }
  }

  private record Run(int status, String output) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ThisJvm.launcher());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Run(process.exitValue(), output);
  }
}
