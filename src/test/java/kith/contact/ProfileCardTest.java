package kith.contact;

import static kith.contact.SlackGolden.actionIds;
import static kith.contact.SlackGolden.assertGolden;
import static kith.contact.SlackGolden.blocks;
import static kith.contact.SlackGolden.buttons;
import static kith.contact.SlackGolden.strings;
import static kith.contact.SlackGolden.texts;
import static kith.contact.SlackGolden.tree;
import static kith.contact.SlackGolden.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProfileCardTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final String PERMALINK = "https://acme.slack.com/archives/C0123ABCD/p1765400000123456";

  static Card kushal() {
    return new Card(
        42, "Kushal Datta", false, List.of("KD"),
        "Staff Engineer", "Apollo", "Apollo team member; we pair on the data platform",
        "kushal@apollo.example", "Joined Apollo from Globex in 2023.",
        new Card.LastContact(LocalDate.of(2026, 1, 3), "note", "11 months ago"),
        List.of(
            new Card.Interaction(LocalDate.of(2026, 1, 3), null, "2026-01-03 - QBR prep",
                "Meetings/2026-01-03 - QBR prep", "Walked through the Q1 roadmap; he wants the pricing page reviewed", null),
            new Card.Interaction(LocalDate.of(2025, 11, 7), null, "Intro call", null,
                "Talked about the data platform migration", "Priya Shah"),
            new Card.Interaction(LocalDate.of(2025, 9, 12), null, null, null, "Lunch near the office", null),
            new Card.Interaction(null, "last spring", "Offsite", null, "Coffee between sessions", null),
            new Card.Interaction(null, null, null, null, "Mentioned he is moving to Berlin", null)),
        7,
        List.of("Prefers async updates", "Two kids, both in primary school", "Runs the Apollo reading group"),
        List.of(
            new Card.Task("Send him the pricing deck", LocalDate.of(2026, 11, 30)),
            new Card.Task("Review his RFC", LocalDate.of(2026, 12, 12)),
            new Card.Task("Intro him to Jeff", null)),
        List.of(
            new Card.Decision("Apollo moves to the annual plan", LocalDate.of(2025, 12, 12), null, "note", null),
            new Card.Decision("We host the Q2 workshop", LocalDate.of(2026, 1, 5), PERMALINK, "slack", "U0REC")),
        List.of("data platform", "pricing", "hiring"),
        List.of("Globex"),
        List.of("Apollo", "Data platform"),
        List.of("Priya Shah", "Jeff Denworth"),
        List.of(
            new Card.Appearance("Priya Shah", "via", 3, LocalDate.of(2025, 11, 7)),
            new Card.Appearance("Jeff Denworth", "related", 1, null)),
        List.of(new Card.Section("Hobbies", "Cycling, mostly gravel.")));
  }

  static Card plain(String name, List<Card.Interaction> interactions, int count, List<String> facts,
      List<Card.Decision> decisions) {
    return new Card(7, name, false, List.of(), null, null, null, null, null, null, interactions, count, facts,
        List.of(), decisions, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void cardMatchesItsGolden() {
    assertGolden("profile-card.json", ProfileCard.card(kushal(), TODAY, null));
  }

  @Test
  void cardSaysWhatMattersInOrder() {
    List<String> texts = texts(ProfileCard.card(kushal(), TODAY, null));
    assertEquals("Kushal Datta", texts.get(0));
    assertEquals("Staff Engineer · Apollo\n*Relationship:* Apollo team member; we pair on the data platform\n"
        + "*Email:* kushal@apollo.example\n*Also known as:* KD", texts.get(1));
    assertEquals("Last contact: 3 Jan 2026 · 11 months ago", texts.get(2));
    assertEquals("Projects: Apollo, Data platform", texts.get(3));
    assertEquals("Customers: Globex", texts.get(4));
    assertEquals("*Recent context* (5 of 7)\n"
        + "• 3 Jan 2026 · *QBR prep* — Walked through the Q1 roadmap; he wants the pricing page reviewed\n"
        + "• 7 Nov 2025 · *Intro call* — Talked about the data platform migration _(via Priya Shah)_\n"
        + "• 12 Sep 2025 — Lunch near the office\n"
        + "• last spring · *Offsite* — Coffee between sessions\n"
        + "• undated — Mentioned he is moving to Berlin", texts.get(5));
    assertEquals("*Open tasks*\n☐ Send him the pricing deck — due 30 Nov 2026 · *overdue*\n"
        + "☐ Review his RFC — due 12 Dec 2026\n☐ Intro him to Jeff", texts.get(6));
    assertEquals("*Decisions*\n✅ Apollo moves to the annual plan — 12 Dec 2025\n"
        + "✅ We host the Q2 workshop — 5 Jan 2026 · from <" + PERMALINK + "|Slack>, recorded by <@U0REC>",
        texts.get(7));
    assertEquals("*Key facts*\n• Prefers async updates\n• Two kids, both in primary school\n"
        + "• Runs the Apollo reading group", texts.get(8));
    assertEquals("*Topics*\ndata platform · pricing · hiring", texts.get(9));
    assertEquals("*Related people*\nPriya Shah, Jeff Denworth", texts.get(10));
    assertEquals("*Background*\nJoined Apollo from Globex in 2023.", texts.get(11));
    assertEquals("*Appears in*\n• Priya Shah's note — 3 interactions via them, latest 7 Nov 2025\n"
        + "• Jeff Denworth's note — listed as related", texts.get(12));
    assertEquals("*Hobbies*\nCycling, mostly gravel.", texts.get(13));
    assertEquals(14, texts.size());
  }

  @Test
  void cardButtonsCarryTheContact() {
    List<LayoutBlock> card = ProfileCard.card(kushal(), TODAY, null);
    JsonObject actions = blocks(card).get(blocks(card).size() - 1);
    assertEquals(WhoIds.ACTIONS_BLOCK, actions.get("block_id").getAsString());
    assertEquals(List.of(WhoIds.SHARE, WhoIds.BRIEF, WhoIds.MORE, WhoIds.DECISIONS, WhoIds.LINK_CHANNEL),
        actionIds(card));
    assertEquals(List.of("42", "42", "42:1", "42:0", "42"), values(card));
    assertEquals(List.of("Share in channel", "Brief me", "More", "Decisions", "File decisions here"),
        buttons(card).stream().map(b -> b.getAsJsonObject("text").get("text").getAsString()).toList());
  }

  @Test
  void sharedCardNamesWhoSharedItAndCannotBeSharedAgain() {
    List<LayoutBlock> card = ProfileCard.card(kushal(), TODAY, "U0123ABCD");
    List<String> texts = texts(card);
    assertEquals("Shared by <@U0123ABCD>", texts.get(texts.size() - 1));
    assertEquals(List.of(WhoIds.BRIEF, WhoIds.MORE, WhoIds.DECISIONS), actionIds(card));
  }

  @Test
  void sharedByAnythingButAUserIdIsLeftOut() {
    for (String notAUser : List.of("<!channel>", "u0123abcd", "C0123ABCD", "U12>|<!here", "")) {
      List<LayoutBlock> card = ProfileCard.card(kushal(), TODAY, notAUser);
      List<String> texts = texts(card);
      assertEquals("*Hobbies*\nCycling, mostly gravel.", texts.get(texts.size() - 1), notAUser);
      assertFalse(String.join("", strings(tree(card))).contains("<!"), notAUser);
      assertEquals(List.of(WhoIds.BRIEF, WhoIds.MORE, WhoIds.DECISIONS), actionIds(card), notAUser);
    }
  }

  @Test
  void moreOnlyWhenTheCardHasMore() {
    Card small = plain("Zoe Martin", List.of(new Card.Interaction(null, null, null, null, "Met once", null)), 1,
        List.of("Likes tea"), List.of());
    assertEquals(List.of(WhoIds.SHARE, WhoIds.BRIEF, WhoIds.LINK_CHANNEL),
        actionIds(ProfileCard.card(small, TODAY, null)));

    List<String> elevenFacts = IntStream.range(0, 11).mapToObj(i -> "fact " + i).toList();
    Card manyFacts = plain("Zoe Martin", List.of(), 0, elevenFacts, List.of());
    assertEquals(List.of(WhoIds.SHARE, WhoIds.BRIEF, WhoIds.MORE, WhoIds.LINK_CHANNEL),
        actionIds(ProfileCard.card(manyFacts, TODAY, null)));
    assertEquals(List.of("7", "7", "7:1", "7"), values(ProfileCard.card(manyFacts, TODAY, null)));
  }

  @Test
  void mentionedOnlyContactSaysSo() {
    Card mentioned = new Card(9, "Priya Shah", true, List.of(), null, null, null, null, null, null, List.of(), 0,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new Card.Appearance("Kushal Datta", "via", 1, LocalDate.of(2025, 11, 7))), List.of());
    assertEquals(List.of("Priya Shah", "_No note of their own: named in other notes._",
            "*Appears in*\n• Kushal Datta's note — 1 interaction via them, latest 7 Nov 2025"),
        texts(ProfileCard.card(mentioned, TODAY, null)));
  }

  @Test
  void unknownLastContactIsSaid() {
    List<String> texts = texts(ProfileCard.card(plain("Zoe Martin", List.of(), 0, List.of(), List.of()), TODAY,
        null));
    assertEquals(List.of("Zoe Martin", "Last contact: unknown"), texts);
  }

  @Test
  void longNameIsCutInTheHeader() {
    String name = "Alexandra " + "Bartholomew-".repeat(20);
    String header = texts(ProfileCard.card(plain(name, List.of(), 0, List.of(), List.of()), TODAY, null)).get(0);
    // the only space is too early to cut at, so the cut falls inside the word
    assertEquals(name.substring(0, 149) + "…", header);
    assertEquals(150, header.length());
  }

  @Test
  void noteTextNeverPingsAnyone() {
    String evil = "<!channel> & <@U123> <!here|here> <https://evil.example|click>";
    Card card = new Card(
        1, "Eve <!channel> & <@U123>", false, List.of(evil), evil, evil, evil, evil, evil,
        new Card.LastContact(LocalDate.of(2026, 1, 3), "note", evil),
        List.of(new Card.Interaction(null, evil, evil, "javascript:alert(1)", evil, evil)), 1,
        List.of(evil), List.of(new Card.Task(evil, null)),
        List.of(new Card.Decision(evil, null, "javascript:alert('<!channel>')", "slack", "<!channel>"),
            new Card.Decision(evil, null, "https://x.example/a|<!channel>", "note", null)),
        List.of(evil, evil), List.of(evil), List.of(evil), List.of(evil),
        List.of(new Card.Appearance(evil, "via", 2, null)), List.of(new Card.Section(evil, evil)));
    for (List<LayoutBlock> blocks : List.of(ProfileCard.card(card, TODAY, null),
        ProfileCard.page(new CardPage(1, evil, 1, card.interactions(), card.keyFacts(), card.decisions(), true),
            TODAY))) {
      String all = String.join("\n", strings(tree(blocks)));
      assertFalse(all.contains("<!channel>"), all);
      assertFalse(all.contains("<!here"), all);
      assertFalse(all.contains("<@U123>"), all);
      assertFalse(all.contains("<https://evil"), all);
      assertFalse(all.contains("javascript"), all);
      assertTrue(all.contains("&lt;!channel&gt; &amp; &lt;@U123&gt;"), all);
      assertTrue(all.contains("<https://x.example/a%7C%3C!channel%3E|link>"), all);
    }
    String header = texts(ProfileCard.card(card, TODAY, null)).get(0);
    assertEquals("Eve &lt;!channel&gt; &amp; &lt;@U123&gt;", header);
  }

  @Test
  void everyLimitHoldsForHugeNotes() {
    String huge = "Lorem <ipsum> & dolor 😀 ".repeat(200);
    List<Card.Interaction> interactions = IntStream.range(0, 500)
        .mapToObj(i -> new Card.Interaction(null, huge, huge, "https://x.example/" + "p".repeat(3000), huge, huge))
        .toList();
    List<String> hugeList = IntStream.range(0, 300).mapToObj(i -> i + huge).toList();
    List<Card.Decision> decisions = IntStream.range(0, 200)
        .mapToObj(i -> new Card.Decision(huge, LocalDate.of(2025, 1, 1), "https://acme.slack.com/archives/C1/p"
            + "9".repeat(900), "slack", "U0REC"))
        .toList();
    List<String> topics = IntStream.range(0, 2000).mapToObj(i -> "topic " + i).toList();
    Card card = new Card(
        Long.MAX_VALUE, "N&".repeat(100), false, hugeList, huge, huge, huge, huge, huge,
        new Card.LastContact(LocalDate.of(2026, 1, 3), "note", huge), interactions, 500, hugeList,
        IntStream.range(0, 300).mapToObj(i -> new Card.Task(huge, LocalDate.of(2026, 1, 1))).toList(),
        decisions, topics, hugeList, hugeList, hugeList,
        IntStream.range(0, 300).mapToObj(i -> new Card.Appearance(huge, "via", i, null)).toList(),
        IntStream.range(0, 100).mapToObj(i -> new Card.Section(huge, huge)).toList());
    assertWithinLimits(ProfileCard.card(card, TODAY, null));
    assertWithinLimits(ProfileCard.card(card, TODAY, "U0123ABCD"));
    assertWithinLimits(ProfileCard.page(
        new CardPage(Long.MAX_VALUE, huge, 9999, interactions, hugeList, decisions, true), TODAY));

    List<String> texts = texts(ProfileCard.card(card, TODAY, null));
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("*Recent context* (5 of 500)\n")), "5 of 500");
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("*Key facts*\n") && t.endsWith("\n+290 more")), "facts");
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("*Topics*\n") && t.matches("(?s).*\\+\\d+ more")), "topics");
  }

  @Test
  void pageMatchesItsGolden() {
    assertGolden("profile-card-page.json", ProfileCard.page(page(true), TODAY));
  }

  @Test
  void pageOffersMoreOnlyWhenThereIsMoreAndNeverShare() {
    List<LayoutBlock> more = ProfileCard.page(page(true), TODAY);
    assertEquals(List.of(WhoIds.BRIEF, WhoIds.MORE), actionIds(more));
    assertEquals(List.of("42", "42:2"), values(more));
    List<LayoutBlock> last = ProfileCard.page(page(false), TODAY);
    assertEquals(List.of(WhoIds.BRIEF), actionIds(last));
    assertEquals("Kushal Datta — more (page 2)", texts(last).get(0));
  }

  @Test
  void emptyPageSaysSo() {
    List<LayoutBlock> empty = ProfileCard.page(new CardPage(42, "Kushal Datta", 3, List.of(), List.of(), List.of(),
        false), TODAY);
    assertEquals(List.of("Kushal Datta — more (page 4)", "_Nothing more in the notes._"), texts(empty));
  }

  @Test
  void pageHeaderCutsTheNameNotThePageNumber() {
    String name = "Alexandra " + "Bartholomew-".repeat(20);
    String header = texts(ProfileCard.page(new CardPage(42, name, 1, List.of(), List.of(), List.of(), false),
        TODAY)).get(0);
    assertTrue(header.endsWith("… — more (page 2)"), header);
    assertTrue(header.length() <= 150, header);
  }

  private static CardPage page(boolean hasMore) {
    return new CardPage(42, "Kushal Datta", 1,
        List.of(
            new Card.Interaction(LocalDate.of(2025, 6, 2), null, "Planning", null, "Agreed the H2 milestones", null),
            new Card.Interaction(null, "2024", null, null, "First met at KubeCon", "Jeff Denworth")),
        List.of("Speaks Bengali and German"),
        List.of(new Card.Decision("Pilot runs on Apollo's cluster", LocalDate.of(2025, 5, 20), null, "note", null)),
        hasMore);
  }

  /** Block Kit's limits, checked on the JSON Slack would receive. */
  static void assertWithinLimits(List<LayoutBlock> rendered) {
    List<JsonObject> blocks = blocks(rendered);
    assertTrue(blocks.size() <= 50, () -> blocks.size() + " blocks");
    for (JsonObject block : blocks) {
      String type = block.get("type").getAsString();
      if (block.has("block_id")) {
        assertTrue(block.get("block_id").getAsString().length() <= 255);
      }
      switch (type) {
        case "header" -> assertLength(block.getAsJsonObject("text"), 150);
        case "section" -> {
          assertLength(block.getAsJsonObject("text"), 3000);
          assertTrue(!block.has("fields") || block.getAsJsonArray("fields").size() <= 10);
        }
        case "context" -> {
          assertTrue(block.getAsJsonArray("elements").size() <= 10);
          block.getAsJsonArray("elements").forEach(e -> assertLength(e.getAsJsonObject(), 3000));
        }
        case "actions" -> {
          assertTrue(block.getAsJsonArray("elements").size() <= 25);
          for (JsonElement element : block.getAsJsonArray("elements")) {
            JsonObject button = element.getAsJsonObject();
            assertLength(button.getAsJsonObject("text"), 75);
            assertTrue(button.get("action_id").getAsString().length() <= 255);
            assertTrue(button.get("value").getAsString().length() <= 2000);
          }
        }
        case "divider" -> { }
        default -> throw new AssertionError("unexpected block " + type);
      }
    }
    List<String> all = new ArrayList<>(strings(tree(rendered)));
    all.forEach(s -> assertFalse(s.matches("(?s).*[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF]).*"), "half a surrogate"));
  }

  private static void assertLength(JsonObject text, int max) {
    String value = text.get("text").getAsString();
    assertFalse(value.isEmpty(), "empty text");
    assertTrue(value.length() <= max, () -> value.length() + " > " + max + ": " + value.substring(0, 80));
  }
}
