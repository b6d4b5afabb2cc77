package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kith.TestClock;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connected iCalendar feed, served from this machine, turned into briefs before meetings with people in the
 * notes. The clock stands at a Monday evening; the sync looks one day ahead, so Tuesday's meetings are in view.
 */
class CalendarSyncIT {
  static final String USER = "U0NORA";
  static final String CHANNEL = "C0GENERAL";
  /** Monday 2 March 2026, 20:00 UTC. */
  static final Instant MONDAY_EVENING = Instant.parse("2026-03-02T20:00:00Z");
  /** The path of the feed: the secret part of the address, never to be shown back. */
  static final String SECRET_PATH = "/calendar/ical/nora%40kith.test/private-5ecr3t7ok3n/basic.ics";

  @TempDir Path temp;
  final TestClock clock = new TestClock(MONDAY_EVENING);
  final CalendarServer calendar = new CalendarServer();
  KithHarness kith;
  BriefRows rows;

  void start() throws Exception {
    kith = new KithHarness(temp);
    kith.clock = clock;
    kith.start();
    kith.slack.putUser(USER, "Nora Young", "nora", "nora.young@kith.test", "America/New_York");
    rows = new BriefRows(() -> kith.wiring.database().jdbi());
  }

  @AfterEach
  void stop() throws Exception {
    if (kith != null) {
      kith.close();
    }
    calendar.close();
  }

  String brief(String text) {
    JsonObject reply = kith.client.slashCommand(Payloads.slashCommand("/brief", text, USER, CHANNEL,
        kith.slack.responseUrl("brief"))).json().getAsJsonObject();
    return reply.get("text").getAsString();
  }

  void connect() {
    String reply = brief("calendar " + calendar.url(SECRET_PATH));
    assertTrue(reply.startsWith("Connected your calendar"), reply);
    assertFalse(reply.contains("private-5ecr3t7ok3n"), reply);
  }

  void sync() {
    kith.wiring.calendarSync().syncAll();
  }

  BriefRows.Row briefFor(String meetingKey) {
    return rows.all().stream().filter(row -> meetingKey.equals(row.meetingKey())).findFirst()
        .orElseThrow(() -> new AssertionError("no brief for " + meetingKey + " in " + rows.all()));
  }

  /** A one-off meeting's brief, found by its title: how its key is made is the feed reader's business. */
  BriefRows.Row briefTitled(String title) {
    return rows.all().stream().filter(row -> title.equals(row.title())).findFirst()
        .orElseThrow(() -> new AssertionError("no brief titled " + title + " in " + rows.all()));
  }

  long id(String name) {
    return kith.contactId(name);
  }

  static String header(Call message) {
    return message.params().getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text")
        .get("text").getAsString();
  }

  @Test
  void briefsAreScheduledBeforeMeetingsWithKnownPeopleByEmailOrByName() throws Exception {
    start();
    calendar.serveFixture("meetings.ics");
    connect();

    sync();

    List<BriefRows.Row> scheduled = rows.all();
    assertEquals(2, scheduled.size(), scheduled::toString);
    BriefRows.Row byEmail = briefTitled("Partner review");
    assertEquals(Instant.parse("2026-03-03T15:00:00Z"), byEmail.meetingStart());
    assertEquals(Instant.parse("2026-03-03T14:45:00Z"), byEmail.dueAt(), "KITH_BRIEF_LEAD_MINUTES is 15 by default");
    assertEquals(List.of(id("Priya Raman")), rows.people(byEmail.id()), "found by email, whatever the CN says");
    BriefRows.Row byName = briefTitled("Platform sync");
    assertEquals(Instant.parse("2026-03-03T09:45:00Z"), byName.dueAt());
    assertEquals(List.of(id("Kushal Datta")), rows.people(byName.id()), "an unknown address, a known name");
    assertTrue(scheduled.stream().allMatch(row -> row.userId().equals(USER) && row.state().equals("scheduled")));

    sync();
    sync();
    assertEquals(scheduled, rows.all(), "syncing again adds nothing and changes nothing");
  }

