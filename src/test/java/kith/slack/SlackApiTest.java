package kith.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import kith.slack.SlackApi.Safety;
import kith.slack.testing.SlackApiStandIn;
import kith.slack.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@link SlackApi} retries, how long it waits, and how it gives up, against the Web API stand-in. */
class SlackApiTest {
  static final String USER = "U0PRIYA";
  static final String CHANNEL = "C0GENERAL";
  /** Far beyond any stand-in answer, far below a test run: a held answer always times out, a real one never. */
  static final int READ_TIMEOUT_MILLIS = 1_000;

  final SlackApiStandIn standIn = new SlackApiStandIn();
  final List<Duration> pauses = new ArrayList<>();
  final Slack slack = standIn.slack();
  final SlackApi api = new SlackApi(slack.methods(TestWorkspace.BOT_TOKEN), pauses::add);

  @AfterEach
  void close() throws Exception {
    slack.close();
    standIn.close(); // also ends answers still held by a delay
  }

  UsersInfoResponse usersInfo(SlackApi api) {
    return api.call("users.info", Safety.IDEMPOTENT, methods -> methods.usersInfo(r -> r.user(USER)));
  }

  ChatPostMessageResponse postMessage(SlackApi api) {
    return api.call("chat.postMessage", Safety.NOT_IDEMPOTENT,
        methods -> methods.chatPostMessage(r -> r.channel(CHANNEL).text("hello")));
  }

  static void assertHidesTheToken(SlackCallException e) {
    assertFalse(e.getMessage().contains(TestWorkspace.BOT_TOKEN), e::getMessage);
    assertFalse(e.toString().contains(TestWorkspace.BOT_TOKEN), e::toString);
  }

  @Test
  void aRateLimitIsWaitedOutForItsRetryAfterAndRetried() {
    standIn.rateLimitNext("users.info", 7);

    assertEquals(USER, usersInfo(api).getUser().getId());

    assertEquals(2, standIn.calls("users.info").size());
    assertEquals(List.of(Duration.ofSeconds(7)), pauses);
  }

  @Test
  void aRateLimitReportedAsOkFalseIsRetriedWithBackoff() {
    standIn.failNext("chat.postMessage", "ratelimited");

    assertTrue(postMessage(api).isOk());

    assertEquals(2, standIn.calls("chat.postMessage").size());
    assertEquals(List.of(Duration.ofMillis(250)), pauses);
  }

  @Test
  void aServerErrorOnAnIdempotentCallIsRetriedWithGrowingBackoff() {
    standIn.serverErrorNext("users.info", 503);
    standIn.serverErrorNext("users.info", 503);

    assertEquals(USER, usersInfo(api).getUser().getId());

    assertEquals(3, standIn.calls("users.info").size());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), pauses);
  }

  @Test
  void aServerErrorOnACallThatMustNotRepeatIsNotRetried() {
    standIn.serverErrorNext("chat.postMessage", 503);

    SlackCallException e = assertThrows(SlackCallException.class, () -> postMessage(api));

    assertEquals("chat.postMessage", e.method());
    assertEquals("HTTP 503", e.error());
    assertEquals(1, standIn.calls("chat.postMessage").size());
    assertTrue(pauses.isEmpty(), pauses::toString);
    assertHidesTheToken(e);
  }

  @Test
  void anErrorOfSlacksIsNotRetried() {
    standIn.failNext("chat.postMessage", "channel_not_found");

    SlackCallException e = assertThrows(SlackCallException.class, () -> postMessage(api));

    assertEquals("chat.postMessage", e.method());
    assertEquals("channel_not_found", e.error());
    assertEquals(1, standIn.calls("chat.postMessage").size());
    assertTrue(pauses.isEmpty(), pauses::toString);
    assertHidesTheToken(e);
  }

  @Test
  void itGivesUpAfterTheLastAttemptIsRateLimited() {
    for (int i = 0; i <= SlackApi.MAX_ATTEMPTS; i++) {
      standIn.rateLimitNext("users.info", 1);
    }

    SlackCallException e = assertThrows(SlackCallException.class, () -> usersInfo(api));

    assertEquals("users.info", e.method());
    assertEquals("HTTP 429", e.error());
    assertEquals(SlackApi.MAX_ATTEMPTS, standIn.calls("users.info").size());
    assertEquals(SlackApi.MAX_ATTEMPTS - 1, pauses.size());
    assertHidesTheToken(e);
  }

  @Test
  void itGivesUpAfterTheLastAttemptSaysRatelimited() {
    for (int i = 0; i <= SlackApi.MAX_ATTEMPTS; i++) {
      standIn.failNext("chat.postMessage", "ratelimited");
    }

    SlackCallException e = assertThrows(SlackCallException.class, () -> postMessage(api));

    assertEquals("ratelimited", e.error());
    assertEquals(SlackApi.MAX_ATTEMPTS, standIn.calls("chat.postMessage").size());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1_000)), pauses);
  }

  @Test
  void aRetryAfterOfAnHourIsCappedAtThirtySeconds() {
    standIn.rateLimitNext("users.info", 3600);

    usersInfo(api);

    assertEquals(List.of(Duration.ofSeconds(30)), pauses);
  }

  @Test
  void theTokenIsSentButNeverPartOfAFailure() {
    standIn.failNext("users.info", "invalid_auth");

    SlackCallException e = assertThrows(SlackCallException.class, () -> usersInfo(api));

    assertEquals(TestWorkspace.BOT_TOKEN, standIn.calls("users.info").get(0).token());
    assertEquals("users.info failed: invalid_auth", e.getMessage());
    assertHidesTheToken(e);
  }

  @Test
  void aTimedOutIdempotentCallIsRetried() throws Exception {
    try (Slack impatient = impatientSlack()) {
      SlackApi api = new SlackApi(impatient.methods(TestWorkspace.BOT_TOKEN), pauses::add);
      standIn.delayNext("users.info", new CountDownLatch(1)); // never released

      assertEquals(USER, usersInfo(api).getUser().getId());

      assertEquals(2, standIn.calls("users.info").size());
      assertEquals(List.of(Duration.ofMillis(250)), pauses);
    }
  }

  @Test
  void aTimedOutCallThatMustNotRepeatFails() throws Exception {
    try (Slack impatient = impatientSlack()) {
      SlackApi api = new SlackApi(impatient.methods(TestWorkspace.BOT_TOKEN), pauses::add);
      standIn.delayNext("chat.postMessage", new CountDownLatch(1)); // never released

      SlackCallException e = assertThrows(SlackCallException.class, () -> postMessage(api));

      assertEquals("chat.postMessage", e.method());
      assertEquals("network: SocketTimeoutException", e.error());
      assertEquals(1, standIn.calls("chat.postMessage").size());
      assertTrue(pauses.isEmpty(), pauses::toString);
      assertHidesTheToken(e);
    }
  }

  /** An SDK client that stops waiting for an answer after {@link #READ_TIMEOUT_MILLIS}. */
  Slack impatientSlack() {
    SlackConfig config = standIn.slackConfig();
    config.setHttpClientReadTimeoutMillis(READ_TIMEOUT_MILLIS);
    return Slack.getInstance(config);
  }
}
