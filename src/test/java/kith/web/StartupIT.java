package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kith.Wiring;
import kith.config.Settings;
import kith.db.Database;
import kith.slack.Background;
import kith.slack.SlackApps;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn;
import kith.slack.testing.SlackClient;
import kith.slack.testing.SlackSigner;
import kith.slack.testing.TestWorkspace;
import kith.vault.VaultImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith serve} listens before its name index is loaded: Slack's requests wait for the index and are then
 * answered from it, never from the empty index; {@code /healthz} says "starting" meanwhile.
 */
class StartupIT {
  @TempDir Path temp;
  SlackApiStandIn slack;
  Settings settings;
  Wiring wiring;
  KithServer server;
  final CompletableFuture<Void> ready = new CompletableFuture<>();

  @BeforeEach
  void storeWithTheExampleVault() throws Exception {
    slack = new SlackApiStandIn();
    Map<String, String> env = new HashMap<>();
    env.put("KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath());
    env.put("SLACK_BOT_TOKEN", TestWorkspace.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", TestWorkspace.SIGNING_SECRET);
    env.put("SLACK_API_URL", slack.url());
    env.put("KITH_BIND_HOST", "127.0.0.1");
    env.put("PORT", "0");
    settings = Settings.from(env);
    try (Wiring imported = Wiring.open(settings, Clock.systemUTC())) {
      imported.importVault(Path.of("examples/vault").toAbsolutePath(), VaultImporter.Progress.NONE);
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (wiring != null) {
      wiring.close();
    }
    slack.close();
  }

  /** Starts the server as {@code kith serve} does: before the database is opened or the names are loaded. */
  private SlackClient startBeforeLoading(Duration patience) throws Exception {
    wiring = Wiring.assemble(settings, Database.unopened(settings.dbUrl()), Clock.systemUTC());
    server = new KithServer(wiring, SlackApps.client(settings.slack()), new Background(Runnable::run),
        pause -> {}, Duration.ofSeconds(2), ready, patience);
    server.start();
    return new SlackClient(URI.create("http://127.0.0.1:" + server.port() + HttpServer.EVENTS_PATH),
        new SlackSigner(TestWorkspace.SIGNING_SECRET), Clock.systemUTC());
  }

  @Test
  void aLookupThatComesEarlyWaitsForTheNamesAndIsAnsweredFromThem() throws Exception {
    SlackClient client = startBeforeLoading(Duration.ofMinutes(1));
    assertEquals(new Health(503, "{\"status\":\"starting\"}"), health());

    CompletableFuture<SlackClient.Response> answer = CompletableFuture.supplyAsync(() -> client.slashCommand(
        Payloads.slashCommand("/who", "Kushal Datta", "U0ASKER", "C0GENERAL", slack.responseUrl("who"))));
    awaitHeldRequests(1);
    assertFalse(answer.isDone(), "held while the names load");
    wiring.openDatabase();
    wiring.loadNames();
    ready.complete(null);

    SlackClient.Response response = answer.get();
    assertEquals(200, response.status());
    JsonObject body = response.json().getAsJsonObject();
    assertEquals("Kushal Datta", WhoCommandIT.header(WhoCommandIT.blocks(body)), body::toString);
    assertEquals(new Health(200, "{\"status\":\"ok\"}"), health());
  }

  @Test
  void aLookupThatWouldWaitPastSlacksPatienceIsTurnedAway() throws Exception {
    SlackClient client = startBeforeLoading(Duration.ZERO);

    SlackClient.Response response = client.slashCommand(
        Payloads.slashCommand("/who", "Kushal Datta", "U0ASKER", "C0GENERAL", slack.responseUrl("who")));

    assertEquals(503, response.status());
    assertEquals("1", response.header("Retry-After"));
    assertEquals("{\"error\":\"starting\"}", response.body());
    assertTrue(slack.calls("chat.postEphemeral").isEmpty());
  }

  @Test
  void aStartThatFailedAnswersNothing() throws Exception {
    SlackClient client = startBeforeLoading(Duration.ofMinutes(1));
    ready.completeExceptionally(new IllegalStateException("the store is gone"));

    SlackClient.Response response = client.slashCommand(
        Payloads.slashCommand("/who", "Kushal Datta", "U0ASKER", "C0GENERAL", slack.responseUrl("who")));

    assertEquals(503, response.status());
    assertEquals("{\"error\":\"failed to start\"}", response.body());
    assertEquals(new Health(503, "{\"status\":\"failed to start\"}"), health());
  }

  private record Health(int status, String body) {}

  private Health health() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Health(response.statusCode(), response.body());
  }

  /** Waits (without assuming how long it takes) until the server holds {@code count} requests. */
  private void awaitHeldRequests(int count) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(30);
    while (server.waitingForStart() < count) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("the request never reached the server");
      }
      Thread.sleep(5);
    }
  }
}