  @Test
  void atTheDueMinuteTheMeetingBriefIsSentWithItsTitle() throws Exception {
    start();
    calendar.serveFixture("meetings.ics");
    connect();
    sync();

    clock.set(Instant.parse("2026-03-03T09:44:59Z"));
    assertEquals(0, kith.wiring.briefs().scheduler().sendDue());
    clock.set(Instant.parse("2026-03-03T09:45:00Z"));
    sync();
    assertEquals(1, kith.wiring.briefs().scheduler().sendDue());

    List<Call> messages = kith.slack.calls("chat.postMessage");
    assertEquals(1, messages.size(), messages::toString);
    assertEquals("Brief: Platform sync", header(messages.get(0)));
    assertTrue(messages.get(0).params().toString().contains("Kushal Datta"), messages.get(0)::toString);
    assertEquals("sent", briefTitled("Platform sync").state());

    sync();
    assertEquals(2, rows.all().size(), "a sent brief is not scheduled again");
    assertEquals(0, kith.wiring.briefs().scheduler().sendDue());
    assertEquals(1, kith.slack.calls("chat.postMessage").size());
  }

  @Test
  void aWeeklySeriesInBerlinGetsItsBriefsAtTheRightMinuteWeekAfterWeek() throws Exception {
    kith = new KithHarness(temp);
    kith.env.put("KITH_BRIEF_LEAD_MINUTES", "5");
    kith.clock = clock;
    kith.start();
    kith.slack.putUser(USER, "Nora Young", "nora", "nora.young@kith.test", "America/New_York");
    rows = new BriefRows(() -> kith.wiring.database().jdbi());
    calendar.serveFixture("weekly.ics");
    connect();

    // Each Monday evening the sync sees Tuesday's occurrence, if there is one.
    for (int week = 0; week < 7; week++) {
      clock.set(MONDAY_EVENING.plus(Duration.ofDays(7L * week)));
      sync();
    }

    String uid = "apollo-weekly@kith.test|";
    assertEquals(Set.of(
            uid + "2026-03-03T09:00:00Z due 2026-03-03T08:55:00Z Apollo weekly",
            // 10 March: an EXDATE with the series' TZID. 17 March: moved to 14:30 by an override.
            uid + "2026-03-17T09:00:00Z due 2026-03-17T13:25:00Z Apollo weekly (moved)",
            // 24 March: cancelled by an override. 31 March: summer time, 10:00 is 08:00 UTC.
            uid + "2026-03-31T08:00:00Z due 2026-03-31T07:55:00Z Apollo weekly",
            // 7 April: an EXDATE written in UTC.
            uid + "2026-04-14T08:00:00Z due 2026-04-14T07:55:00Z Apollo weekly"),
        Set.copyOf(rows.all().stream().map(row -> row.meetingKey() + " due " + row.dueAt() + " " + row.title())
            .toList()));
    BriefRows.Row moved = briefFor(uid + "2026-03-17T09:00:00Z");
    assertEquals(Instant.parse("2026-03-17T13:30:00Z"), moved.meetingStart());
    assertEquals(List.of(id("Kushal Datta"), id("Priya Raman")).stream().sorted().toList(), rows.people(moved.id()));
  }

  @Test
  void aMovedOccurrenceMovesItsBrief() throws Exception {
    start();
    calendar.serveFixture("standup.ics");
    connect();
    sync();
    BriefRows.Row before = briefFor("standup@kith.test|2026-03-03T08:30:00Z");
    assertEquals(Instant.parse("2026-03-03T08:15:00Z"), before.dueAt(), "09:30 in Berlin without a VTIMEZONE");

    calendar.serveFixture("standup-moved.ics");
    sync();

    BriefRows.Row after = rows.only();
    assertEquals(before.id(), after.id(), "the same brief, moved");
    assertEquals("standup@kith.test|2026-03-03T08:30:00Z", after.meetingKey());
    assertEquals(Instant.parse("2026-03-03T10:30:00Z"), after.meetingStart());
    assertEquals(Instant.parse("2026-03-03T10:15:00Z"), after.dueAt());
    assertEquals("scheduled", after.state());
  }

  @Test
  void aMovedMeetingMovesItsBrief() throws Exception {
    start();
    calendar.serveFixture("roadmap.ics");
    connect();
    sync();
    BriefRows.Row before = rows.only();
    assertEquals(Instant.parse("2026-03-03T14:45:00Z"), before.dueAt());

    calendar.serveFixture("roadmap-moved.ics");
    sync();

    assertEquals(1, rows.inState("scheduled").size(), rows.all()::toString);
    BriefRows.Row after = rows.inState("scheduled").get(0);
    assertEquals(before.id(), after.id(), "the same brief, moved: " + rows.all());
    assertEquals(Instant.parse("2026-03-03T17:00:00Z"), after.meetingStart());
    assertEquals(Instant.parse("2026-03-03T16:45:00Z"), after.dueAt());
  }

