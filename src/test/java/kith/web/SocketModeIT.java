package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import kith.contact.WhoIds;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import kith.slack.testing.SocketModeStandIn;
import kith.slack.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kith connected over Socket Mode instead of HTTP: commands, events and button clicks arrive as envelopes on the
 * WebSocket and are acknowledged on it, and a connection Slack recycles is opened again.
 */
class SocketModeIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String USER = "U0ASKER";
  static final String CHANNEL = "C0GENERAL";

  @TempDir Path temp;
  SocketModeStandIn socket;
  KithHarness kith;

  @BeforeEach
  void start() throws Exception {
    socket = new SocketModeStandIn();
    kith = new KithHarness(temp);
    kith.env.put("SLACK_APP_TOKEN", TestWorkspace.APP_TOKEN);
    kith.slack.setSocketModeUrl(socket.wsUrl());
    kith.start();
    socket.awaitConnection(WAIT);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (kith != null) {
        kith.close(); // the SocketModeApp first, so it does not try to reconnect to a closed stand-in
      }
    } finally {
      socket.close();
    }
  }

  String who(String text) {
    return socket.sendSlashCommand(
        Payloads.slashCommand("/who", text, USER, CHANNEL, kith.slack.responseUrl("who")));
  }

  String mention(String eventId, String text, String ts) {
    return socket.sendEvent(Payloads.appMention(
        eventId, USER, CHANNEL, "<@" + TestWorkspace.BOT_USER_ID + "> " + text, ts, null));
  }

  static String header(JsonObject message) {
    return message.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text").get("text")
        .getAsString();
  }

  @Test
  void connectsOverSocketModeWithoutAnHttpPort() {
    assertEquals(-1, kith.server.port());
    Call open = kith.slack.awaitCall("apps.connections.open", WAIT);
    assertEquals(TestWorkspace.APP_TOKEN, open.token());
  }

  @Test
  void aSlashCommandIsAnsweredInItsAcknowledgement() {
    JsonObject ack = socket.awaitAck(who("Kushal Datta"), WAIT);

    JsonObject payload = ack.getAsJsonObject("payload");
    assertEquals("ephemeral", payload.get("response_type").getAsString(), ack::toString);
    assertEquals("Kushal Datta", header(payload));
  }

  @Test
  void aMentionIsAnsweredInItsThreadOnlyToThePersonWhoAsked() {
    JsonObject ack = socket.awaitAck(mention("EvSock01", "who is Kushal?", "1700000101.000100"), WAIT);
    assertFalse(ack.has("payload"), ack::toString);

    Call reply = kith.slack.awaitCall("chat.postEphemeral", WAIT);
    assertEquals(CHANNEL, reply.param("channel"));
    assertEquals(USER, reply.param("user"));
    assertEquals("1700000101.000100", reply.param("thread_ts"));
    assertEquals("Kushal Datta", header(reply.params()));
  }

  @Test
  void shareInChannelAnswersThroughTheResponseUrl() {
    String click = socket.sendInteractive(Payloads.blockAction(WhoIds.SHARE,
        String.valueOf(kith.contactId("Kushal Datta")), USER, CHANNEL, kith.slack.responseUrl("click"),
        "1700000102.000100"));
    socket.awaitAck(click, WAIT);

    Call shared = kith.slack.awaitCall("response_url:click", WAIT);
    assertEquals("in_channel", shared.param("response_type"));
    assertEquals("Kushal Datta", header(shared.params()));
  }

  @Test
  void anEventDeliveredTwiceIsHandledOnce() {
    JsonObject envelope = Payloads.appMention("EvSock02", USER, CHANNEL,
        "<@" + TestWorkspace.BOT_USER_ID + "> Kushal", "1700000103.000100", null);

    String first = socket.sendEvent(envelope);
    String second = socket.sendEvent(envelope.deepCopy());
    // Socket Mode acknowledges after the handler returned, and background work runs on the handler's thread.
    socket.awaitAck(first, WAIT);
    socket.awaitAck(second, WAIT);

    assertEquals("1700000103.000100", kith.slack.awaitCall("chat.postEphemeral", WAIT).param("thread_ts"));
    assertEquals(1, kith.slack.calls("chat.postEphemeral").size(), () -> kith.slack.calls().toString());
  }

  @Test
  void reconnectsWhenSlackAsksAndKeepsAnswering() {
    assertEquals("Kushal Datta", header(socket.awaitAck(who("Kushal Datta"), WAIT).getAsJsonObject("payload")));
    int opens = kith.slack.calls("apps.connections.open").size();

    socket.sendDisconnect("refresh_requested");
    socket.awaitConnections(2, WAIT);

    JsonObject ack = socket.awaitAck(who("Kushal Datta"), WAIT);
    assertEquals("Kushal Datta", header(ack.getAsJsonObject("payload")));
    assertEquals(opens + 1, kith.slack.calls("apps.connections.open").size(), "a fresh URL for the new connection");
  }
}
