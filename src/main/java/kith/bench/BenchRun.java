package kith.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kith.ThisJvm;
import kith.Wiring;
import kith.config.Settings;

/**
 * One benchmark run, start to end, in a temporary folder deleted afterwards: write the vault, import it into a fresh
 * H2 file twice, weigh the heap, load the server, then time a fresh {@code kith serve} to its first answer.
 * Everything listens and connects on loopback.
 */
final class BenchRun {
  /** What to run. */
  record Options(int people, int clients, int seconds, int warmUpSeconds, long seed, int compiledImports) {}

  /** How many different /who texts the clients cycle through. */
  private static final int QUERIES = 20_000;

  private final Options options;
  private final Clock clock;
  private final PrintWriter progress;
  private final Path tempParent;
  private double loadAverageStart;
  private double loadAverageEnd;

  /** {@code tempParent} is where the run's temporary folder is made. */
  BenchRun(Options options, Clock clock, PrintWriter progress, Path tempParent) {
    this.options = options;
    this.clock = clock;
    this.progress = progress;
    this.tempParent = tempParent;
  }

  BenchResults run() throws Exception {
    loadAverageStart = loadAverage();
    Path temp = Files.createTempDirectory(tempParent, "kith-bench-");
    try (TempFolders.Guard deleted = new TempFolders.Guard(temp, progress);
        WebApiStandIn slack = new WebApiStandIn()) {
      return run(temp, slack);
    }
  }

  private BenchResults run(Path temp, WebApiStandIn slack) throws Exception {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    progress.printf("kith bench: writing %,d people notes to %s%n", options.people(), vault);
    SyntheticVault synthetic = new SyntheticVault(options.seed());
    WrittenVault written = write(synthetic, vault);
    SyntheticVault.Person first = written.first();
    Map<String, String> env = Map.of(
        "KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("db").resolve("bench").toAbsolutePath(),
        "SLACK_BOT_TOKEN", "xoxb-bench",
        "SLACK_SIGNING_SECRET", secret(),
        "SLACK_API_URL", slack.url(),
        "KITH_BIND_HOST", "127.0.0.1",
        "PORT", "0");
    SlashCommands commands = new SlashCommands(env.get("SLACK_SIGNING_SECRET"), slack.responseUrl());
    Imports imports;
    ServerLoad.Figures load;
    try (Wiring wiring = Wiring.open(Settings.from(env), clock)) {
      imports = imports(wiring, vault, vault.resolve(first.path()));
      load = ServerLoad.run(wiring, commands, first.name(), () -> ServerLoad.whoRequests(commands,
          WhoQueries.of(synthetic.people(options.people()), QUERIES, options.seed())), options, progress);
    }
    List<String> firstWho = List.of(commands.body(ServerLoad.WHO, first.name()));
    Startups startups = startups(env, temp, commands, firstWho);
    // Read before the imports at the end, which are not part of what the load average is there to qualify.
    loadAverageEnd = loadAverage();
    TempFolders.delete(temp.resolve("db"), progress);
    List<BenchResults.CompiledImport> compiled = CompiledImports.run(options.compiledImports(), env, temp, vault,
        options.people(), clock, progress);
    return results(written.bytes(), imports, load, startups, compiled, slack.calls());
  }

  /** What the run keeps of the vault it wrote: its size, and the first person (whose note it edits). */
  private record WrittenVault(long bytes, SyntheticVault.Person first) {}

  /**
   * Writes the vault and keeps only what the run needs of it, so that the heap weighed is Kith's, not the list of
   * people written (~4 MB for 20,000); the queries are made from the same list made again.
   */
  private WrittenVault write(SyntheticVault synthetic, Path vault) throws IOException {
    SyntheticVault.Written written = synthetic.write(vault, options.people());
    return new WrittenVault(written.bytes(), written.people().get(0));
  }

  /**
   * Seconds from process start to first answer, as the README starts {@code kith serve} (from the class archive
   * beside the jar, when the build made one this JVM accepts) and without the archive, for comparison.
   */
  private record Startups(double seconds, Path archive, double withoutArchiveS) {}

  private Startups startups(Map<String, String> env, Path temp, SlashCommands commands, List<String> firstWho)
      throws Exception {
    Optional<Path> archive = ClassArchive.usable(ThisJvm.classPath());
    progress.println("kith bench: starting kith serve in a new process, timing it to its first answer"
        + archive.map(path -> ", from the class archive " + path).orElse(" (no usable class archive beside the jar)"));
    List<String> options = archive.map(path -> List.of(ClassArchive.useOption(path))).orElse(List.of());
    double seconds = StartupProbe.secondsToFirstAnswer(options, env, temp, commands, firstWho, ServerLoad::whoOutcome);
    if (archive.isEmpty()) {
      return new Startups(seconds, null, seconds);
    }
    progress.println("kith bench: and again without the class archive");
    double withoutS = StartupProbe.secondsToFirstAnswer(List.of(), env, temp, commands, firstWho,
        ServerLoad::whoOutcome);
    return new Startups(seconds, archive.get(), withoutS);
  }

