package kith.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kith.contact.Card;
import kith.contact.SlackGolden;
import org.junit.jupiter.api.Test;

class BriefComposerTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Wed 25 Nov 2026, 14:30 in Berlin. */
  static final Instant MEETING = Instant.parse("2026-11-25T13:30:00Z");
  static final String PERMALINK = "https://acme.slack.com/archives/C0123ABCD/p1767600000123456";

  static Brief.Person kushal() {
    Card card = new Card(
        42, "Kushal Datta", false, List.of("KD"),
        "Staff Engineer", "Apollo", "Apollo team member; we pair on the data platform",
        "kushal@apollo.example", "Joined Apollo from Globex in 2023.",
        new Card.LastContact(LocalDate.of(2026, 1, 3), "interaction", "10 months ago"),
        List.of(
            new Card.Interaction(LocalDate.of(2026, 1, 3), null, "2026-01-03 - QBR prep",
                "Meetings/2026-01-03 - QBR prep", "Walked through the Q1 roadmap; he wants the pricing page reviewed",
                null),
            new Card.Interaction(LocalDate.of(2025, 11, 7), null, "Intro call", null,
                "Talked about the data platform migration", "Priya Shah"),
            new Card.Interaction(LocalDate.of(2025, 9, 12), null, null, null, "Lunch near the office", null),
            new Card.Interaction(null, "last spring", "Offsite", null, "Coffee between sessions", null),
            new Card.Interaction(null, null, null, null, "Mentioned he is moving to Berlin", null)),
        7,
        List.of("Prefers async updates", "Two kids, both in primary school", "Runs the Apollo reading group"),
        List.of(
            new Card.Task("Send him the pricing deck", LocalDate.of(2026, 11, 10)),
            new Card.Task("Review his RFC", LocalDate.of(2026, 9, 1)),
            new Card.Task("Intro him to Jeff", null)),
        List.of(
            new Card.Decision("We host the Q2 workshop", LocalDate.of(2026, 1, 5), PERMALINK, "slack", "U0REC"),
            new Card.Decision("Apollo moves to the annual plan", LocalDate.of(2025, 12, 12),
                "Meetings/2025-12-12 - Pricing", "note", null)),
        List.of("data platform", "pricing", "hiring"),
        List.of("Globex"), List.of("Apollo", "Data platform"), List.of("Priya Shah", "Jeff Denworth"),
        List.of(), List.of());
    return new Brief.Person(card, List.of(LocalDate.of(2026, 1, 3), LocalDate.of(2025, 11, 7),
        LocalDate.of(2025, 9, 12), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 3, 14),
        LocalDate.of(2024, 12, 1), LocalDate.of(2024, 10, 20)));
  }

  static Brief.Person priya() {
    Card card = new Card(
        57, "Priya Shah", false, List.of(),
        "Head of Partnerships", "Globex", "Our champion at Globex; signs off the renewal",
        null, null,
        new Card.LastContact(LocalDate.of(2026, 11, 2), "interaction", "3 weeks ago"),
        List.of(
            new Card.Interaction(LocalDate.of(2026, 11, 2), null, "2026-11-02 - Renewal check-in", null,
                "Renewal on track; wants SSO before she signs", null),
            new Card.Interaction(LocalDate.of(2026, 10, 14), null, "Pricing call", null,
                "Asked for a three-year price", "Kushal Datta")),
        2,
        List.of("Reports to the CFO"),
        List.of(new Card.Task("Send the SSO timeline", LocalDate.of(2026, 11, 20))),
        List.of(new Card.Decision("Globex pilots the analytics add-on", LocalDate.of(2026, 9, 15), null, "note",
            null)),
        List.of("renewal", "SSO"),
        List.of(), List.of(), List.of(), List.of(), List.of());
    return new Brief.Person(card, List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 14)));
  }

  static Brief.Person jeff() {
    Card card = new Card(
        58, "Jeff Denworth", false, List.of(), "VP Engineering", "Apollo", null, null, null, null,
        List.of(), 0, List.of(), List.of(),
        List.of(new Card.Decision("Apollo gets early access to the EU region", LocalDate.of(2026, 10, 1),
            "https://acme.slack.com/archives/C0999ZZZZ/p1759300000000100", "slack", "U0REC")),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return new Brief.Person(card, List.of());
  }

  static Brief onePerson() {
    return new Brief(null, null, List.of(kushal()));
  }

  static Brief meeting() {
    return new Brief("Apollo QBR", MEETING, List.of(kushal(), priya(), jeff()));
  }

  /** A card with only decisions, tasks and facts, for the rules about what is worth raising. */
  static Brief.Person person(List<Card.Task> tasks, List<Card.Decision> decisions, List<String> facts,
      List<LocalDate> interactionDates) {
    Card card = new Card(9, "Zoe Martin", false, List.of(), null, null, null, null, null, null, List.of(), 0, facts,
        tasks, decisions, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return new Brief.Person(card, interactionDates);
  }

  @Test
  void onePersonBriefMatchesItsGolden() {
    SlackGolden.assertGolden("brief-one-person.json", BriefComposer.blocks(onePerson(), TODAY, BERLIN));
  }

  @Test
  void meetingBriefMatchesItsGolden() {
    SlackGolden.assertGolden("brief-meeting.json", BriefComposer.blocks(meeting(), TODAY, BERLIN));
  }

  @Test
  void meetingTimeIsInTheReadersZone() {
    List<String> texts = SlackGolden.texts(BriefComposer.blocks(meeting(), TODAY, ZoneId.of("America/New_York")));
    assertEquals("Brief: Apollo QBR", texts.get(0));
    assertEquals("Wed 25 Nov, 08:30", texts.get(1));
    assertEquals("With Kushal Datta, Priya Shah, Jeff Denworth", texts.get(2));
  }

  @Test
  void fallbackNamesTheMeetingAndItsPeople() {
    assertEquals("Brief for Apollo QBR: Kushal Datta, Priya Shah and Jeff Denworth", BriefComposer.fallback(meeting()));
    assertEquals("Brief: Kushal Datta", BriefComposer.fallback(onePerson()));
    Brief many = new Brief(null, null, List.of(kushal(), priya(), jeff(), kushal()));
    assertEquals("Brief: Kushal Datta, Priya Shah, Jeff Denworth and 1 more", BriefComposer.fallback(many));
    Brief odd = new Brief("Sync <!channel> & co", null, List.of(jeff()));
    assertEquals("Brief for Sync &lt;!channel&gt; &amp; co: Jeff Denworth", BriefComposer.fallback(odd));
  }

  @Test
  void decisionFortyDaysOldWithNoLaterInteractionIsRaised() {
    LocalDate decided = TODAY.minusDays(40);
    Brief.Person zoe = person(List.of(), List.of(decision("Ship the beta", decided)), List.of(),
        List.of(decided, decided.minusDays(3)));
    assertEquals(List.of("Decided " + human(decided) + ", not discussed since"), phrases(zoe));
    assertTrue(SlackGolden.texts(brief(zoe)).contains("*Worth raising*\n• Decided 15 Oct 2026, not discussed since: "
        + "Ship the beta"));
  }

  @Test
  void decisionWithALaterInteractionIsNotRaised() {
    LocalDate decided = TODAY.minusDays(40);
    Brief.Person zoe = person(List.of(), List.of(decision("Ship the beta", decided)), List.of(),
        List.of(decided.plusDays(1)));
    assertEquals(List.of(), phrases(zoe));
    assertTrue(SlackGolden.texts(brief(zoe)).stream().noneMatch(text -> text.startsWith("*Worth raising*")));
  }

  @Test
  void recentDecisionIsNotRaised() {
    Brief.Person zoe = person(List.of(), List.of(decision("Ship the beta", TODAY.minusDays(20))), List.of(),
        List.of());
    assertEquals(List.of(), phrases(zoe));
  }

  @Test
  void taskDueFortyFiveDaysAgoIsRaisedButNotOneWithoutADueDate() {
    LocalDate due = TODAY.minusDays(45);
    Brief.Person zoe = person(
        List.of(new Card.Task("Send the contract", due), new Card.Task("Book the offsite", null),
            new Card.Task("Share the notes", TODAY.minusDays(10))),
        List.of(), List.of(), List.of(due.minusDays(2)));
    assertEquals(List.of("Task due 10 Oct 2026, no contact since"), phrases(zoe));
  }

  @Test
  void taskWithContactAfterItsDueDateIsNotRaised() {
    LocalDate due = TODAY.minusDays(45);
    Brief.Person zoe = person(List.of(new Card.Task("Send the contract", due)), List.of(), List.of(),
        List.of(due.plusDays(5)));
    assertEquals(List.of(), phrases(zoe));
  }

  @Test
  void worthRaisingIsOldestFirst() {
    assertEquals(List.of("Decided 5 Jan 2026, not discussed since", "Task due 1 Sep 2026, no contact since"),
        phrases(kushal()));
    assertEquals(List.of(), phrases(priya()));
    assertEquals(List.of("Decided 1 Oct 2026, not discussed since"), phrases(jeff()));
  }

  @Test
  void noteTextIsEscaped() {
    Brief.Person zoe = person(List.of(new Card.Task("Ask <@U0BOSS> about <https://evil.example|this>", null)),
        List.of(), List.of("<!channel> loves surprises & cake"), List.of());
    Brief brief = new Brief("Team <!here> sync", MEETING, List.of(zoe));
    List<LayoutBlock> blocks = BriefComposer.blocks(brief, TODAY, BERLIN);
    List<String> texts = SlackGolden.texts(blocks);
    assertTrue(texts.contains("*Key facts*\n• &lt;!channel&gt; loves surprises &amp; cake"), texts::toString);
    assertTrue(texts.contains("*Open tasks*\n☐ Ask &lt;@U0BOSS&gt; about &lt;https://evil.example|this&gt;"),
        texts::toString);
    assertEquals("Brief: Team &lt;!here&gt; sync", texts.get(0));
    String all = String.join("\n", SlackGolden.strings(SlackGolden.tree(blocks)));
    assertFalse(all.contains("<!"), all);
    assertFalse(all.contains("<@"), all);
  }

  @Test
  void twelvePeopleWithHugeNotesStayWithinSlackLimits() {
    List<Brief.Person> people = IntStream.range(0, 12).mapToObj(BriefComposerTest::huge).toList();
    Brief brief = new Brief("x".repeat(1000), MEETING, people);
    List<LayoutBlock> blocks = BriefComposer.blocks(brief, TODAY, BERLIN);
    assertWithinLimits(blocks);
    // Too many for full briefs: one section each, every one of them there.
    long sections = SlackGolden.blocks(blocks).stream().filter(b -> b.get("type").getAsString().equals("section"))
        .count();
    assertEquals(12, sections);
    assertTrue(SlackGolden.texts(blocks).stream().anyMatch(t -> t.contains("*Worth raising*")));
  }

  @Test
  void sixPeopleWithHugeNotesGetFullBriefsWithinLimits() {
    List<Brief.Person> people = IntStream.range(0, 6).mapToObj(BriefComposerTest::huge).toList();
    List<LayoutBlock> blocks = BriefComposer.blocks(new Brief(null, MEETING, people), TODAY, BERLIN);
    assertWithinLimits(blocks);
    List<String> texts = SlackGolden.texts(blocks);
    assertEquals(6, texts.stream().filter(t -> t.startsWith("*Latest*\n")).count());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("*Decisions*\n") && t.endsWith(" more")));
  }

  @Test
  void fortyPeopleEndWithTheRestForWho() {
    List<Brief.Person> people = IntStream.range(0, 40).mapToObj(BriefComposerTest::huge).toList();
    List<LayoutBlock> blocks = BriefComposer.blocks(new Brief("Town hall", MEETING, people), TODAY, BERLIN);
    assertWithinLimits(blocks);
    List<String> texts = SlackGolden.texts(blocks);
    String last = texts.get(texts.size() - 1);
    assertTrue(last.startsWith("+16 more people: /who them — Person 24 "), last);
    assertEquals(50, blocks.size());
  }

  @Test
  void noOneToBriefOn() {
    List<String> texts = SlackGolden.texts(BriefComposer.blocks(new Brief("Standup", MEETING, List.of()), TODAY, BERLIN));
    assertEquals(List.of("Brief: Standup", "Wed 25 Nov, 14:30", "_No one in this meeting is in your notes._"), texts);
  }

  static void assertWithinLimits(List<LayoutBlock> blocks) {
    assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
    for (JsonObject block : SlackGolden.blocks(blocks)) {
      switch (block.get("type").getAsString()) {
        case "header" -> assertTrue(text(block).length() <= 150, "header: " + text(block).length());
        case "section" -> assertTrue(text(block).length() <= 3000, "section: " + text(block).length());
        case "context" -> {
          assertTrue(block.getAsJsonArray("elements").size() <= 10, "context elements");
          block.getAsJsonArray("elements").forEach(e ->
              assertTrue(e.getAsJsonObject().get("text").getAsString().length() <= 3000, "context text"));
        }
        case "divider" -> { }
        default -> fail("unexpected block " + block);
      }
    }
  }

  private static String text(JsonObject block) {
    return block.getAsJsonObject("text").get("text").getAsString();
  }

  /** A person whose every field is far longer than Slack takes, with plenty worth raising. */
  static Brief.Person huge(int index) {
    String long5k = ("Lorem <ipsum> & dolor " + index + " ").repeat(250);
    List<Card.Interaction> interactions = IntStream.range(0, 5).mapToObj(i -> new Card.Interaction(
        TODAY.minusDays(400 + i), null, long5k, PERMALINK, long5k, long5k)).toList();
    List<Card.Task> tasks = IntStream.range(0, 200).mapToObj(i -> new Card.Task(long5k, TODAY.minusDays(100 + i)))
        .toList();
    List<Card.Decision> decisions = IntStream.range(0, 200).mapToObj(i -> new Card.Decision(long5k,
        TODAY.minusDays(50 + i), PERMALINK + "&x=" + "y".repeat(900), i % 2 == 0 ? "slack" : "note", "U0REC"))
        .toList();
    List<String> many = IntStream.range(0, 300).mapToObj(i -> long5k).toList();
    Card card = new Card(index, "Person " + index + " " + "N".repeat(400), index % 3 == 0, List.of(long5k),
        long5k, long5k, long5k, long5k, long5k, new Card.LastContact(TODAY.minusDays(400), "note", long5k),
        interactions, 5000, many, tasks, decisions, many, many, many, many, List.of(), List.of());
    List<LocalDate> dates = IntStream.range(0, 5000).mapToObj(i -> TODAY.minusDays(400 + i)).toList();
    return new Brief.Person(card, dates);
  }

  private static Card.Decision decision(String text, LocalDate date) {
    return new Card.Decision(text, date, null, "note", null);
  }

  private static List<String> phrases(Brief.Person person) {
    return BriefLines.worthRaising(person, TODAY).stream().map(BriefLines.Raise::phrase).toList();
  }

  private static List<LayoutBlock> brief(Brief.Person person) {
    return BriefComposer.blocks(new Brief(null, null, List.of(person)), TODAY, BERLIN);
  }

  private static String human(LocalDate date) {
    return kith.contact.CardText.human(date);
  }
}
