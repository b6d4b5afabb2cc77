package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.APP_TOKEN;
import static kith.slack.testing.TestWorkspace.BOT_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every kind of envelope, and a reconnection, through a real Bolt SocketModeApp on the Java-WebSocket backend. */
class SocketModeStandInTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final SlackApiStandIn api = new SlackApiStandIn();

  @AfterEach
  void closeStandIn() {
    api.close();
  }

  @Test
  void socketModeCarriesEventsAndInteractivityAndReconnectsOnDisconnect() throws Exception {
    try (SocketModeStandIn socket = new SocketModeStandIn()) {
      api.setSocketModeUrl(socket.wsUrl());
      App app = new App(AppConfig.builder().singleTeamBotToken(BOT_TOKEN).slack(api.slack()).build());
      app.event(AppMentionEvent.class, (payload, context) -> {
        context.say("hi <@" + payload.getEvent().getUser() + ">");
        return context.ack();
      });
      app.blockAction("more", (request, context) -> {
        context.respond("page " + request.getPayload().getActions().get(0).getValue());
        return context.ack();
      });
      app.command("/noop", (request, context) -> context.ack("pong " + request.getPayload().getText()));
      SocketModeApp socketModeApp = new SocketModeApp(APP_TOKEN, app, SocketModeClient.Backend.JavaWebSocket);
      try {
        socketModeApp.startAsync();
        socket.awaitConnection(WAIT);

        String mention = socket.sendEvent(
            Payloads.appMention("Ev0001", "U0001", "C0001", "<@UKITHBOT> hello", "1700000000.000100", null));
        String click = socket.sendInteractive(
            Payloads.blockAction("more", "2", "U0001", "C0001", api.responseUrl("act"), "1700000000.000200"));

        assertFalse(socket.awaitAck(mention, WAIT).has("payload"));
        assertEquals("hi <@U0001>", api.awaitCall("chat.postMessage", WAIT).param("text"));
        socket.awaitAck(click, WAIT);
        assertEquals("page 2", api.awaitCall("response_url:act", WAIT).param("text"));

        int opens = api.calls("apps.connections.open").size();
        socket.sendDisconnect("refresh_requested");
        socket.awaitConnections(2, WAIT);
        String command = socket.sendSlashCommand(
            Payloads.slashCommand("/noop", "again", "U0001", "C0001", api.responseUrl("cmd")));
        JsonObject ack = socket.awaitAck(command, WAIT);
        assertEquals("pong again", ack.getAsJsonObject("payload").get("text").getAsString());
        assertEquals(opens + 1, api.calls("apps.connections.open").size());
        assertEquals(2, socket.connectionsOpened());
      } finally {
        socketModeApp.close();
      }
    }
  }
}