  /** The imports of the vault, as written, unchanged and with one note edited, and the heap after them. */
  private record Imports(TimedImport first, TimedImport again, TimedImport edited, double heapMb) {}

  /**
   * What the edit adds to a note: a section Kith keeps as written, naming no one, as a fact or a task edited does.
   * The usual re-import is of a vault where a few notes changed, not none.
   */
  private static final String EDIT = "\n## Edited\n\nEdited by kith bench before importing the vault again.\n";

  private Imports imports(Wiring wiring, Path vault, Path noteToEdit) throws InterruptedException, IOException {
    // As before the loads: the import starts once the JIT has done compiling what wrote the vault, and the
    // garbage of writing it is collected, so that neither is counted as the import's.
    Quiet.await();
    progress.println("kith bench: importing into a fresh H2 database");
    TimedImport first = TimedImport.of(wiring, vault);
    first.reportFailures(progress);
    progress.println("kith bench: importing again, unchanged");
    TimedImport again = TimedImport.of(wiring, vault);
    progress.println("kith bench: importing again, one note edited");
    Files.writeString(noteToEdit, EDIT, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    TimedImport edited = TimedImport.of(wiring, vault);
    edited.reportFailures(progress);
    return new Imports(first, again, edited, heapInUseMb());
  }

  /** Heap in use once garbage is collected: what the store's caches and the name index keep. */
  static double heapInUseMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  private BenchResults results(long vaultBytes, Imports imports, ServerLoad.Figures load,
      Startups startups, List<BenchResults.CompiledImport> compiled, Map<String, Long> webApiCalls) {
    LoadRun.Result who = load.who();
    LoadRun.Result noop = load.noop();
    BenchResults.ImportCpu firstCpu = BenchResults.ImportCpu.of(imports.first().cpu());
    reportFirstError("/who", who);
    reportFirstError("/noop", noop);
    return new BenchResults(options.people(), options.clients(), options.seconds(), options.warmUpSeconds(),
        options.seed(),
        vaultBytes, imports.first().seconds(), options.people() / imports.first().seconds(),
        imports.first().summary().failed().size(), firstCpu.allS(), firstCpu.writerS(), firstCpu.otherS(),
        firstCpu.compilersS(), firstCpu.collectorsS(), firstCpu.kernelS(), compiled,
        imports.again().seconds(), imports.again().summary().unchanged(), imports.again().summary().unread(),
        imports.edited().seconds(),
        imports.edited().summary().updated(), imports.heapMb(), load.heapServingMb(),
        load.keptCards(), load.renderedCards(), load.serverStartS(),
        startups.seconds(),
        startups.archive() == null ? null : startups.archive().toString(), startups.withoutArchiveS(),
        who.requests(), who.requestsPerSecond(), who.latencies().percentileMs(50), who.latencies().percentileMs(95),
        who.latencies().percentileMs(99), who.latencies().maxMs(), who.errors(),
        who.serverCpuMsPerRequest(), who.processCpuMsPerRequest(), who.serverAllocatedKbPerRequest(),
        who.compilersCpuS(), who.collectorsCpuS(),
        answers(who),
        noop.requests(), noop.requestsPerSecond(), noop.latencies().percentileMs(50),
        noop.latencies().percentileMs(99), noop.latencies().maxMs(), noop.errors(),
        noop.serverCpuMsPerRequest(), noop.processCpuMsPerRequest(), noop.serverAllocatedKbPerRequest(),
        noop.compilersCpuS(), noop.collectorsCpuS(),
        noop.requestsPerSecond() == 0 ? 0 : who.requestsPerSecond() / noop.requestsPerSecond(),
        who.errors() + noop.errors(), webApiCalls, Runtime.getRuntime().availableProcessors(),
        loadAverageStart, loadAverageEnd, System.getProperty("java.version"));
  }

  private static Map<String, BenchResults.Answers> answers(LoadRun.Result result) {
    Map<String, BenchResults.Answers> answers = new TreeMap<>();
    result.outcomes().forEach((kind, latencies) -> answers.put(kind, BenchResults.Answers.of(latencies)));
    return answers;
  }

  private void reportFirstError(String command, LoadRun.Result result) {
    if (result.firstError() != null) {
      progress.printf("kith bench: %s: %d errors, the first: %s%n", command, result.errors(), result.firstError());
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** A fresh signing secret per run: the server only ever answers this run's clients. */
  static String secret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
