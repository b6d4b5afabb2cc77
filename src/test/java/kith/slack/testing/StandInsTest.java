package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.APP_TOKEN;
import static kith.slack.testing.TestWorkspace.BOT_TOKEN;
import static kith.slack.testing.TestWorkspace.SIGNING_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.socket_mode.SocketModeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kith.slack.testing.SlackApiStandIn.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-ins, driven by the real Slack SDK and Bolt, behave as Slack does where Kith can tell. */
class StandInsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final SlackApiStandIn api = new SlackApiStandIn();
  private final MethodsClient methods = api.slack().methods(BOT_TOKEN);

  @AfterEach
  void closeStandIn() {
    api.close();
  }

  @Test
  void postMessageIsRecordedWithTokenParamsAndParsedBlocks() throws Exception {
    ChatPostMessageResponse response = methods.chatPostMessage(r -> r
        .channel("C0001")
        .text("hello")
        .threadTs("1700000000.000100")
        .blocks(List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText("*hello*"))))));

    assertTrue(response.isOk(), response.getError());
    assertEquals("C0001", response.getChannel());
    assertEquals(response.getTs(), response.getMessage().getTs());
    Call call = api.awaitCall("chat.postMessage", WAIT);
    assertEquals("Bearer " + BOT_TOKEN, call.authorization());
    assertEquals(BOT_TOKEN, call.token());
    assertEquals("hello", call.param("text"));
    assertEquals("1700000000.000100", call.param("thread_ts"));
    JsonArray blocks = call.params().getAsJsonArray("blocks");
    JsonObject text = blocks.get(0).getAsJsonObject().getAsJsonObject("text");
    assertEquals("mrkdwn", text.get("type").getAsString());
    assertEquals("*hello*", text.get("text").getAsString());
  }

  @Test
  void failNextAnswersOkFalseOnceThenSucceeds() throws Exception {
    api.failNext("chat.postMessage", "channel_not_found");

    var failed = methods.chatPostMessage(r -> r.channel("C404").text("hello"));
    var next = methods.chatPostMessage(r -> r.channel("C404").text("hello"));

    assertFalse(failed.isOk());
    assertEquals("channel_not_found", failed.getError());
    assertTrue(next.isOk());
    assertEquals(2, api.calls("chat.postMessage").size());
  }

  @Test
  void rateLimitNextIsA429WithRetryAfter() {
    api.rateLimitNext("users.info", 7);

    SlackApiException thrown = assertThrows(SlackApiException.class, () -> methods.usersInfo(r -> r.user("U1")));

    assertEquals(429, thrown.getResponse().code());
    assertEquals("7", thrown.getResponse().header("Retry-After"));
    assertEquals("ratelimited", thrown.getError().getError());
  }

  @Test
  void scriptedAnswersQueueInOrder() throws Exception {
    api.serverErrorNext("auth.test", 503);
    api.failNext("auth.test", "invalid_auth");

    SlackApiException unavailable = assertThrows(SlackApiException.class, () -> methods.authTest(r -> r));
    var invalid = methods.authTest(r -> r);
    var fine = methods.authTest(r -> r);

    assertEquals(503, unavailable.getResponse().code());
    assertEquals("invalid_auth", invalid.getError());
    assertTrue(fine.isOk());
    assertEquals("UKITHBOT", fine.getUserId());
    assertEquals("BKITH", fine.getBotId());
    assertEquals("T0001", fine.getTeamId());
    assertNull(fine.getEnterpriseId());
  }

  @Test
  void delayNextHoldsTheAnswerUntilReleased() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    api.delayNext("chat.update", release);

    CompletableFuture<Boolean> update = CompletableFuture.supplyAsync(() -> {
      try {
        return methods.chatUpdate(r -> r.channel("C0001").ts("1700000000.000100").text("edited")).isOk();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    api.awaitCall("chat.update", WAIT);

    assertFalse(update.isDone());
    release.countDown();
    assertTrue(update.get(WAIT.toSeconds(), TimeUnit.SECONDS));
  }

  @Test
  void awaitCallFailsNamingTheCallsSeen() throws Exception {
    methods.authTest(r -> r);

    AssertionError error =
        assertThrows(AssertionError.class, () -> api.awaitCall("chat.postMessage", Duration.ofMillis(50)));

    assertTrue(error.getMessage().contains("auth.test"), error.getMessage());
  }

  @Test
  void usersAnswerWithTheirProfileOrAStandIn() throws Exception {
    api.putUser("U0001", "Kushal Datta", "kushal", "kushal@example.com", "Asia/Kolkata");

    var kushal = methods.usersInfo(r -> r.user("U0001")).getUser();
    var stranger = methods.usersInfo(r -> r.user("U0002")).getUser();
    var byEmail = methods.usersLookupByEmail(r -> r.email("kushal@example.com"));

    assertEquals("Kushal Datta", kushal.getRealName());
    assertEquals("kushal", kushal.getProfile().getDisplayName());
    assertEquals("Kushal Datta", kushal.getProfile().getRealName());
    assertEquals("kushal@example.com", kushal.getProfile().getEmail());
    assertEquals("Asia/Kolkata", kushal.getTz());
    assertEquals(19_800, kushal.getTzOffset());
    assertEquals("Europe/London", stranger.getTz());
    assertEquals("U0001", byEmail.getUser().getId());
    assertEquals("users_not_found", methods.usersLookupByEmail(r -> r.email("nobody@example.com")).getError());
  }

  @Test
  void usergroupMembersAreConfigurable() throws Exception {
    api.setUsergroupMembers("S0001", List.of("U0001", "U0002"));

    assertEquals(List.of("U0001", "U0002"), methods.usergroupsUsersList(r -> r.usergroup("S0001")).getUsers());
    assertEquals("no_such_subteam", methods.usergroupsUsersList(r -> r.usergroup("S0404")).getError());
  }

  @Test
  void historyRepliesAndReactionsComeFromPutMessages() throws Exception {
    api.putMessage("C0001", "1700000000.000100", null, "U0001", "older");
    api.putMessage("C0001", "1700000000.000200", "1700000000.000200", "U0001", "we decided: ship it");
    api.putMessage("C0001", "1700000000.000300", "1700000000.000200", "U0002", "agreed");
    api.putMessage("C0001", "1700000000.000400", null, "U0002", "newer");
    api.addReaction("C0001", "1700000000.000200", "white_check_mark", "U0002");

    var one = methods.conversationsHistory(r -> r
        .channel("C0001").latest("1700000000.000200").inclusive(true).limit(1));
    var thread = methods.conversationsReplies(r -> r.channel("C0001").ts("1700000000.000300"));
    var reactions = methods.reactionsGet(r -> r.channel("C0001").timestamp("1700000000.000200"));

    assertEquals(1, one.getMessages().size());
    assertEquals("we decided: ship it", one.getMessages().get(0).getText());
    assertEquals(1, one.getMessages().get(0).getReplyCount());
    assertTrue(one.isHasMore());
    assertEquals(List.of("we decided: ship it", "agreed"),
        thread.getMessages().stream().map(m -> m.getText()).toList());
    assertEquals("white_check_mark", reactions.getMessage().getReactions().get(0).getName());
    assertEquals("thread_not_found", methods.conversationsReplies(r -> r.channel("C0001").ts("1.2")).getError());
  }

  @Test
  void permalinkAndDmAnswersAreShapedLikeSlacks() throws Exception {
    var permalink = methods.chatGetPermalink(r -> r.channel("C0001").messageTs("1700000000.000200"));
    var dm = methods.conversationsOpen(r -> r.users(List.of("U0001")));

    assertEquals("https://example.slack.com/archives/C0001/p1700000000000200", permalink.getPermalink());
    assertEquals("D0001", dm.getChannel().getId());
  }

  @Test
  void responseUrlPostsAreRecordedAsCalls() throws Exception {
    var response = api.slack().send(api.responseUrl("cmd-1"), "{\"text\":\"done\",\"response_type\":\"ephemeral\"}");

    assertEquals(200, response.getCode());
    Call call = api.awaitCall("response_url:cmd-1", WAIT);
    assertEquals("done", call.param("text"));
  }

  @Test
  void signaturesAreAcceptedByBoltsVerifier() {
    SlackSigner signer = new SlackSigner(SIGNING_SECRET);
    var verifier = new SlackSignature.Verifier(new SlackSignature.Generator(SIGNING_SECRET));
    String body = "command=%2Fkith&text=who+is+Kushal";
    long now = Instant.now().getEpochSecond();
    var headers = signer.headers(body, now);

    assertTrue(verifier.isValid(headers.get(SlackSigner.TIMESTAMP_HEADER), body,
        headers.get(SlackSigner.SIGNATURE_HEADER)));
    assertFalse(verifier.isValid(Long.toString(now), body + "&x=1", signer.signature(body, now)));
    assertFalse(verifier.isValid(Long.toString(now - 600), body, signer.signature(body, now - 600)));
  }

  @Test
  void socketModeAppConnectsReceivesACommandAndAcksWithItsPayload() throws Exception {
    try (SocketModeStandIn socket = new SocketModeStandIn()) {
      api.setSocketModeUrl(socket.wsUrl());
      App app = new App(AppConfig.builder().singleTeamBotToken(BOT_TOKEN).slack(api.slack()).build());
      app.command("/noop", (request, context) -> context.ack("pong"));
      SocketModeApp socketModeApp = new SocketModeApp(APP_TOKEN, app, SocketModeClient.Backend.JavaWebSocket);
      try {
        socketModeApp.startAsync();
        socket.awaitConnection(WAIT);

        String envelopeId = socket.sendSlashCommand(
            Payloads.slashCommand("/noop", "", "U0001", "C0001", api.responseUrl("noop")));
        JsonObject ack = socket.awaitAck(envelopeId, WAIT);

        assertEquals(envelopeId, ack.get("envelope_id").getAsString());
        assertEquals("pong", ack.getAsJsonObject("payload").get("text").getAsString());
        assertEquals(APP_TOKEN, api.awaitCall("apps.connections.open", WAIT).token());
        assertTrue(socket.received().get(0).contains(envelopeId));
      } finally {
        socketModeApp.close();
      }
    }
  }

  @Test
  void jsonBodiesAreRecordedAsParams() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api.url() + "chat.postMessage"))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Authorization", "Bearer " + BOT_TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"C0001\",\"blocks\":[{\"type\":\"divider\"}]}"))
        .build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertTrue(JsonParser.parseString(response.body()).getAsJsonObject().get("ok").getAsBoolean());
    Call call = api.awaitCall("chat.postMessage", WAIT);
    assertEquals("C0001", call.param("channel"));
    assertEquals("divider", call.params().getAsJsonArray("blocks").get(0).getAsJsonObject().get("type").getAsString());
  }
}
