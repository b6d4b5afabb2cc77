package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import kith.slack.testing.SlackClient.Response;
import kith.slack.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who the bot is ({@code auth.test}) is asked of Slack when an event needs it, not before Kith can answer: a
 * command is answered without it, an event asks once and then knows, and a token Slack refuses turns events away.
 */
class BotAuthorizationIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String USER = "U0ASKER";

  @TempDir Path temp;
  KithHarness kith;

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  @Test
  void aCommandIsAnsweredWithoutAskingSlackWhoTheBotIs() throws Exception {
    kith = new KithHarness(temp).start();

    Response response = kith.client.slashCommand(
        Payloads.slashCommand("/who", "Kushal", USER, "C0GENERAL", kith.slack.responseUrl("who")));

    assertEquals(200, response.status());
    assertTrue(response.body().contains("Kushal Datta"), response.body());
    assertTrue(kith.slack.calls("auth.test").isEmpty(), () -> kith.slack.calls().toString());
  }

  @Test
  void anEventAsksOnceAndTheBotsOwnMentionIsIgnored() throws Exception {
    kith = new KithHarness(temp).start();

    assertEquals(200, mention("Ev101", USER, "1700000101.000100"));
    Call reply = kith.slack.awaitCall("chat.postEphemeral", WAIT);
    assertEquals(USER, reply.params().get("user").getAsString());
    assertEquals(200, mention("Ev102", TestWorkspace.BOT_USER_ID, "1700000102.000100"));
    assertEquals(200, mention("Ev103", USER, "1700000103.000100"));
    kith.slack.awaitCall("chat.postEphemeral", WAIT);

    assertEquals(200, mention("Ev104", USER, "1700000104.000100"));
    kith.slack.awaitCall("chat.postEphemeral", WAIT);
    assertEquals(1, kith.slack.calls("auth.test").size(), "asked once, by the first event, then known");
    assertEquals(3, kith.slack.calls("chat.postEphemeral").size(), "the bot's own mention is not answered");
  }

  @Test
  void aTokenSlackRefusesTurnsEventsAway() throws Exception {
    kith = new KithHarness(temp).start();
    kith.slack.failNext("auth.test", "invalid_auth");

    assertEquals(401, mention("Ev105", USER, "1700000105.000100"));
    assertTrue(kith.slack.calls().stream().noneMatch(call -> call.method().startsWith("chat.")));
  }

  private int mention(String eventId, String user, String ts) {
    JsonObject envelope = Payloads.appMention(eventId, user, "C0GENERAL",
        "<@" + TestWorkspace.BOT_USER_ID + "> who is Kushal?", ts, null);
    return kith.client.event(envelope).status();
  }
}
