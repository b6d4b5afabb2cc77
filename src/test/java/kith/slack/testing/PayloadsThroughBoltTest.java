package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.BOT_TOKEN;
import static kith.slack.testing.TestWorkspace.SIGNING_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import com.slack.api.model.view.Views;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kith.slack.testing.SlackApiStandIn.Call;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payload builders and the signed client, against a real Bolt app served by Jetty: Bolt verifies the signatures,
 * parses every payload and routes it to the handler a Kith feature would register.
 */
class PayloadsThroughBoltTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final SlackApiStandIn api = new SlackApiStandIn();
  private final BlockingQueue<String> handled = new LinkedBlockingQueue<>();
  private Server jetty;
  private SlackClient slack;

  @BeforeEach
  void serveBoltApp() throws Exception {
    App app = new App(AppConfig.builder()
        .singleTeamBotToken(BOT_TOKEN)
        .signingSecret(SIGNING_SECRET)
        .slack(api.slack())
        .build());
    register(app);
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
    jetty.setHandler(context);
    jetty.start();
    URI events = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/slack/events");
    slack = new SlackClient(events, new SlackSigner(SIGNING_SECRET), Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
    api.close();
  }

  private void register(App app) {
    app.command("/kith", (request, context) -> context.ack("pong: " + request.getPayload().getText()));
    app.blockAction("more", (request, context) -> {
      context.respond("page " + request.getPayload().getActions().get(0).getValue());
      return context.ack();
    });
    app.event(AppMentionEvent.class, (payload, context) -> {
      AppMentionEvent event = payload.getEvent();
      context.say(r -> r
          .channel(event.getChannel())
          .text("hi <@" + event.getUser() + ">")
          .threadTs(event.getThreadTs()));
      return context.ack();
    });
    app.event(ReactionAddedEvent.class, (payload, context) -> {
      ReactionAddedEvent event = payload.getEvent();
      handled.add("added " + event.getReaction() + " " + event.getItem().getTs() + " " + event.getItemUser());
      return context.ack();
    });
    app.event(ReactionRemovedEvent.class, (payload, context) -> {
      handled.add("removed " + payload.getEvent().getReaction());
      return context.ack();
    });
    app.event(AppHomeOpenedEvent.class, (payload, context) -> {
      context.client().viewsPublish(r -> r
          .userId(payload.getEvent().getUser())
          .view(Views.view(v -> v.type("home").blocks(List.of()))));
      return context.ack();
    });
    app.messageShortcut("remember", (request, context) -> {
      var message = request.getPayload().getMessage();
      handled.add("shortcut " + message.getText() + " in " + message.getThreadTs());
      return context.ack();
    });
  }

  @Test
  void slashCommandIsVerifiedAndAnswered() {
    var response = slack.slashCommand(
        Payloads.slashCommand("/kith", "who is Kushal", "U0001", "C0001", api.responseUrl("cmd")));

    assertEquals(200, response.status());
    assertEquals("pong: who is Kushal", response.json().getAsJsonObject().get("text").getAsString());
  }

  @Test
  void blockActionRespondsThroughItsResponseUrl() {
    var response = slack.interactivity(
        Payloads.blockAction("more", "2", "U0001", "C0001", api.responseUrl("act"), "1700000000.000100"));

    assertEquals(200, response.status());
    assertEquals("page 2", api.awaitCall("response_url:act", WAIT).param("text"));
  }

  @Test
  void appMentionInAThreadIsAnsweredInIt() {
    var response = slack.event(Payloads.appMention(
        "Ev0001", "U0001", "C0001", "<@UKITHBOT> who is Kushal", "1700000000.000300", "1700000000.000200"));

    assertEquals(200, response.status());
    Call say = api.awaitCall("chat.postMessage", WAIT);
    assertEquals("C0001", say.param("channel"));
    assertEquals("1700000000.000200", say.param("thread_ts"));
    assertEquals("hi <@U0001>", say.param("text"));
  }

  @Test
  void reactionsAndShortcutsReachTheirHandlers() throws Exception {
    slack.event(Payloads.reactionAdded("Ev0002", "U0002", "white_check_mark", "C0001", "1700000000.000200", "U0001"));
    slack.event(Payloads.reactionRemoved("Ev0003", "U0002", "white_check_mark", "C0001", "1700000000.000200",
        "U0001"));
    slack.interactivity(Payloads.messageShortcut(
        "remember", "U0001", "C0001", "1700000000.000300", "ship it", "1700000000.000200", api.responseUrl("sc")));

    assertEquals("added white_check_mark 1700000000.000200 U0001", handled.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertEquals("removed white_check_mark", handled.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertEquals("shortcut ship it in 1700000000.000200", handled.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
  }

  @Test
  void appHomeOpenedPublishesAView() {
    slack.event(Payloads.appHomeOpened("Ev0004", "U0001"));

    Call publish = api.awaitCall("views.publish", WAIT);
    assertEquals("U0001", publish.param("user_id"));
    assertEquals("home", publish.params().getAsJsonObject("view").get("type").getAsString());
  }

  @Test
  void urlVerificationEchoesTheChallenge() {
    var response = slack.event(Payloads.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));

    assertEquals(200, response.status());
    assertTrue(response.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), response.body());
  }

  @Test
  void tamperedExpiredAndUnsignedRequestsAreRefused() {
    String body = SlackClient.form(Payloads.slashCommand("/kith", "x", "U0001", "C0001", api.responseUrl("c")));
    long now = slack.now();

    var tampered = slack.post(body, SlackClient.FORM, Map.of(SlackSigner.SIGNATURE_HEADER, "v0=00"), now);
    var expired = slack.post(body, SlackClient.FORM, Map.of(), now - 6 * 60);
    var unsigned = slack.unsigned(body, SlackClient.FORM);
    JsonObject mention = Payloads.appMention("Ev0005", "U0001", "C0001", "<@UKITHBOT> hi", "1700000000.000400", null);
    var forged = slack.post(mention.toString(), SlackClient.JSON,
        Map.of(SlackSigner.SIGNATURE_HEADER, new SlackSigner("not-the-secret").signature(mention.toString(), now)),
        now);

    assertEquals(401, tampered.status());
    assertEquals(401, expired.status());
    assertEquals(401, unsigned.status());
    assertEquals(401, forged.status());
    assertTrue(api.calls("chat.postMessage").isEmpty());
  }
}
