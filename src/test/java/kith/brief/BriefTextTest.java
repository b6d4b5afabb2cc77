package kith.brief;

import static kith.brief.BriefComposerTest.BERLIN;
import static kith.brief.BriefComposerTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BriefTextTest {
  @Test
  void onePersonBriefReadsInFull() {
    assertEquals("""
        Brief: Kushal Datta

        Kushal Datta
        Staff Engineer · Apollo
        Relationship: Apollo team member; we pair on the data platform
        Last contact: 3 Jan 2026 · 11 months ago

        Latest
          3 Jan 2026   QBR prep — Walked through the Q1 roadmap; he wants the pricing page reviewed
          7 Nov 2025   Intro call — Talked about the data platform migration (via Priya Shah)
          12 Sep 2025  Lunch near the office

        Open tasks
          ☐ Send him the pricing deck (due 10 Nov 2026, overdue)
          ☐ Review his RFC (due 1 Sep 2026, overdue)
          ☐ Intro him to Jeff

        Decisions
          ✅ We host the Q2 workshop (5 Jan 2026, from Slack: \
        https://acme.slack.com/archives/C0123ABCD/p1767600000123456)
          ✅ Apollo moves to the annual plan (12 Dec 2025, Meetings/2025-12-12 - Pricing)

        Key facts
          • Prefers async updates
          • Two kids, both in primary school
          • Runs the Apollo reading group

        Topics
          data platform · pricing · hiring

        Worth raising
          • Decided 5 Jan 2026, not discussed since: We host the Q2 workshop
          • Task due 1 Sep 2026, no contact since: Review his RFC
        """, BriefText.render(BriefComposerTest.onePerson(), TODAY, BERLIN));
  }

  @Test
  void meetingBriefHasTheTimeAndEveryPersonDivided() {
    String text = BriefText.render(BriefComposerTest.meeting(), TODAY, BERLIN);
    assertTrue(text.startsWith("Brief: Apollo QBR\nWed 25 Nov, 14:30\n\nKushal Datta\n"), text);
    assertTrue(text.contains("\n\n" + "-".repeat(40) + "\n\nPriya Shah\nHead of Partnerships · Globex\n"), text);
    assertTrue(text.endsWith("""
        Jeff Denworth
        VP Engineering · Apollo
        No contact recorded

        Decisions
          ✅ Apollo gets early access to the EU region (1 Oct 2026, from Slack: \
        https://acme.slack.com/archives/C0999ZZZZ/p1759300000000100)

        Worth raising
          • Decided 1 Oct 2026, not discussed since: Apollo gets early access to the EU region
        """), text);
  }

  @Test
  void textIsNotEscapedNorCutButForTheLatestThree() {
    List<String> facts = IntStream.range(0, 30).mapToObj(i -> "<!channel> fact " + i + " & more").toList();
    Brief brief = new Brief(null, null, List.of(BriefComposerTest.person(List.of(), List.of(), facts, List.of())));
    String text = BriefText.render(brief, TODAY, BERLIN);
    assertTrue(text.contains("  • <!channel> fact 0 & more\n"), text);
    assertTrue(text.contains("  • <!channel> fact 29 & more\n"), text);
    assertEquals(3, BriefText.render(BriefComposerTest.onePerson(), TODAY, BERLIN).lines()
        .filter(line -> line.matches("  \\d{1,2} \\w{3} \\d{4} .*")).count());
  }

  @Test
  void noOneToBriefOn() {
    assertEquals("Brief\n\nNo one to brief on.\n", BriefText.render(new Brief(null, null, List.of()), TODAY, BERLIN));
  }
}
