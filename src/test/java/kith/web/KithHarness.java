package kith.web;

import com.slack.api.bolt.App;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import kith.Wiring;
import kith.config.Settings;
import kith.slack.Background;
import kith.slack.SlackApi;
import kith.slack.SlackApps;
import kith.slack.testing.SlackApiStandIn;
import kith.slack.testing.SlackClient;
import kith.slack.testing.SlackSigner;
import kith.slack.testing.TestWorkspace;
import kith.vault.VaultImporter;

/**
 * Kith as it runs: a real database file with the example vault imported, the real HTTP server on a random port,
 * and the Web API stand-in in place of Slack. Requests go in signed exactly as Slack signs them.
 */
final class KithHarness implements AutoCloseable {
  final SlackApiStandIn slack;
  final Map<String, String> env = new HashMap<>();
  final List<Duration> pauses = new ArrayList<>();
  /** Short, so a test of a slow answer need not wait Slack's real budget; same-thread work is never late. */
  Duration ackBudget = Duration.ofMillis(200);
  /** How long a Slack request may wait to be worked on (see {@link StartupGate} and {@link ActiveRequestLimit}). */
  Duration patience = StartupGate.PATIENCE;
  /** Commands a test adds to Kith's app before {@link #start}. */
  Consumer<App> extraCommands = app -> {};
  /** Kith's clock; a test may put a controllable one here before {@link #start}. */
  Clock clock = Clock.systemUTC();
  private final Path dataDir;
  Wiring wiring;
  KithServer server;
  SlackClient client;

  KithHarness(Path temp) throws Exception {
    slack = new SlackApiStandIn();
    dataDir = temp;
    env.put("KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath());
    env.put("SLACK_BOT_TOKEN", TestWorkspace.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", TestWorkspace.SIGNING_SECRET);
    env.put("SLACK_API_URL", slack.url());
    env.put("PORT", "0");
  }

  /** Starts Kith; background work runs on the request's own thread unless {@code executor} says otherwise. */
  KithHarness start(Executor executor) throws Exception {
    Settings settings = Settings.from(env);
    wiring = Wiring.open(settings, clock);
    wiring.importVault(Path.of("examples/vault").toAbsolutePath(), VaultImporter.Progress.NONE);
    SlackApi.Pause recordPause = pauses::add;
    server = new KithServer(wiring, SlackApps.client(settings.slack()), new Background(executor), recordPause,
        ackBudget, CompletableFuture.completedFuture(null), patience);
    extraCommands.accept(server.app());
    server.start();
    if (server.port() > 0) {
      client = new SlackClient(URI.create("http://127.0.0.1:" + server.port() + HttpServer.EVENTS_PATH),
          new SlackSigner(TestWorkspace.SIGNING_SECRET), Clock.systemUTC());
    }
    return this;
  }

  KithHarness start() throws Exception {
    return start(Runnable::run);
  }

  /** Stops Kith and starts it again on the same database, as a restart would. */
  void restart() throws Exception {
    stop();
    start();
  }

  long contactId(String name) {
    return wiring.directory().entry(
        ((kith.contact.NameMatch.Found) wiring.directory().resolve(name)).entry().contactId()).orElseThrow()
        .contactId();
  }

  void stop() throws Exception {
    if (server != null) {
      server.close();
      server = null;
    }
    if (wiring != null) {
      wiring.close();
      wiring = null;
    }
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() throws Exception {
    stop();
    slack.close();
  }
}