  @Test
  void aMeetingMovedBeyondTheNextDayStillGetsItsBriefWhenItComesNear() throws Exception {
    start();
    calendar.serveFixture("roadmap.ics");
    connect();
    sync();
    assertEquals(Instant.parse("2026-03-03T14:45:00Z"), rows.only().dueAt());

    calendar.serveFixture("roadmap-next-week.ics");
    sync();
    assertEquals(List.of(), rows.inState("scheduled"), "not before the old time: " + rows.all());

    clock.set(Instant.parse("2026-03-08T20:00:00Z"));
    sync();

    assertEquals(1, rows.inState("scheduled").size(), rows.all()::toString);
    assertEquals(Instant.parse("2026-03-09T14:45:00Z"), rows.inState("scheduled").get(0).dueAt());
  }

  @Test
  void anOccurrenceMovedBeyondTheNextDayStillGetsItsBriefWhenItComesNear() throws Exception {
    start();
    calendar.serveFixture("standup.ics");
    connect();
    sync();
    assertEquals(Instant.parse("2026-03-03T08:15:00Z"), rows.only().dueAt());

    // Tuesday's standup moves to the next Monday, 16:00 in Berlin: out of the day ahead for now.
    calendar.serveFixture("standup-next-week.ics");
    sync();
    assertEquals(List.of(), rows.inState("scheduled"), "not before the old time: " + rows.all());

    clock.set(Instant.parse("2026-03-08T20:00:00Z"));
    sync();

    BriefRows.Row moved = briefFor("standup@kith.test|2026-03-03T08:30:00Z");
    assertEquals("scheduled", moved.state(), rows.all()::toString);
    assertEquals(Instant.parse("2026-03-09T15:00:00Z"), moved.meetingStart());
    assertEquals(Instant.parse("2026-03-09T14:45:00Z"), moved.dueAt());
    assertEquals("scheduled", briefFor("standup@kith.test|2026-03-09T08:30:00Z").state(), "Monday's own standup");
  }

