package kith;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.TimeZone;
import kith.config.EnvironmentSource;
import kith.config.Settings;
import kith.config.SettingsException;
import kith.bench.BenchCommand;
import kith.bench.ClassArchiveCommand;
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

  /** Every command, by name, in the order usage lists them. */
  private static final Map<String, Function<Launcher, Object>> COMMANDS = commands();

  private Main(Launcher launcher, String[] args, PrintWriter out, PrintWriter err) {
    commandLine = new CommandLine(this);
    // picocli reads a command's annotations and options when it is added: for all of them that was some 50 ms of
    // CPU before `kith serve` could begin to open the store. Add only the command asked for, unless usage is
    // what will be shown.
    Function<Launcher, Object> asked = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (asked != null) {
      commandLine.addSubcommand(asked.apply(launcher));
    } else {
      COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.apply(launcher)));
    }
    commandLine
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
    return new Main(launcher, args, out, err).commandLine.execute(args);
  }

  private static Map<String, Function<Launcher, Object>> commands() {
    Map<String, Function<Launcher, Object>> commands = new LinkedHashMap<>();
    commands.put("import", ImportCommand::new);
    commands.put("who", WhoCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("decisions", DecisionsCommand::new);
    commands.put("status", StatusCommand::new);
    commands.put("brief", BriefCliCommand::new);
    commands.put("bench", BenchCommand::new);
    commands.put("class-archive", launcher -> new ClassArchiveCommand());
    return commands;
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
