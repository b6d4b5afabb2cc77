package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /brief}: scheduling in the user's own time zone, listing, cancelling, and a brief right now. */
class BriefsIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String USER = "U0NORA";
  static final String OTHER_USER = "U0OTTO";
  static final String CHANNEL = "C0GENERAL";
  /** Friday 30 October 2026, 22:00 in New York (EDT) but already Saturday in UTC: "tomorrow" must be the user's. */
  static final Instant NOW = Instant.parse("2026-10-31T02:00:00Z");

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
    kith.slack.putUser(OTHER_USER, "Otto Berg", "otto", "otto.berg@kith.test", "Europe/Berlin");
    rows = new BriefRows(() -> kith.wiring.database().jdbi());
  }

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  JsonObject brief(String user, String text) {
    return kith.client.slashCommand(Payloads.slashCommand("/brief", text, user, CHANNEL,
        kith.slack.responseUrl("brief"))).json().getAsJsonObject();
  }

  JsonObject brief(String text) {
    return brief(USER, text);
  }

  static String text(JsonObject reply) {
    return reply.get("text").getAsString();
  }

  /** The Cancel buttons of a list, in order, as their values (the brief ids). */
  static List<String> cancelButtons(JsonObject reply) {
    List<String> values = new ArrayList<>();
    JsonArray blocks = reply.has("blocks") ? reply.getAsJsonArray("blocks") : new JsonArray();
    for (JsonElement block : blocks) {
      JsonObject accessory = block.getAsJsonObject().getAsJsonObject("accessory");
      if (accessory != null && BriefIds.CANCEL.equals(accessory.get("action_id").getAsString())) {
        assertEquals("button", accessory.get("type").getAsString());
        values.add(accessory.get("value").getAsString());
      }
    }
    return values;
  }

  @ParameterizedTest(name = "/brief Kushal {0}")
  @CsvSource(delimiter = '|', textBlock = """
      at 14:30               | 2026-10-31T18:30:00Z | on Sat 31 Oct, 14:30 (America/New_York)
      in 45m                 | 2026-10-31T02:45:00Z | on Fri 30 Oct, 22:45 (America/New_York)
      tomorrow 9:00          | 2026-10-31T13:00:00Z | on Sat 31 Oct, 09:00 (America/New_York)
      on 2026-12-01 08:00    | 2026-12-01T13:00:00Z | on Tue 1 Dec, 08:00 (America/New_York)
      """)
  void everyFormIsReadInTheUsersTimeZone(String when, String dueAt, String confirmation) {
    JsonObject reply = brief("Kushal " + when);

    assertEquals("ephemeral", reply.get("response_type").getAsString());
    assertEquals("I'll DM you a brief on Kushal Datta " + confirmation + ".", text(reply));
    BriefRows.Row row = rows.only();
    assertEquals(Instant.parse(dueAt), row.dueAt());
    assertEquals(USER, row.userId());
    assertEquals("Kushal Datta", row.title());
    assertEquals("scheduled", row.state());
    assertEquals(null, row.meetingKey());
    assertEquals(List.of(kith.contactId("Kushal Datta")), rows.people(row.id()));
  }

  @Test
  void anAmbiguousNameSaysWhoMatchedAndSchedulesNothing() {
    String reply = text(brief("Sam at 14:30"));

    assertTrue(reply.startsWith("Several people match \"Sam\""), reply);
    assertTrue(reply.contains("Sam Carter") && reply.contains("Sam Okafor"), reply);
    assertEquals(0, rows.all().size());
  }

  @Test
  void aTimeItCannotReadGetsTheFormsThatWork() {
    String reply = text(brief("Kushal at lunchtime"));

    assertTrue(reply.contains("\"at lunchtime\""), reply);
    for (String form : List.of("at 14:30", "in 45m", "tomorrow 9:00", "on 2026-12-01 08:00")) {
      assertTrue(reply.contains(form), form + " in " + reply);
    }
    assertEquals(List.of(), rows.all());
  }

  @Test
  void listShowsTheScheduledBriefsSoonestFirstEachWithACancelButton() {
    brief("Kushal at 14:30");
    brief("Priya in 45m");

    JsonObject list = brief("list");

    String json = list.toString();
    assertTrue(json.indexOf("Priya Raman") < json.indexOf("Kushal Datta"), json);
    assertTrue(json.contains("Fri 30 Oct, 22:45") && json.contains("Sat 31 Oct, 14:30"), "in the user's zone: " + json);
    long priya = rows.all().stream().filter(r -> r.title().equals("Priya Raman")).findFirst().orElseThrow().id();
    long kushal = rows.all().stream().filter(r -> r.title().equals("Kushal Datta")).findFirst().orElseThrow().id();
    assertEquals(List.of(String.valueOf(priya), String.valueOf(kushal)), cancelButtons(list));
  }

  @Test
  void cancelByNumberCancelsThatBrief() {
    brief("Kushal at 14:30");
    brief("Priya in 45m");
    long priya = rows.all().stream().filter(r -> r.title().equals("Priya Raman")).findFirst().orElseThrow().id();

    assertEquals("Cancelled the brief on Priya Raman.", text(brief("cancel 1")));

    assertEquals("cancelled", rows.byId(priya).state());
    assertEquals(1, rows.inState("scheduled").size());
    assertEquals(1, cancelButtons(brief("list")).size());
    assertTrue(text(brief("cancel 2")).startsWith("There is no brief 2"));
  }

  @Test
  void theCancelButtonCancelsTheBriefOfWhoeverClicksIt() {
    brief("Kushal at 14:30");
    String id = cancelButtons(brief("list")).get(0);

    kith.client.interactivity(Payloads.blockAction(BriefIds.CANCEL, id, OTHER_USER, CHANNEL,
        kith.slack.responseUrl("other"), "1700000000.000100"));
    assertEquals("That brief is no longer scheduled.",
        kith.slack.awaitCall("response_url:other", WAIT).param("text"));
    assertEquals("scheduled", rows.only().state(), "someone else's click cancels nothing");

    assertEquals(200, kith.client.interactivity(Payloads.blockAction(BriefIds.CANCEL, id, USER, CHANNEL,
        kith.slack.responseUrl("cancel"), "1700000000.000100")).status());

    assertEquals("Cancelled the brief on Kushal Datta.", kith.slack.awaitCall("response_url:cancel", WAIT).param("text"));
    assertEquals("cancelled", rows.only().state());
    assertTrue(text(brief("list")).contains("no briefs scheduled"));
  }

  @Test
  void aBriefWithoutATimeIsSentNowByDirectMessage() {
    JsonObject reply = brief("Kushal");

    assertEquals("Sent you a brief by DM.", text(reply));
    Call open = kith.slack.awaitCall("conversations.open", WAIT);
    assertEquals(USER, open.param("users"));
    Call dm = kith.slack.awaitCall("chat.postMessage", WAIT);
    assertEquals("D0001", dm.param("channel"));
    String header = dm.params().getAsJsonArray("blocks").get(0).getAsJsonObject()
        .getAsJsonObject("text").get("text").getAsString();
    assertTrue(header.startsWith("Brief"), header);
    assertEquals("Brief: Kushal Datta", header);
    assertEquals(List.of(), rows.all(), "nothing is scheduled for a brief sent at once");
  }

  @Test
  void aHomeTabThatCannotBePublishedDoesNotTurnTheScheduleIntoAnError() {
    kith.slack.failNext("views.publish", "fatal_error");

    String reply = text(brief("Kushal at 14:30"));

    assertEquals(1, rows.all().size(), "the brief is scheduled");
    assertEquals("I'll DM you a brief on Kushal Datta on Sat 31 Oct, 14:30 (America/New_York).", reply,
        "the answer says so, or the user asks again and gets two briefs");
  }

  @Test
  void aTimeWithoutANameAsksForTheName() {
    assertTrue(text(brief("at 14:30")).startsWith("Whose brief?"));
    assertFalse(text(brief("help")).isEmpty());
    assertEquals(List.of(), rows.all());
  }
}
