package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kith.ThisJvm;
import kith.Wiring;
import kith.config.Settings;
import kith.slack.testing.SlackApiStandIn;
import kith.slack.testing.TestWorkspace;
import kith.vault.VaultImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith serve} as an operator runs it, in a process of its own: what it does after its start on its own,
 * which the tests that build the server in their JVM do not run.
 */
class ServeProcessIT {
  @TempDir Path temp;
  private Process serve;

  /** A test that timed out leaves its reading thread behind, not the server: it is ended here. */
  @AfterEach
  void endTheServer() throws InterruptedException {
    if (serve != null && serve.isAlive()) {
      serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Soon after it is ready, the server reads every card into memory (on a thread of its own) and says so; a SIGTERM
   * then stops it cleanly. Read from its log as it writes it: no waiting a set time.
   */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void theCardsAreReadIntoMemorySoonAfterStartAndAStopIsClean() throws Exception {
    String dbUrl = "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath();
    Map<String, String> env = Map.of("KITH_DB_URL", dbUrl, "SLACK_BOT_TOKEN", TestWorkspace.BOT_TOKEN,
        "SLACK_SIGNING_SECRET", TestWorkspace.SIGNING_SECRET);
    int people;
    try (Wiring wiring = Wiring.open(Settings.from(env), Clock.systemUTC())) {
      wiring.importVault(Path.of("examples/vault").toAbsolutePath(), VaultImporter.Progress.NONE);
      people = wiring.directory().size();
    }
    try (SlackApiStandIn slack = new SlackApiStandIn()) {
      ProcessBuilder builder = new ProcessBuilder(ThisJvm.launcher(), "-cp", ThisJvm.classPath(), "kith.Main", "serve")
          .directory(temp.toFile())
          .redirectErrorStream(true);
      Map<String, String> childEnv = builder.environment();
      childEnv.keySet().removeIf(key -> !key.equals("HOME") && !key.equals("LANG"));
      childEnv.putAll(env);
      childEnv.put("SLACK_API_URL", slack.url());
      childEnv.put("PORT", "0");
      childEnv.put("KITH_BIND_HOST", "127.0.0.1");
      serve = builder.start();
      List<String> log = new ArrayList<>();
      try (BufferedReader output = serve.inputReader()) {
        String filled = readUntil(output, log, "cards read into memory");
        assertTrue(filled.contains(people + " cards read into memory"), String.join("\n", log));
        // SIGTERM through the process's handle: Process.destroy would also close the output still to be read.
        serve.toHandle().destroy();
        readUntil(output, log, "stopped");
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), String.join("\n", log));
      }
      // Ended by the signal as the JVM ends on SIGTERM (128 + 15), after the shutdown hook closed the store.
      assertEquals(143, serve.exitValue(), String.join("\n", log));
    }
  }

  /** The first line holding {@code text}; each line read is kept in {@code log}. */
  private static String readUntil(BufferedReader output, List<String> log, String text) throws IOException {
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      log.add(line);
      if (line.contains(text)) {
        return line;
      }
    }
    throw new AssertionError("kith serve ended before saying \"" + text + "\":\n" + String.join("\n", log));
  }
}
