package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kith.TestClock;
import kith.brief.BriefScheduler;
import kith.config.SlackSettings;
import kith.slack.Replies;
import kith.slack.SlackApi;
import kith.slack.SlackApps;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending scheduled briefs: across a restart, from two instances on one database, late, and after failures. The
 * clock only moves when a test moves it, and {@code sendDue()} is called by the test as Kith's timer would.
 */
class BriefSchedulerIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String USER = "U0NORA";
  static final String CHANNEL = "C0GENERAL";
  /** 10:00 in New York. */
  static final Instant NOW = Instant.parse("2026-11-10T15:00:00Z");
  /** When "/brief … in 45m" falls due. */
  static final Instant DUE = NOW.plus(Duration.ofMinutes(45));

  @TempDir Path temp;
  final TestClock clock = new TestClock(NOW);
  KithHarness kith;
  BriefRows rows;

  @BeforeEach
  void start() throws Exception {
    kith = new KithHarness(temp);
    kith.clock = clock;
    kith.start();
    kith.slack.putUser(USER, "Nora Young", "nora", "nora.young@kith.test", "America/New_York");
    rows = new BriefRows(() -> kith.wiring.database().jdbi());
  }

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  String brief(String text) {
    JsonObject reply = kith.client.slashCommand(Payloads.slashCommand("/brief", text, USER, CHANNEL,
        kith.slack.responseUrl("brief"))).json().getAsJsonObject();
    return reply.get("text").getAsString();
  }

  int sendDue() {
    return kith.wiring.briefs().scheduler().sendDue();
  }

  List<Call> messages() {
    return kith.slack.calls("chat.postMessage");
  }

  static String header(Call message) {
    return message.params().has("blocks")
        ? message.params().getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text")
            .get("text").getAsString()
        : "";
  }

  @Test
  void nothingIsSentBeforeItIsDue() {
    assertTrue(brief("Kushal in 45m").startsWith("I'll DM you a brief on Kushal Datta"));

    clock.set(DUE.minusSeconds(1));
    assertEquals(0, sendDue());
    assertEquals(List.of(), messages());
    assertEquals("scheduled", rows.only().state());
  }

  @Test
  void aBriefLeftSendingByAnInstanceThatDiedIsTakenUpAfterTenMinutes() throws Exception {
    brief("Kushal in 45m");
    clock.set(DUE);
    // An instance claims it and dies before sending.
    kith.wiring.database().jdbi().useHandle(h -> h.execute(
        "UPDATE scheduled_brief SET state = 'sending', claimed_by = 'dead', claimed_at = ?", DUE));
    kith.restart();

    clock.set(DUE.plus(Duration.ofMinutes(9)));
    assertEquals(0, sendDue());
    clock.set(DUE.plus(Duration.ofMinutes(11)));
    assertEquals(1, sendDue());
    assertEquals("sent", rows.only().state());
    assertEquals(1, messages().size());
  }

  @Test
  void aRestartKeepsTheScheduleAndTheBriefIsSentOnce() throws Exception {
    brief("Kushal in 45m");

    kith.restart();
    clock.set(DUE.plus(Duration.ofMinutes(1)));

    assertEquals(1, sendDue());
    assertEquals(1, messages().size(), () -> messages().toString());
    assertEquals("Brief: Kushal Datta", header(messages().get(0)));
    assertEquals("D0001", messages().get(0).param("channel"));
    assertEquals("sent", rows.only().state());

    assertEquals(0, sendDue());
    clock.advance(Duration.ofMinutes(30));
    assertEquals(0, sendDue());
    assertEquals(1, messages().size());
  }

  /** A second Kith on the same database, as a second instance behind a load balancer would be. */
  BriefScheduler secondInstance() {
    SlackSettings settings = kith.wiring.settings().slack();
    Slack slack = SlackApps.client(settings);
    SlackApi api = new SlackApi(slack.methods(settings.botToken()), duration -> {});
    return new BriefScheduler(kith.wiring.database().jdbi(), kith.wiring.briefs().sender(), new Replies(slack, api),
        clock);
  }

  @Test
  void twoSchedulersReleasedTogetherSendTheBriefOnce() throws Exception {
    brief("Kushal in 45m");
    clock.set(DUE);
    BriefScheduler first = kith.wiring.briefs().scheduler();
    BriefScheduler second = secondInstance();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> one = threads.submit(() -> {
        go.await();
        return first.sendDue();
      });
      Future<Integer> two = threads.submit(() -> {
        go.await();
        return second.sendDue();
      });
      go.countDown();

      assertEquals(1, one.get(30, TimeUnit.SECONDS) + two.get(30, TimeUnit.SECONDS));
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, messages().size(), () -> messages().toString());
    assertEquals("sent", rows.only().state());
  }

  @Test
  void aSchedulerHoldingAStaleListDoesNotSendWhatTheOtherClaimed() throws Exception {
    brief("Kushal in 45m");
    brief("Priya in 45m");
    brief("José in 45m");
    clock.set(DUE);
    // The first instance claims the first brief and is held while sending it (users.info comes before the DM),
    // still holding its list of all three; the second instance sends the other two meanwhile.
    CountDownLatch held = new CountDownLatch(1);
    kith.slack.delayNext("users.info", held);
    int before = kith.slack.calls("users.info").size();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> first = thread.submit(() -> kith.wiring.briefs().scheduler().sendDue());
      // users.info was also called when scheduling: wait for the held one.
      while (kith.slack.calls("users.info").size() <= before) {
        kith.slack.awaitCall("users.info", WAIT);
      }

      assertEquals(2, secondInstance().sendDue());
      held.countDown();

      assertEquals(1, first.get(30, TimeUnit.SECONDS));
    } finally {
      held.countDown();
      thread.shutdownNow();
    }
    List<String> headers = messages().stream().map(BriefSchedulerIT::header).sorted().toList();
    assertEquals(List.of("Brief: José Núñez", "Brief: Kushal Datta", "Brief: Priya Raman"), headers);
    assertEquals(3, rows.inState("sent").size());
  }

  @Test
  void aBriefPutBackForARetryIsNotSentEarlyByAnInstanceHoldingAnOldList() throws Exception {
    brief("Kushal in 45m");
    brief("Priya in 45m");
    clock.set(DUE);
    // The second instance lists both briefs, claims Kushal's and is held while sending it (users.info).
    CountDownLatch held = new CountDownLatch(1);
    kith.slack.delayNext("users.info", held);
    int before = kith.slack.calls("users.info").size();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      BriefScheduler second = secondInstance();
      Future<Integer> secondSent = thread.submit(second::sendDue);
      while (kith.slack.calls("users.info").size() <= before) {
        kith.slack.awaitCall("users.info", WAIT);
      }
      // Meanwhile the first instance sends Priya's, which fails: back in the queue for a minute from now.
      kith.slack.failNext("chat.postMessage", "fatal_error");
      assertEquals(0, sendDue());
      BriefRows.Row priya = rows.all().stream().filter(r -> r.title().equals("Priya Raman")).findFirst().orElseThrow();
      assertEquals("scheduled", priya.state());
      assertEquals(DUE.plus(Duration.ofMinutes(1)), priya.nextAttemptAt());

      held.countDown();

      assertEquals(1, secondSent.get(30, TimeUnit.SECONDS), "only Kushal's: Priya's retry is not due yet");
    } finally {
      held.countDown();
      thread.shutdownNow();
    }
    assertEquals(List.of("Brief: Priya Raman", "Brief: Kushal Datta"),
        messages().stream().map(BriefSchedulerIT::header).toList(),
        "Priya's failed try, then Kushal's; no second try of Priya's before its time");
    BriefRows.Row priya = rows.all().stream().filter(r -> r.title().equals("Priya Raman")).findFirst().orElseThrow();
    assertEquals("scheduled", priya.state(), "waits for its retry time");

    clock.set(DUE.plus(Duration.ofMinutes(1)));
    assertEquals(1, sendDue());
    assertEquals("sent", rows.byId(priya.id()).state());
  }

  @Test
  void aBriefMoreThanAnHourLateAtStartIsReportedMissedNotSent() throws Exception {
    brief("Kushal in 45m");
    kith.stop();
    clock.set(DUE.plus(Duration.ofMinutes(61)));
    kith.start();

    assertEquals(0, sendDue());

    assertEquals(1, messages().size(), () -> messages().toString());
    Call told = messages().get(0);
    assertTrue(told.param("text").contains("missed"), told::toString);
    assertTrue(told.param("text").contains("Kushal Datta"), told::toString);
    assertFalse(header(told).startsWith("Brief"), "no brief is sent");
    assertEquals("missed", rows.only().state());
    assertEquals(0, sendDue());
    assertEquals(1, messages().size());
  }

  @Test
  void aBriefLessThanAnHourLateAtStartIsStillSent() throws Exception {
    brief("Kushal in 45m");
    kith.stop();
    clock.set(DUE.plus(Duration.ofMinutes(59)));
    kith.start();

    assertEquals(1, sendDue());

    assertEquals(1, messages().size(), () -> messages().toString());
    assertEquals("Brief: Kushal Datta", header(messages().get(0)));
    assertFalse(messages().get(0).param("text").contains("missed"));
    assertEquals("sent", rows.only().state());
  }

  @Test
  void aFailedSendIsRetriedLater() {
    brief("Kushal in 45m");
    clock.set(DUE);
    kith.slack.failNext("chat.postMessage", "fatal_error");

    assertEquals(0, sendDue());

    BriefRows.Row retry = rows.only();
    assertEquals("scheduled", retry.state());
    assertEquals(1, retry.attempts());
    assertEquals("chat.postMessage: fatal_error", retry.lastError());
    assertTrue(retry.nextAttemptAt().isAfter(DUE), retry::toString);
    assertEquals(DUE, retry.dueAt(), "the brief keeps its time");
    assertEquals(0, sendDue(), "not again at once");
    assertEquals(1, messages().size());

    clock.set(retry.nextAttemptAt());
    assertEquals(1, sendDue());

    assertEquals(2, messages().size());
    assertEquals("Brief: Kushal Datta", header(messages().get(1)));
    assertEquals("sent", rows.only().state());
  }

  @Test
  void afterTheLastFailedTryTheUserIsTold() {
    brief("Kushal in 45m");
    clock.set(DUE);
    kith.slack.failNext("chat.postMessage", "fatal_error");
    kith.slack.failNext("chat.postMessage", "fatal_error");
    kith.slack.failNext("chat.postMessage", "fatal_error");

    assertEquals(0, sendDue());
    Instant second = rows.only().nextAttemptAt();
    clock.set(second);
    assertEquals(0, sendDue());
    Instant third = rows.only().nextAttemptAt();
    assertTrue(Duration.between(second, third).compareTo(Duration.between(DUE, second)) > 0,
        "the wait grows: " + DUE + ", " + second + ", " + third);
    clock.set(third.minusSeconds(1));
    assertEquals(0, sendDue());
    assertEquals(2, messages().size());
    clock.set(third);
    assertEquals(0, sendDue());

    BriefRows.Row failed = rows.only();
    assertEquals("failed", failed.state());
    assertEquals("chat.postMessage: fatal_error", failed.lastError());
    assertEquals(4, messages().size(), () -> messages().toString());
    String told = messages().get(3).param("text");
    assertTrue(told.contains("couldn't send your brief") && told.contains("3 tries"), told);
    assertTrue(told.contains("fatal_error"), told);

    clock.advance(Duration.ofHours(1));
    assertEquals(0, sendDue());
    assertEquals(4, messages().size(), "told once, tried no more");
  }
}
