package kith;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TimeZone;
import kith.config.EnvironmentSource;
import kith.config.Settings;
import kith.config.SettingsException;
import kith.bench.BenchCommand;
import kith.brief.BriefCliCommand;
import kith.contact.WhoCommand;
import kith.decision.DecisionsCommand;
import kith.decision.StatusCommand;
import kith.vault.ImportCommand;
import kith.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: parses the command and hands it what it needs. Nothing else happens here. */
@Command(
    name = "kith",
    mixinStandardHelpOptions = true,
    version = "kith 0.1.0",
    description = "Relationship context from your people notes.",
    subcommandsRepeatable = false)
public final class Main implements Runnable {
  /** Exit status for a setting that is missing or wrong (sysexits' EX_CONFIG). */
  static final int EXIT_CONFIG = 78;

  private final CommandLine commandLine;

  private Main(Launcher launcher, PrintWriter out, PrintWriter err) {
    commandLine = new CommandLine(this)
        .addSubcommand(new ImportCommand(launcher))
        .addSubcommand(new WhoCommand(launcher))
        .addSubcommand(new ServeCommand(launcher))
        .addSubcommand(new DecisionsCommand(launcher))
        .addSubcommand(new StatusCommand(launcher))
        .addSubcommand(new BriefCliCommand(launcher))
        .addSubcommand(new BenchCommand(launcher))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof SettingsException) {
            cmd.getErr().println("kith: " + e.getMessage());
            return EXIT_CONFIG;
          }
          throw e;
        });
  }

  public static void main(String[] args) {
    // The store keeps instants in TIMESTAMP columns; in UTC they mean the same on every machine, all year.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = run(args, System.getenv(), Path.of("").toAbsolutePath(), out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line; returns the exit status. */
  public static int run(String[] args, Map<String, String> env, Path workingDirectory, PrintWriter out,
      PrintWriter err) {
    Launcher launcher = new Launcher(env, workingDirectory, Clock.systemDefaultZone());
    return new Main(launcher, out, err).commandLine.execute(args);
  }

  @Override
  public void run() {
    commandLine.usage(commandLine.getOut());
  }

  /** Loads settings and opens Kith only when a command needs them, so {@code --help} touches nothing. */
  public static final class Launcher {
    private final Map<String, String> env;
    private final Path workingDirectory;
    private final Clock clock;

    Launcher(Map<String, String> env, Path workingDirectory, Clock clock) {
      this.env = env;
      this.workingDirectory = workingDirectory;
      this.clock = clock;
    }

    public Settings settings() {
      return Settings.from(EnvironmentSource.load(workingDirectory, env));
    }

    public Wiring open() {
      return Wiring.open(settings(), clock);
    }

    public Clock clock() {
      return clock;
    }
  }
}
