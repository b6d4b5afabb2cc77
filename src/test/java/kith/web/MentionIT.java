package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import kith.slack.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions of Kith in channels and threads, end to end. */
class MentionIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String USER = "U0ASKER";
  static final String CHANNEL = "C0GENERAL";

  @TempDir Path temp;
  KithHarness kith;

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  int mention(String eventId, String text, String ts, String threadTs) {
    JsonObject envelope = Payloads.appMention(eventId, USER, CHANNEL,
        "<@" + TestWorkspace.BOT_USER_ID + "> " + text, ts, threadTs);
    return kith.client.event(envelope).status();
  }

  static String header(JsonObject params) {
    return params.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
  }

  @Test
  void answersWhoIsInTheThreadOnlyToThePersonWhoAsked() throws Exception {
    kith = new KithHarness(temp).start();

    assertEquals(200, mention("Ev001", "who is Kushal?", "1700000001.000100", null));

    Call reply = kith.slack.awaitCall("chat.postEphemeral", WAIT);
    assertEquals(CHANNEL, reply.params().get("channel").getAsString());
    assertEquals(USER, reply.params().get("user").getAsString());
    assertEquals("1700000001.000100", reply.params().get("thread_ts").getAsString());
    assertEquals("Kushal Datta", header(reply.params()));
    assertTrue(reply.params().toString().contains("who_share"), "a Share button");
  }

  @Test
  void answersInTheThreadItWasAskedIn() throws Exception {
    kith = new KithHarness(temp).start();

    mention("Ev002", "Kushal Datta", "1700000002.000200", "1700000000.000001");

    Call reply = kith.slack.awaitCall("chat.postEphemeral", WAIT);
    assertEquals("1700000000.000001", reply.params().get("thread_ts").getAsString());
  }

  @Test
  void threadModeAnswersVisiblyInTheThread() throws Exception {
    kith = new KithHarness(temp);
    kith.env.put("KITH_MENTION_REPLY", "thread");
    kith.start();

    mention("Ev003", "who's José?", "1700000003.000300", null);

    Call reply = kith.slack.awaitCall("chat.postMessage", WAIT);
    assertEquals("1700000003.000300", reply.params().get("thread_ts").getAsString());
    assertEquals("José Núñez", header(reply.params()));
    assertTrue(kith.slack.calls("chat.postEphemeral").isEmpty());
  }

  @Test
  void briefMeOnSendsADirectMessage() throws Exception {
    kith = new KithHarness(temp).start();

    mention("Ev004", "brief me on Kushal", "1700000004.000400", null);

    assertEquals(USER, kith.slack.awaitCall("conversations.open", WAIT).params().get("users").getAsString());
    assertEquals("Brief: Kushal Datta", header(kith.slack.awaitCall("chat.postMessage", WAIT).params()));
    assertTrue(kith.slack.awaitCall("chat.postEphemeral", WAIT).params().get("text").getAsString().contains("DM"));
  }

  @Test
  void helpExplainsWhatToAsk() throws Exception {
    kith = new KithHarness(temp).start();

    mention("Ev005", "help", "1700000005.000500", null);

    assertTrue(kith.slack.awaitCall("chat.postEphemeral", WAIT).params().toString().contains("/who"));
  }

  @Test
  void aRetriedEventIsHandledOnceAlsoAcrossARestart() throws Exception {
    kith = new KithHarness(temp).start();
    JsonObject envelope = Payloads.appMention("Ev006", USER, CHANNEL,
        "<@" + TestWorkspace.BOT_USER_ID + "> Kushal", "1700000006.000600", null);

    assertEquals(200, kith.client.event(envelope).status());
    assertEquals(200, kith.client.post(envelope.toString(), "application/json",
        java.util.Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"),
        kith.client.now()).status());
    kith.restart();
    assertEquals(200, kith.client.post(envelope.toString(), "application/json",
        java.util.Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"),
        kith.client.now()).status());

    assertEquals(1, kith.slack.calls("chat.postEphemeral").size());
  }

  @Test
  void eventsKithDoesNotUseAreAcknowledgedWithoutWork() throws Exception {
    kith = new KithHarness(temp).start();
    JsonObject channelCreated = new JsonObject();
    channelCreated.addProperty("type", "channel_created");
    JsonObject channel = new JsonObject();
    channel.addProperty("id", "C0NEW");
    channel.addProperty("name", "new");
    channelCreated.add("channel", channel);

    assertEquals(200, kith.client.event(Payloads.event("Ev007", channelCreated)).status());
    assertTrue(kith.slack.calls().stream().noneMatch(c -> c.method().startsWith("chat.")));
  }

  @Test
  void itsOwnMessagesAreIgnored() throws Exception {
    kith = new KithHarness(temp).start();
    JsonObject envelope = Payloads.appMention("Ev008", TestWorkspace.BOT_USER_ID, CHANNEL,
        "<@" + TestWorkspace.BOT_USER_ID + "> Kushal", "1700000008.000800", null);

    assertEquals(200, kith.client.event(envelope).status());
    assertTrue(kith.slack.calls().stream().noneMatch(c -> c.method().startsWith("chat.")));
  }

  @Test
  void aRateLimitIsWaitedOutAndRetried() throws Exception {
    kith = new KithHarness(temp).start();
    kith.slack.rateLimitNext("chat.postEphemeral", 3);

    mention("Ev009", "Kushal", "1700000009.000900", null);

    assertEquals(2, kith.slack.calls("chat.postEphemeral").size());
    assertEquals(java.util.List.of(Duration.ofSeconds(3)), kith.pauses);
  }
}
