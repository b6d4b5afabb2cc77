package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn;
import kith.slack.testing.SlackClient;
import kith.slack.testing.SlackSigner;
import kith.slack.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kith works on a few Slack requests at once and holds the rest in line: a request past the limit waits for one
 * to finish, one that would wait past Slack's patience gets 503, and neither a client still sending its body nor a
 * request waiting on the Web API holds a turn.
 * A {@code /hold} command registered here keeps its turn until the test lets it go.
 */
class ActiveRequestLimitIT {
  private static final int TURNS = ActiveRequestLimit.perCore();

  @TempDir Path temp;
  KithHarness kith;
  SlackApiStandIn slack;
  SlackClient client;
  final ExecutorService senders = Executors.newCachedThreadPool();
  final Semaphore started = new Semaphore(0);
  final CountDownLatch letGo = new CountDownLatch(1);
  final AtomicInteger finished = new AtomicInteger();

  @AfterEach
  void stop() throws Exception {
    letGo.countDown();
    senders.shutdownNow();
    if (kith != null) {
      kith.close();
    }
  }

  private void start(Duration patience) throws Exception {
    kith = new KithHarness(temp);
    kith.patience = patience;
    kith.extraCommands = app -> app.command("/hold", (req, ctx) -> {
      started.release();
      try {
        letGo.await();
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      }
      finished.incrementAndGet();
      return ctx.ack();
    });
    kith.start();
    slack = kith.slack;
    client = kith.client;
  }

  @Test
  void aRequestPastTheLimitWaitsForATurnAndIsThenAnswered() throws Exception {
    start(Duration.ofMinutes(1));
    List<CompletableFuture<SlackClient.Response>> holding = holdEveryTurn();

    CompletableFuture<SlackClient.Response> next = send("/hold", "one more");
    awaitWaiting(1);
    assertFalse(started.tryAcquire(), "the request past the limit was not worked on while every turn was taken");
    assertFalse(next.isDone());

    letGo.countDown();
    assertTrue(started.tryAcquire(30, TimeUnit.SECONDS), "it was worked on once a turn was free");
    assertEquals(200, next.get(30, TimeUnit.SECONDS).status());
    for (CompletableFuture<SlackClient.Response> answer : holding) {
      assertEquals(200, answer.get(30, TimeUnit.SECONDS).status());
    }
    assertEquals(TURNS + 1, finished.get());
  }

  @Test
  void aRequestThatWouldWaitPastSlacksPatienceIsRefusedWithRetryAfter() throws Exception {
    start(Duration.ofMillis(300));
    holdEveryTurn();

    SlackClient.Response refused = client.slashCommand(whoKushal());

    assertEquals(503, refused.status());
    assertEquals("1", refused.header("Retry-After"));
    assertEquals("{\"error\":\"busy\"}", refused.body());
    assertEquals(0, finished.get(), "the requests holding turns were not disturbed");
  }

  @Test
  void clientsStillSendingTheirBodiesHoldNoTurn() throws Exception {
    start(Duration.ofMillis(500));
    String body = SlackClient.form(whoKushal());
    long timestamp = client.now();
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < TURNS + 1; i++) {
      slow.add(sendAllButTheLastByte(body, timestamp));
    }

    SlackClient.Response meanwhile = client.slashCommand(whoKushal());
    assertEquals(200, meanwhile.status(), meanwhile::body);

