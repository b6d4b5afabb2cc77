package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kith.ThisJvm;
import kith.Wiring;
import kith.brief.BriefStore;
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
    int people;
    try (Wiring wiring = openStore()) {
      people = importExampleVault(wiring);
    }
    try (SlackApiStandIn slack = new SlackApiStandIn()) {
      serve = startServe(slack);
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

  /**
   * A brief the timer is sending when SIGTERM comes is sent and recorded as sent before the store closes: the stop
   * waits for it, neither interrupting it nor letting H2 close the store from its own shutdown hook. Slack's answer
   * to the brief's message is held until the server has begun to stop.
   */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aBriefBeingSentWhenTheServerIsToldToStopIsSentAndRecordedFirst() throws Exception {
    try (Wiring wiring = openStore()) {
      importExampleVault(wiring);
      Instant now = Instant.now();
      wiring.database().jdbi().useExtension(BriefStore.class, briefs -> briefs.schedule("U0NORA", "Roadmap sync",
          "manual", now.plus(Duration.ofMinutes(15)), now, List.of(), now));
    }
    try (SlackApiStandIn slack = new SlackApiStandIn()) {
      slack.putUser("U0NORA", "Nora Young", "nora", "nora.young@kith.test", "America/New_York");
      CountDownLatch slackAnswers = new CountDownLatch(1);
      slack.delayNext("chat.postMessage", slackAnswers);
      serve = startServe(slack);
      List<String> log = new ArrayList<>();
      try (BufferedReader output = serve.inputReader()) {
        readUntil(output, log, "Kith is ready");
        slack.awaitCall("chat.postMessage", Duration.ofSeconds(60));
        serve.toHandle().destroy();
        readUntil(output, log, "stopping");
        slackAnswers.countDown();
        readUntil(output, log, "stopped");
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), String.join("\n", log));
        output.lines().forEach(log::add);
      }
      assertEquals(143, serve.exitValue(), String.join("\n", log));
      assertTrue(log.stream().noneMatch(line -> line.contains("ERROR") || line.contains("Exception")),
          String.join("\n", log));
    }
    try (Wiring wiring = openStore()) {
      assertEquals("sent", new BriefRows(() -> wiring.database().jdbi()).only().state());
    }
  }

  private Map<String, String> env() {
    return Map.of("KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath(),
        "SLACK_BOT_TOKEN", TestWorkspace.BOT_TOKEN, "SLACK_SIGNING_SECRET", TestWorkspace.SIGNING_SECRET);
  }

  private Wiring openStore() {
    return Wiring.open(Settings.from(env()), Clock.systemUTC());
  }

  /** The example vault imported into the store; returns how many people the directory then holds. */
  private static int importExampleVault(Wiring wiring) {
    wiring.importVault(Path.of("examples/vault").toAbsolutePath(), VaultImporter.Progress.NONE);
    return wiring.directory().size();
  }

  /** {@code kith serve} on the store, in a process of its own, with this Web API stand-in for Slack's. */
  private Process startServe(SlackApiStandIn slack) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(ThisJvm.launcher(), "-cp", ThisJvm.classPath(), "kith.Main", "serve")
        .directory(temp.toFile())
        .redirectErrorStream(true);
    Map<String, String> childEnv = builder.environment();
    childEnv.keySet().removeIf(key -> !key.equals("HOME") && !key.equals("LANG"));
    childEnv.putAll(env());
    childEnv.put("SLACK_API_URL", slack.url());
    childEnv.put("PORT", "0");
    childEnv.put("KITH_BIND_HOST", "127.0.0.1");
    return builder.start();
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
