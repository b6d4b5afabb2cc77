package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kith.contact.WhoIds;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import kith.slack.testing.SlackClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /who} and the card's buttons, end to end through Jetty with signed requests. */
class WhoCommandIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String USER = "U0ASKER";
  static final String CHANNEL = "C0GENERAL";

  @TempDir Path temp;
  KithHarness kith;

  @BeforeEach
  void start() throws Exception {
    kith = new KithHarness(temp).start();
  }

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  Response who(String text) {
    return kith.client.slashCommand(
        Payloads.slashCommand("/who", text, USER, CHANNEL, kith.slack.responseUrl("who")));
  }

  Response click(String actionId, String value) {
    return kith.client.interactivity(Payloads.blockAction(
        actionId, value, USER, CHANNEL, kith.slack.responseUrl("click"), "1700000000.000100"));
  }

  static JsonArray blocks(JsonObject message) {
    return message.getAsJsonArray("blocks");
  }

  static String header(JsonArray blocks) {
    return blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
  }

  static List<String> actionIds(JsonArray blocks) {
    List<String> ids = new ArrayList<>();
    for (JsonElement block : blocks) {
      JsonObject object = block.getAsJsonObject();
      if ("actions".equals(object.get("type").getAsString())) {
        object.getAsJsonArray("elements").forEach(e -> ids.add(e.getAsJsonObject().get("action_id").getAsString()));
      }
    }
    return ids;
  }

  @Test
  void answersWithTheCardOnlyToThePersonWhoAsked() {
    Response response = who("Kushal Datta");

    assertEquals(200, response.status());
    JsonObject body = response.json().getAsJsonObject();
    assertEquals("ephemeral", body.get("response_type").getAsString());
    assertEquals("Kushal Datta", header(blocks(body)));
    assertEquals(List.of(WhoIds.SHARE, WhoIds.BRIEF, WhoIds.MORE, WhoIds.DECISIONS, WhoIds.LINK_CHANNEL),
        actionIds(blocks(body)));
    assertTrue(body.toString().contains("Platform engineering lead, Apollo program"), body::toString);
  }

  @Test
  void findsAPersonTypedWithATypo() {
    assertEquals("Kushal Datta", header(blocks(who("kushal dutta").json().getAsJsonObject())));
  }

  @Test
  void withoutTextItExplainsItself() {
    JsonObject body = who("").json().getAsJsonObject();
    assertTrue(body.toString().contains("/who"), body::toString);
    assertFalse(body.toString().contains("Kushal Datta\""), body::toString);
  }

  @Test
  void severalMatchesGiveAPickerThatTurnsIntoTheChosenCard() {
    JsonObject picker = who("Sam").json().getAsJsonObject();
    assertTrue(picker.toString().contains("Sam Carter") && picker.toString().contains("Sam Okafor"), picker::toString);

    long okafor = kith.contactId("Sam Okafor");
    assertEquals(200, click(WhoIds.PICK + "_1", String.valueOf(okafor)).status());

    Call replaced = kith.slack.awaitCall("response_url:click", WAIT);
    assertTrue(replaced.params().get("replace_original").getAsBoolean());
    assertEquals("Sam Okafor", header(blocks(replaced.params())));
  }

  @Test
  void noMatchSaysSoWithTheClosestNames() {
    JsonObject body = who("Priyanka Rao").json().getAsJsonObject();
    assertTrue(body.get("text").getAsString().startsWith("No one matches \"Priyanka Rao\""), body::toString);
    assertTrue(body.toString().contains("Priya Raman"), body::toString);
  }

  @Test
  void shareInChannelPostsTheSameCardVisiblyMarkedAsShared() {
    click(WhoIds.SHARE, String.valueOf(kith.contactId("Kushal Datta")));

    Call shared = kith.slack.awaitCall("response_url:click", WAIT);
    assertEquals("in_channel", shared.params().get("response_type").getAsString());
    assertEquals("Kushal Datta", header(blocks(shared.params())));
    assertTrue(shared.params().toString().contains("<@" + USER + ">"), shared.params()::toString);
    assertFalse(actionIds(blocks(shared.params())).contains(WhoIds.SHARE));
  }

  @Test
  void briefMeSendsTheCardByDirectMessage() {
    click(WhoIds.BRIEF, String.valueOf(kith.contactId("Kushal Datta")));

    Call open = kith.slack.awaitCall("conversations.open", WAIT);
    assertEquals(USER, open.params().get("users").getAsString());
    Call dm = kith.slack.awaitCall("chat.postMessage", WAIT);
    assertEquals("D0001", dm.params().get("channel").getAsString());
    assertEquals("Brief: Kushal Datta", header(blocks(dm.params())));
    assertTrue(kith.slack.awaitCall("response_url:click", WAIT).params().get("text").getAsString().contains("DM"));
  }

  @Test
  void fileDecisionsHereLinksTheChannelToThePerson() {
    long kushal = kith.contactId("Kushal Datta");
    click(WhoIds.LINK_CHANNEL, String.valueOf(kushal));

    assertTrue(kith.slack.awaitCall("response_url:click", WAIT).params().get("text").getAsString()
        .startsWith("Decisions recorded in <#" + CHANNEL + "> are now filed under Kushal Datta"));
    long linked = kith.wiring.database().jdbi().withHandle(h -> h.createQuery(
        "SELECT COUNT(*) FROM channel_contact WHERE channel_id = :c AND contact_id = :id")
        .bind("c", CHANNEL).bind("id", kushal).mapTo(Long.class).one());
    assertEquals(1, linked);
  }

  @Test
  void moreReplacesTheCardWithItsNextPage() {
    click(WhoIds.MORE, kith.contactId("Kushal Datta") + ":1");

    Call page = kith.slack.awaitCall("response_url:click", WAIT);
    assertTrue(page.params().get("replace_original").getAsBoolean());
    String json = page.params().toString();
    assertTrue(json.contains("Kickoff planning"), json);
  }

  @Test
  void aSlackUserIsFoundByEmailAndLinkedForNextTime() {
    kith.slack.putUser("U0PRIYA", "Priya Raman", "priya", "priya.raman@example.com", "Europe/London");

    assertEquals("Priya Raman", header(blocks(who("<@U0PRIYA|priya>").json().getAsJsonObject())));
    assertEquals("Priya Raman", header(blocks(who("<@U0PRIYA|priya>").json().getAsJsonObject())));
    assertEquals(1, kith.slack.calls("users.info").size(), "the second lookup uses the link");
  }

  @Test
  void linkTiesASlackUserToAContact() {
    kith.slack.putUser("U0SAMO", "Samuel O.", "samo", "samo@elsewhere.example", "Europe/London");
    JsonObject linked = who("link <@U0SAMO|samo> Sam Okafor").json().getAsJsonObject();
    assertTrue(linked.get("text").getAsString().startsWith("Linked <@U0SAMO> to Sam Okafor"), linked::toString);

    assertEquals("Sam Okafor", header(blocks(who("<@U0SAMO>").json().getAsJsonObject())));
  }

  @Test
  void aSlackErrorGetsAShortExplanation() {
    kith.slack.failNext("users.info", "user_not_found");

    JsonObject body = who("<@U0GHOST>").json().getAsJsonObject();
    assertTrue(body.toString().contains("user_not_found"), body::toString);
  }

  @Test
  void aNameIsAnsweredInTheAcknowledgementWhileTheBackgroundThreadsAreBusy() throws Exception {
    kith.close();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try {
      kith = new KithHarness(temp.resolve("busy")).start(executor);
      executor.execute(() -> awaitQuietly(release)); // a brief, a write-back, a call sleeping out a rate limit…

      JsonObject ack = who("Kushal Datta").json().getAsJsonObject();

      assertTrue(ack.has("blocks"), () -> "the card, not a promise of one: " + ack);
      assertEquals("Kushal Datta", header(blocks(ack)));
      assertEquals("ephemeral", ack.get("response_type").getAsString());
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aSlowLookupIsAcknowledgedAndAnsweredThroughTheResponseUrl() throws Exception {
    kith.close();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      kith = new KithHarness(temp.resolve("slow")).start(executor);
      kith.slack.putUser("U0PRIYA", "Priya Raman", "priya", "priya.raman@example.com", "Europe/London");
      CountDownLatch release = new CountDownLatch(1);
      kith.slack.delayNext("users.info", release);

      JsonObject ack = who("<@U0PRIYA>").json().getAsJsonObject();
      assertEquals("Looking that up…", ack.get("text").getAsString());
      release.countDown();

      Call late = kith.slack.awaitCall("response_url:who", WAIT);
      assertEquals("Priya Raman", header(blocks(late.params())));
    } finally {
      executor.shutdownNow();
    }
  }
}