  @Test
  void aCalendarBriefTheUserCancelledStaysCancelled() throws Exception {
    start();
    calendar.serveFixture("meetings.ics");
    connect();
    sync();
    assertEquals("Cancelled the brief on Platform sync.", brief("cancel 1"));

    sync();
    calendar.serveFixture("meetings.ics");
    sync();

    assertEquals("cancelled", briefTitled("Platform sync").state());
    assertEquals(2, rows.all().size(), rows.all()::toString);
    clock.set(Instant.parse("2026-03-03T09:45:00Z"));
    assertEquals(0, kith.wiring.briefs().scheduler().sendDue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"roadmap-cancelled.ics", "roadmap-removed.ics"})
  void aCancelledOrRemovedMeetingCancelsItsBrief(String fixture) throws Exception {
    start();
    calendar.serveFixture("roadmap.ics");
    connect();
    sync();
    assertEquals("scheduled", rows.only().state());

    calendar.serveFixture(fixture);
    sync();

    assertEquals("cancelled", rows.only().state());
    clock.set(Instant.parse("2026-03-03T14:45:00Z"));
    assertEquals(0, kith.wiring.briefs().scheduler().sendDue());
    assertEquals(List.of(), kith.slack.calls("chat.postMessage"));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 404})
  void aCalendarThatCannotBeReadIsReportedOnceWithTheReason(int status) throws Exception {
    start();
    calendar.fail(status);
    connect();

    sync();
    sync();
    assertEquals(List.of(), kith.slack.calls("chat.postMessage"), "not after two failures");
    sync();

    List<Call> told = kith.slack.calls("chat.postMessage");
    assertEquals(1, told.size(), told::toString);
    assertEquals("D0001", told.get(0).param("channel"));
    assertEquals(USER, kith.slack.calls("conversations.open").get(0).param("users"));
    String text = told.get(0).param("text");
    assertTrue(text.contains("HTTP " + status), text);
    assertTrue(text.contains("couldn't read your calendar"), text);
    assertFalse(text.contains("private-5ecr3t7ok3n"), text);

    sync();
    sync();
    sync();
    assertEquals(1, kith.slack.calls("chat.postMessage").size(), "told once");
    assertEquals(6, calendar.reads(), "still read on every pass");
    assertTrue(brief("calendar").contains("HTTP " + status));
  }

  @Test
  void aCalendarThatRecoversAndFailsAgainIsReportedAgain() throws Exception {
    start();
    calendar.fail(500);
    connect();
    sync();
    sync();
    sync();
    assertEquals(1, kith.slack.calls("chat.postMessage").size());

    calendar.serveFixture("meetings.ics");
    sync();
    calendar.fail(500);
    sync();
    sync();
    sync();

    assertEquals(2, kith.slack.calls("chat.postMessage").size());
  }

  @Test
  void oneUsersHomeTabFailingDoesNotStopTheOtherCalendars() throws Exception {
    start();
    calendar.serveFixture("meetings.ics");
    String anna = "U0ANNA";
    kith.slack.putUser(anna, "Anna Berg", "anna", "anna.berg@kith.test", "Europe/Berlin");
    kith.client.slashCommand(Payloads.slashCommand("/brief", "calendar " + calendar.url("/anna/basic.ics"), anna,
        CHANNEL, kith.slack.responseUrl("anna")));
    connect();
    // Anna's calendar is read first; publishing her Home tab fails (she left the workspace, say).
    kith.slack.failNext("views.publish", "account_inactive");

    sync();

    assertEquals(2, rows.all().stream().filter(row -> row.userId().equals(anna)).count(), rows.all()::toString);
    assertEquals(2, rows.all().stream().filter(row -> row.userId().equals(USER)).count(),
        "Nora's calendar is read in the same pass: " + rows.all());
  }

  @Test
  void statusNeverShowsTheSecretAddressAndOffDisconnects() throws Exception {
    start();
    assertTrue(brief("calendar").startsWith("No calendar connected"));
    calendar.serveFixture("meetings.ics");
    connect();

    String unread = brief("calendar");
    assertTrue(unread.contains("is connected") && unread.contains("not read yet"), unread);
    assertFalse(unread.contains("private-5ecr3t7ok3n") || unread.contains("/calendar/ical"), unread);
    sync();
    clock.advance(Duration.ofMinutes(3));
    String read = brief("calendar");
    assertTrue(read.contains("last read 3 min ago"), read);
    assertFalse(read.contains(SECRET_PATH) || read.contains("private-5ecr3t7ok3n"), read);

    assertEquals("Disconnected your calendar; Kith no longer reads it.", brief("calendar off"));

    assertTrue(brief("calendar").startsWith("No calendar connected"));
    int reads = calendar.reads();
    sync();
    assertEquals(reads, calendar.reads(), "a disconnected calendar is not read");
    assertEquals("No calendar was connected.", brief("calendar off"));
  }

  @Test
  void disconnectingTheCalendarCancelsTheBriefsItScheduled() throws Exception {
    start();
    calendar.serveFixture("meetings.ics");
    connect();
    sync();
    brief("Kushal at 14:30");
    assertEquals(3, rows.inState("scheduled").size());

    brief("calendar off");

    assertEquals(List.of("Kushal Datta"), rows.inState("scheduled").stream().map(BriefRows.Row::title).toList(),
        "the briefs of a calendar Kith no longer reads are not sent; the one asked for by hand is");
    clock.set(Instant.parse("2026-03-03T14:45:00Z"));
    kith.wiring.briefs().scheduler().sendDue();
    assertTrue(kith.slack.calls("chat.postMessage").stream().noneMatch(call -> call.params().toString()
        .contains("Partner review")), () -> kith.slack.calls("chat.postMessage").toString());
  }

  @Test
  void slackWrappedAndWebcalAddressesAreAccepted() throws Exception {
    start();
    assertTrue(brief("calendar <" + calendar.url("/a/basic.ics") + "|" + calendar.url("/a/basic.ics") + ">")
        .startsWith("Connected your calendar"));
    assertTrue(brief("calendar webcal://calendar.example.com/published/2/s3cr3tT0k3n")
        .startsWith("Connected your calendar"));
    String status = brief("calendar");
    assertTrue(status.startsWith("Your calendar (https://calendar.example.com/"), status);
    assertFalse(status.contains("published"), status);
  }

  @Test
  void anAddressThatIsNotACalendarIsRefused() throws Exception {
    start();
    assertTrue(brief("calendar http://example.com/cal.ics").startsWith("That doesn't look like a calendar feed"),
        "plain http only to this machine");
    assertTrue(brief("calendar lunchtime").startsWith("That doesn't look like a calendar feed"));
    assertTrue(brief("calendar").startsWith("No calendar connected"));
  }
}
