package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kith.ThisJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith bench} stopped half-way, as Ctrl-C or SIGTERM stops it, deletes its temporary folder (some 600 MB at
 * the default size) on its way out instead of leaving it behind.
 */
class StoppedBenchIT {
  private static final Path JAR = Path.of("target", "kith.jar").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void aRunStoppedDuringALoadDeletesItsTemporaryFolder() throws Exception {
    Process bench = new ProcessBuilder(ThisJvm.launcher(), "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(),
        "bench", "--people", "300", "--clients", "1", "--seconds", "60", "--warmup", "0")
        .redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(bench.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !line.startsWith(ServerLoad.LOADS_BEGIN)) {
        output.append(line).append('\n');
      }
      assertEquals(1, benchFolders().size(), "the run works in a folder of its own: " + output);

      // SIGTERM through the handle: Process.destroy also closes the streams, and what it says on its way out is
      // part of what is tested.
      assertTrue(bench.toHandle().destroy(), "SIGTERM not sent");
      while ((line = lines.readLine()) != null) {
        output.append(line).append('\n');
      }
      assertTrue(bench.waitFor(60, TimeUnit.SECONDS), "the benchmark did not stop: " + output);
    } finally {
      bench.destroyForcibly();
    }

    assertEquals(List.of(), benchFolders(), output.toString());
    assertTrue(output.toString().contains("kith: stopped; deleted " + tmp), output.toString());
  }

  private List<Path> benchFolders() throws IOException {
    try (Stream<Path> entries = Files.list(tmp)) {
      return entries.filter(path -> path.getFileName().toString().startsWith("kith-bench-")).toList();
    }
  }
}
