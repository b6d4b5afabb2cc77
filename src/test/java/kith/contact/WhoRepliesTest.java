package kith.contact;

import static kith.contact.SlackGolden.actionIds;
import static kith.contact.SlackGolden.assertGolden;
import static kith.contact.SlackGolden.buttons;
import static kith.contact.SlackGolden.strings;
import static kith.contact.SlackGolden.texts;
import static kith.contact.SlackGolden.tree;
import static kith.contact.SlackGolden.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.LayoutBlock;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WhoRepliesTest {
  /** How the PICK handler is registered: every picker button must match it. */
  private static final Pattern PICK_HANDLER = Pattern.compile("^" + WhoIds.PICK + "(_\\d+)?$");

  private static final List<NameEntry> MARIAS = List.of(
      new NameEntry(13, "Maria Garcia", List.of("Mari"), "Head of Finance", "Globex", false),
      new NameEntry(14, "Maria Garcia", List.of(), "Engineer", null, false),
      new NameEntry(15, "Maria Lopez", List.of(), null, null, true));

  @Test
  void helpMatchesItsGolden() {
    assertGolden("help.json", WhoReplies.help());
  }

  @Test
  void helpTextSaysTheSame() {
    assertEquals("""
        Look someone up in your notes:
        /who Kushal Datta — their card (any case, no accents, first or last name alone, aliases, small typos)
        /who @user — the card of a Slack user linked to a note
        /who link @user Kushal Datta — links a Slack user to a note
        @Kith who is Kushal? — ask in a channel Kith is in
        @Kith brief me on Kushal — a brief before you meet them
        A /who card is only for you until you press Share in channel.""", WhoReplies.helpText());
  }

  @Test
  void pickerMatchesItsGolden() {
    assertGolden("picker.json", WhoReplies.picker("maria", MARIAS));
  }

  @Test
  void pickerButtonsAreUniqueAndCarryTheContact() {
    List<LayoutBlock> picker = WhoReplies.picker("maria", MARIAS);
    assertEquals(List.of("who_pick_0", "who_pick_1", "who_pick_2"), actionIds(picker));
    assertEquals(List.of("13", "14", "15"), values(picker));
    assertEquals(List.of("Several people match “maria”:", "Head of Finance · Globex", "Engineer",
        "Named in other notes"), texts(picker));
    actionIds(picker).forEach(id -> assertTrue(PICK_HANDLER.matcher(id).matches(), id));
  }

  @Test
  void pickerOffersTenAndCountsTheRest() {
    List<NameEntry> many = IntStream.range(0, 14)
        .mapToObj(i -> new NameEntry(100 + i, "Alex " + "Longname".repeat(20) + i, List.of(), null, "Acme", false))
        .toList();
    List<LayoutBlock> picker = WhoReplies.picker("alex", many);
    List<String> ids = actionIds(picker);
    assertEquals(IntStream.range(0, 10).mapToObj(i -> "who_pick_" + i).toList(), ids);
    assertEquals(10, new HashSet<>(ids).size());
    List<String> texts = texts(picker);
    assertEquals("+4 more: type more of the name.", texts.get(texts.size() - 1));
    buttons(picker).forEach(b -> {
      String label = b.getAsJsonObject("text").get("text").getAsString();
      assertEquals(75, label.length(), label);
      assertTrue(label.endsWith("…"), label);
    });
    ProfileCardTest.assertWithinLimits(picker);
  }

  @Test
  void pickerFallback() {
    assertEquals("Several people match “maria”: Maria Garcia, Maria Garcia, Maria Lopez",
        WhoReplies.pickerText("maria", MARIAS));
  }

  @Test
  void notFoundMatchesItsGolden() {
    assertGolden("not-found.json", WhoReplies.notFound("Kushall Dataa", List.of(
        new NameEntry(42, "Kushal Datta", List.of(), "Staff Engineer", "Apollo", false),
        new NameEntry(43, "Kunal Dutta", List.of(), null, null, false))));
  }

  @Test
  void notFoundOffersAtMostThreeClosest() {
    List<NameEntry> five = IntStream.range(0, 5)
        .mapToObj(i -> new NameEntry(i, "Name " + i, List.of(), null, null, false)).toList();
    List<LayoutBlock> reply = WhoReplies.notFound("nobody", five);
    assertEquals(List.of("who_pick_0", "who_pick_1", "who_pick_2"), actionIds(reply));
    assertEquals(List.of("0", "1", "2"), values(reply));
    assertEquals("No one matches “nobody”. Closest: Name 0, Name 1, Name 2.", WhoReplies.notFoundText("nobody", five));
  }

  @Test
  void notFoundWithNothingCloseHasNoButtons() {
    List<LayoutBlock> reply = WhoReplies.notFound("zzz", List.of());
    assertEquals(List.of(), actionIds(reply));
    assertEquals(List.of("No one matches “zzz”.", "Try a first or last name, an alias, or `/who help`."),
        texts(reply));
    assertEquals("No one matches “zzz”.", WhoReplies.notFoundText("zzz", List.of()));
  }

  @Test
  void whatPeopleTypeIsEscapedEverywhere() {
    String typed = "<!channel> & <@U123>";
    List<NameEntry> evil = List.of(new NameEntry(1, typed, List.of(), typed, typed, false),
        new NameEntry(2, typed, List.of(), null, null, true));
    for (List<LayoutBlock> blocks : List.of(WhoReplies.picker(typed, evil), WhoReplies.notFound(typed, evil))) {
      String all = String.join("\n", strings(tree(blocks)));
      assertFalse(all.contains("<!channel>") || all.contains("<@U123>"), all);
      assertTrue(all.contains("&lt;!channel&gt; &amp; &lt;@U123&gt;"), all);
    }
    assertEquals("No one matches “&lt;!channel&gt; &amp; &lt;@U123&gt;”.", texts(WhoReplies.notFound(typed,
        List.of())).get(0));
    for (String text : List.of(WhoReplies.pickerText(typed, evil), WhoReplies.notFoundText(typed, evil),
        WhoReplies.error(typed))) {
      assertFalse(text.contains("<"), text);
    }
  }

  @Test
  void refusalSaysNothingAboutAnyone() {
    assertEquals("Sorry, Kith is limited to certain people in this workspace. Ask its admin for access.",
        WhoReplies.refusal());
  }

  @Test
  void errorSaysWhatFailedAndToTryAgain() {
    assertEquals("Sorry, something went wrong talking to Slack (chat.postMessage: channel_not_found). "
        + "Please try again in a moment.", WhoReplies.error("chat.postMessage: channel_not_found"));
    assertEquals("Sorry, something went wrong talking to Slack. Please try again in a moment.",
        WhoReplies.errorText(null));
  }

  @Test
  void cardFallbackIsOneEscapedLine() {
    assertEquals("Kushal Datta — Staff Engineer · Apollo", WhoReplies.fallback(ProfileCardTest.kushal()));
    Card relationshipOnly = new Card(3, "Zoe & <!here>", false, List.of(), null, null, "Neighbour\nand friend",
        null, null, null, List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    assertEquals("Zoe &amp; &lt;!here&gt; — Neighbour and friend", WhoReplies.fallback(relationshipOnly));
    Card mentioned = new Card(4, "Priya Shah", true, List.of(), null, null, null, null, null, null, List.of(), 0,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertEquals("Priya Shah — named in other notes", WhoReplies.fallback(mentioned));
  }

  @Test
  void pageFallback() {
    assertEquals("Kushal Datta — more (page 3)", WhoReplies.fallback(
        new CardPage(42, "Kushal Datta", 2, List.of(), List.of(), List.of(), false)));
  }
}