    for (Socket socket : slow) {
      try (socket) {
        OutputStream out = socket.getOutputStream();
        out.write(body.substring(body.length() - 1).getBytes(StandardCharsets.UTF_8));
        out.flush();
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("Kushal Datta"), "the body was read whole, once, and answered: " + answer);
      }
    }
  }

  @Test
  void requestsWaitingOnTheWebApiHoldNoTurn() throws Exception {
    start(Duration.ofMillis(500));
    CountDownLatch slackAnswers = new CountDownLatch(1);
    List<CompletableFuture<SlackClient.Response>> waiting = new ArrayList<>();
    for (int i = 0; i < TURNS + 1; i++) {
      slack.delayNext("users.info", slackAnswers);
      waiting.add(send("/who", "<@U0SLOW" + i + ">"));
    }
    awaitUntil(() -> slack.calls("users.info").size(), TURNS + 1);

    SlackClient.Response meanwhile = client.slashCommand(whoKushal());
    assertEquals(200, meanwhile.status(), meanwhile::body);
    assertTrue(meanwhile.body().contains("Kushal Datta"), meanwhile::body);

    slackAnswers.countDown();
    for (CompletableFuture<SlackClient.Response> answer : waiting) {
      assertEquals(200, answer.get(30, TimeUnit.SECONDS).status());
    }
  }

  @Test
  void eventsWaitingToLearnWhoTheBotIsHoldNoTurn() throws Exception {
    start(Duration.ofMillis(500));
    CountDownLatch slackAnswers = new CountDownLatch(1);
    slack.delayNext("auth.test", slackAnswers);
    List<CompletableFuture<Integer>> events = new ArrayList<>();
    for (int i = 0; i < TURNS + 1; i++) {
      JsonObject mention = Payloads.appMention("EvTurn" + i, "U0ASKER", "C0GENERAL",
          "<@" + TestWorkspace.BOT_USER_ID + "> who is Kushal?", "1700000200.00010" + i, null);
      events.add(CompletableFuture.supplyAsync(() -> client.event(mention).status(), senders));
    }
    // One event asks Slack who the bot is; the others wait for its answer.
    awaitUntil(() -> slack.calls("auth.test").size(), 1);

    SlackClient.Response meanwhile = client.slashCommand(whoKushal());
    assertEquals(200, meanwhile.status(), meanwhile::body);

    slackAnswers.countDown();
    for (CompletableFuture<Integer> status : events) {
      assertEquals(200, status.get(30, TimeUnit.SECONDS));
    }
  }

  /** {@code /who Kushal Datta}, a person of the example vault. */
  private Map<String, String> whoKushal() {
    return Payloads.slashCommand("/who", "Kushal Datta", "U0ASKER", "C0GENERAL", slack.responseUrl("who"));
  }

  /** Takes every turn with a request that keeps it; returns their answers to come. */
  private List<CompletableFuture<SlackClient.Response>> holdEveryTurn() throws InterruptedException {
    List<CompletableFuture<SlackClient.Response>> holding = new ArrayList<>();
    for (int i = 0; i < TURNS; i++) {
      holding.add(send("/hold", "turn " + i));
    }
    assertTrue(started.tryAcquire(TURNS, 30, TimeUnit.SECONDS), "every turn was taken");
    return holding;
  }

  private CompletableFuture<SlackClient.Response> send(String command, String text) {
    return CompletableFuture.supplyAsync(() -> client.slashCommand(
        Payloads.slashCommand(command, text, "U0ASKER", "C0GENERAL", slack.responseUrl("hold"))), senders);
  }

  /** Waits (without assuming how long it takes) until {@code count} requests wait for a turn. */
  private void awaitWaiting(int count) throws InterruptedException {
    awaitUntil(() -> kith.server.waitingForTurn(), count);
  }

  private static void awaitUntil(IntSupplier value, int count) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(30);
    while (value.getAsInt() < count) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("never reached " + count + " (at " + value.getAsInt() + ")");
      }
      Thread.sleep(5);
    }
  }

  private Socket sendAllButTheLastByte(String body, long timestamp) throws Exception {
    Socket socket = new Socket("127.0.0.1", kith.server.port());
    socket.setSoTimeout(30_000);
    StringBuilder head = new StringBuilder()
        .append("POST ").append(HttpServer.EVENTS_PATH).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n")
        .append("Content-Type: ").append(SlackClient.FORM).append("\r\n")
        .append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
        .append("Connection: close\r\n");
    new SlackSigner(TestWorkspace.SIGNING_SECRET).headers(body, timestamp)
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n").append(body, 0, body.length() - 1);
    OutputStream out = socket.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return socket;
  }
}
