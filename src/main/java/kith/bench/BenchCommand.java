package kith.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kith.Main.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kith bench}: measures Kith on a synthetic vault, on loopback only; prints each figure against its target. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures Kith on a synthetic vault, on loopback only, in a temporary folder",
      "deleted afterwards: import speed; re-import of the unchanged vault; heap in use;",
      "/who throughput and latency from concurrent signed clients, against a bare",
      "/noop command; and the time from starting `kith serve` to its first answer.",
      "Prints each figure with its target. Needs no settings; touches no Kith database."
    })
public final class BenchCommand implements Callable<Integer> {
  private static final int MAX_CLIENTS = 256;
  private static final int MAX_SECONDS = 60;
  private static final int MAX_WARMUP = 600;

  private final Launcher launcher;

  @Spec private CommandSpec spec;

  @Option(names = "--people", defaultValue = "20000",
      description = "People notes to generate (default: ${DEFAULT-VALUE}).")
  private int people;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(names = "--seconds", defaultValue = "10",
      description = "Measured seconds of each load, /who and /noop taking turns of a second "
          + "(default: ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(names = "--warmup", defaultValue = "1", paramLabel = "<seconds>",
      description = "Unmeasured seconds of each load before they take turns; longer shows the JIT-compiled "
          + "steady state (default: ${DEFAULT-VALUE}).")
  private int warmUp;

  @Option(names = "--compiled-imports", defaultValue = "1", paramLabel = "<n>",
      description = "Imports of the vault at the end, each into a fresh store, once the import's code is compiled;"
          + " more show the JIT settling (default: ${DEFAULT-VALUE}).")
  private int compiledImports;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of the synthetic vault and the queries (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--out", paramLabel = "<file.json>", description = "Also write the figures to this file as JSON.")
  private Path out;

  public BenchCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() throws Exception {
    require(people >= 1, "--people must be at least 1");
    require(clients >= 1, "--clients must be at least 1");
    require(clients <= MAX_CLIENTS, "--clients must be at most " + MAX_CLIENTS
        + " (each is a thread and a connection of its own on this machine)");
    require(seconds >= 1, "--seconds must be at least 1");
    require(seconds <= MAX_SECONDS, "--seconds must be at most " + MAX_SECONDS
        + " (every latency of both loads is kept until the end of the run, ~25,000 a second on a fast machine)");
    require(warmUp >= 0, "--warmup must not be negative");
    require(warmUp <= MAX_WARMUP, "--warmup must be at most " + MAX_WARMUP);
    require(compiledImports >= 1, "--compiled-imports must be at least 1");
    OutFile.require(spec, out);
    PrintWriter err = spec.commandLine().getErr();
    Path tempParent = Path.of(System.getProperty("java.io.tmpdir"));
    String noRoom = DiskRoom.shortOf(tempParent, people);
    if (noRoom != null) {
      err.println("kith bench: " + noRoom);
      return 1;
    }
    BenchRun.Options options = new BenchRun.Options(people, clients, seconds, warmUp, seed, compiledImports);
    BenchResults results;
    try {
      results = new BenchRun(options, launcher.clock(), err, tempParent).run();
    } catch (Exception e) {
      // A disk that fills up or a folder that goes during the run: the step it stopped at is the last line above.
      Optional<String> trouble = FileTrouble.in(e, tempParent);
      if (trouble.isEmpty()) {
        throw e;
      }
      err.println("kith bench: stopped: " + trouble.get() + " (the run works in " + tempParent + ")");
      return 1;
    }
    PrintWriter printed = spec.commandLine().getOut();
    printed.print(BenchReport.table(results));
    printed.flush();
    if (out != null) {
      try {
        Files.writeString(out, results.toJson() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        // Checked before the run, but the folder can go or fill up meanwhile: the table above keeps the figures.
        err.println("kith bench: could not write the JSON: " + FileTrouble.reason(e) + "; the figures are above");
        return 1;
      }
    }
    return 0;
  }

  private void require(boolean condition, String message) {
    if (!condition) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
