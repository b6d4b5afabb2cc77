package kith.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kith.ThisJvm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kith class-archive}: writes the class-data-sharing archive {@code kith serve} starts from (see {@link
 * ClassArchive}). It starts {@code kith serve} in a new JVM told to write the archive when it exits, on a store of
 * its own that imports a small synthetic vault at start (so the import's classes are in it too), on loopback with a
 * stand-in for the Web API; asks {@code /who} for a person, for a namesake, for no one and for help; and stops it
 * as an operator would. {@code mvn package} runs it after building the jar ({@code -Dkith.skipClassArchive} skips
 * it). It lives with the benchmark, whose start-up probe, synthetic vault and Web API stand-in it reuses.
 */
@Command(
    name = "class-archive",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the class archive that shortens the start of `kith serve`: the classes it loads",
      "from start to its first answers, read and verified once, here, instead of at every start.",
      "Start Kith with: java -XX:SharedArchiveFile=<archive> -jar <jar> serve.",
      "Runs on loopback, in a temporary folder deleted afterwards; needs no settings."
    })
public final class ClassArchiveCommand implements Callable<Integer> {
  private static final int PEOPLE = 300;

  @Spec private CommandSpec spec;

  @Option(names = "--out", paramLabel = "<file.jsa>",
      description = "Where to write it (default: beside the jar, named after it: target/kith.jsa).")
  private Path out;

  @Override
  public Integer call() throws Exception {
    OutFile.require(spec, out);
    PrintWriter err = spec.commandLine().getErr();
    // The JVM archives classes from jars only, and only for the class path it was given.
    Path beside = ClassArchive.besideJar(ThisJvm.classPath()).orElse(null);
    if (beside == null) {
      err.println("kith class-archive: Kith is not running from one jar (class path " + ThisJvm.classPath()
          + "), and only classes from a jar can be archived: run it as java -jar kith.jar class-archive");
      return 1;
    }
    Path archive = out != null ? out.toAbsolutePath() : beside;
    Files.deleteIfExists(archive);
    Path temp = Files.createTempDirectory("kith-class-archive-");
    // Stopped half-way, the JVM being trained may be writing the archive: what it leaves is not one.
    try (TempFolders.Guard deleted = new TempFolders.Guard(temp, err, archive);
        WebApiStandIn slack = new WebApiStandIn()) {
      train(archive, temp, slack);
    }
    if (!Files.isRegularFile(archive)) {
      // A JVM that cannot archive classes (no base archive of its own, another make) is no reason to fail a build:
      // Kith starts without the archive, only slower. Kith failing to answer still fails (an exception above).
      err.println("kith class-archive: warning: this JVM wrote no archive to " + archive
          + "; kith serve will start without one, only slower");
      return 0;
    }
    spec.commandLine().getOut().printf("kith class-archive: wrote %s (%.0f MB); start Kith with%n"
        + "  java %s -jar <the same jar> serve%n",
        archive, Files.size(archive) / 1e6, ClassArchive.useOption(archive));
    return 0;
  }

  private static void train(Path archive, Path temp, WebApiStandIn slack) throws Exception {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    SyntheticVault.Written written = new SyntheticVault(1).write(vault, PEOPLE);
    String secret = BenchRun.secret();
    Map<String, String> env = Map.of(
        "KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("db").resolve("kith").toAbsolutePath(),
        "KITH_VAULT", vault.toAbsolutePath().toString(),
        "SLACK_BOT_TOKEN", "xoxb-class-archive",
        "SLACK_SIGNING_SECRET", secret,
        "SLACK_API_URL", slack.url(),
        "KITH_BIND_HOST", "127.0.0.1");
    SlashCommands commands = new SlashCommands(secret, slack.responseUrl());
    String name = written.people().get(0).name();
    List<String> bodies = List.of(
        commands.body(ServerLoad.WHO, name),
        commands.body(ServerLoad.WHO, name.split(" ")[0]),
        commands.body(ServerLoad.WHO, "Zzyzx Qwerty"),
        commands.body(ServerLoad.WHO, ""));
    StartupProbe.secondsToFirstAnswer(List.of(ClassArchive.writeOption(archive)), env, temp, commands, bodies,
        ServerLoad::whoOutcome);
  }
}
