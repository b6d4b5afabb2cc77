package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kith.TestClock;
import kith.brief.BriefIds;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kith's Home tab: published when opened, published again when the briefs on it change. */
class HomeTabIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String USER = "U0NORA";
  static final String CHANNEL = "C0GENERAL";
  static final Instant NOW = Instant.parse("2026-03-02T20:00:00Z");

  @TempDir Path temp;
  final TestClock clock = new TestClock(NOW);
  final CalendarServer calendar = new CalendarServer();
  KithHarness kith;

  @BeforeEach
  void start() throws Exception {
    kith = new KithHarness(temp);
    kith.clock = clock;
    kith.start();
    kith.slack.putUser(USER, "Nora Young", "nora", "nora.young@kith.test", "Europe/Berlin");
  }

  @AfterEach
  void stop() throws Exception {
    kith.close();
    calendar.close();
  }

  String brief(String text) {
    return kith.client.slashCommand(Payloads.slashCommand("/brief", text, USER, CHANNEL,
        kith.slack.responseUrl("brief"))).json().getAsJsonObject().get("text").getAsString();
  }

  /** The view of the latest views.publish, after checking it is a Home tab for {@link #USER}. */
  JsonObject lastHome() {
    List<Call> published = kith.slack.calls("views.publish");
    assertFalse(published.isEmpty(), "views.publish was not called: " + kith.slack.calls());
    Call last = published.get(published.size() - 1);
    assertEquals(USER, last.param("user_id"));
    JsonObject view = last.params().getAsJsonObject("view");
    assertEquals("home", view.get("type").getAsString());
    return view;
  }

  static List<String> actionIds(JsonObject view) {
    List<String> ids = new ArrayList<>();
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      JsonObject accessory = block.getAsJsonObject().getAsJsonObject("accessory");
      if (accessory != null && accessory.has("action_id")) {
        ids.add(accessory.get("action_id").getAsString());
      }
    }
    return ids;
  }

  @Test
  void openingTheHomeTabPublishesIt() {
    assertEquals(200, kith.client.event(Payloads.appHomeOpened("EvHome1", USER)).status());

    kith.slack.awaitCall("views.publish", WAIT);
    JsonObject view = lastHome();
    String json = view.toString();
    assertTrue(json.contains("Upcoming briefs"), json);
    assertTrue(json.contains("None scheduled"), json);
    assertTrue(json.contains("No calendar connected"), json);
    assertEquals(List.of(BriefIds.LOOKUP), actionIds(view));
  }

  @Test
  void openingTheMessagesTabPublishesNothing() {
    JsonObject envelope = Payloads.appHomeOpened("EvHome0", USER);
    envelope.getAsJsonObject("event").addProperty("tab", "messages");

    assertEquals(200, kith.client.event(envelope).status());

    assertEquals(List.of(), kith.slack.calls("views.publish"));
  }

  @Test
  void schedulingABriefPublishesItWithACancelButton() {
    kith.client.event(Payloads.appHomeOpened("EvHome2", USER));
    int before = kith.slack.calls("views.publish").size();

    brief("Kushal at 14:30");

    assertEquals(before + 1, kith.slack.calls("views.publish").size());
    JsonObject view = lastHome();
    String json = view.toString();
    assertTrue(json.contains("Kushal Datta"), json);
    assertTrue(json.contains("Tue 3 Mar, 14:30"), "in the user's zone: " + json);
    assertEquals(List.of(BriefIds.LOOKUP, BriefIds.CANCEL), actionIds(view));
  }

  @Test
  void cancellingFromTheHomeTabPublishesItWithoutTheBrief() {
    brief("Kushal at 14:30");
    JsonObject withBrief = lastHome();
    String id = withBrief.getAsJsonArray("blocks").asList().stream()
        .map(block -> block.getAsJsonObject().getAsJsonObject("accessory"))
        .filter(accessory -> accessory != null && BriefIds.CANCEL.equals(accessory.get("action_id").getAsString()))
        .findFirst().orElseThrow().get("value").getAsString();
    int before = kith.slack.calls("views.publish").size();

    kith.client.interactivity(Payloads.blockAction(BriefIds.CANCEL, id, USER, "D0001",
        kith.slack.responseUrl("home"), "1700000000.000100"));

    assertEquals(before + 1, kith.slack.calls("views.publish").size());
    String json = lastHome().toString();
    assertFalse(json.contains("Kushal Datta"), json);
    assertTrue(json.contains("Upcoming briefs"), json);
  }

  @Test
  void aCalendarSyncThatSchedulesBriefsPublishesThem() {
    calendar.serveFixture("meetings.ics");
    brief("calendar " + calendar.url("/private/cal.ics"));
    int before = kith.slack.calls("views.publish").size();

    kith.wiring.calendarSync().syncAll();

    assertEquals(before + 1, kith.slack.calls("views.publish").size());
    String json = lastHome().toString();
    assertTrue(json.contains("Partner review") && json.contains("Platform sync"), json);
    assertTrue(json.contains("from your calendar"), json);

    kith.wiring.calendarSync().syncAll();
    assertEquals(before + 1, kith.slack.calls("views.publish").size(), "nothing changed, nothing published");
  }

  @Test
  void theLookupButtonOpensTheLookupModal() {
    kith.client.interactivity(Payloads.blockAction(BriefIds.LOOKUP, "", USER, "D0001",
        kith.slack.responseUrl("lookup"), "1700000000.000100"));

    Call open = kith.slack.awaitCall("views.open", WAIT);
    JsonObject view = open.params().getAsJsonObject("view");
    assertEquals("modal", view.get("type").getAsString());
    assertEquals(BriefIds.LOOKUP_VIEW, view.get("callback_id").getAsString());
    assertTrue(open.param("trigger_id") != null && !open.param("trigger_id").isEmpty());
  }
}
