package kith.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kith.Wiring;
import kith.config.Settings;
import kith.vault.VaultImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith serve} in a process of its own, timed to its first card as the benchmark times it; and what its log
 * says of its own start agrees with that.
 */
class StartupProbeIT {
  private static final Pattern READY = Pattern.compile("Kith is ready: (\\d+) people, (\\d+) ms after the JVM started");

  @TempDir Path temp;

  @Test
  void serveAnswersItsFirstCardAndLogsNoMoreTimeThanItTook() throws Exception {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    SyntheticVault.Written written = new SyntheticVault(3).write(vault, 40);
    Map<String, String> env = Map.of(
        "KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("db").resolve("kith").toAbsolutePath(),
        "SLACK_BOT_TOKEN", "xoxb-probe",
        "SLACK_SIGNING_SECRET", "probe-secret",
        "KITH_BIND_HOST", "127.0.0.1");
    try (Wiring wiring = Wiring.open(Settings.from(env), Clock.systemUTC())) {
      wiring.importVault(vault, VaultImporter.Progress.NONE);
    }
    try (WebApiStandIn slack = new WebApiStandIn()) {
      Map<String, String> serveEnv = new HashMap<>(env);
      serveEnv.put("SLACK_API_URL", slack.url());
      SlashCommands commands = new SlashCommands("probe-secret", slack.responseUrl());

      double seconds = StartupProbe.secondsToFirstAnswer(List.of(), serveEnv, temp, commands,
          List.of(commands.body(ServerLoad.WHO, written.people().get(0).name())), ServerLoad::whoOutcome);

      String log = Files.readString(temp.resolve("serve.log"));
      Matcher ready = READY.matcher(log);
      assertTrue(ready.find(), log);
      assertTrue(Integer.parseInt(ready.group(1)) >= 40, log);
      // The line comes once the index is loaded, at about the time of the first answer, and can follow it by the
      // little the main thread takes to log it; reading the process start from the boot time was up to a second
      // too long.
      long loggedMs = Long.parseLong(ready.group(2));
      assertTrue(loggedMs > 0 && loggedMs <= seconds * 1000 + 500,
          "logged " + loggedMs + " ms, answered " + seconds + " s after launch:\n" + log);
    }
  }
}
