package kith.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElements;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link ReplyJson} against what Bolt sends for {@code ctx.ack(r -> r.responseType(…).text(…).blocks(…))}. */
class ReplyJsonTest {
  /** Characters JSON must escape, that Gson escapes for HTML, and some past the Basic Multilingual Plane. */
  private static final String AWKWARD = "\"quoted\" back\\slash\nnew line\ttab\u0001 <b>&amp;</b> = 'it' "
      + "\u2028\u2029 Zoë 🙂 <!channel> <@U123>";

  @Test
  void theShapesKithUsesAreWrittenAsBoltWritesThem() {
    List<LayoutBlock> blocks = List.of(
        header(h -> h.text(plainText(AWKWARD, true))),
        section(s -> s.text(markdownText(m -> m.text(AWKWARD).verbatim(true)))),
        section(s -> s.text(plainText(AWKWARD)).blockId("intro")),
        context(List.of(markdownText(AWKWARD), plainText(p -> p.text("plain").emoji(false)))),
        divider(),
        actions(a -> a.blockId("card_actions").elements(List.of(
            button(b -> b.actionId("who_more").text(plainText("More", true)).value("42:1")),
            button(b -> b.actionId("who_share").text(plainText(AWKWARD)).value(AWKWARD).style("primary")),
            button(b -> b.actionId("open").text(plainText("Open")).url("https://example.com/?a=1&b=2")
                .accessibilityLabel("Open it"))))));
    assertSameAsBolt("ephemeral", "Kushal Datta — Staff Engineer", blocks);
  }

  @Test
  void otherShapesGoThroughTheSdksGson() {
    List<LayoutBlock> blocks = List.of(
        section(s -> s.text(markdownText("with a button")).accessory(
            button(b -> b.actionId("a").text(plainText("Go")).value("1")))),
        section(s -> s.fields(List.of(markdownText("*one*"), plainText("two")))),
        section(s -> s.text(markdownText("expanded")).expand(true)),
        Blocks.image(i -> i.imageUrl("https://example.com/a.png").altText(AWKWARD)),
        context(List.of(BlockElements.image(i -> i.imageUrl("https://example.com/b.png").altText("b")),
            markdownText("beside"))),
        actions(a -> a.elements(List.of(
            button(b -> b.actionId("undo").text(plainText("Undo")).value("7").style("danger")
                .confirm(confirmationDialog(c -> c.title(plainText("Sure?")).text(markdownText(AWKWARD))
                    .confirm(plainText("Yes")).deny(plainText("No"))))),
            staticSelect(s -> s.actionId("pick").options(List.of(option(plainText("A"), "a"))))))));
    assertSameAsBolt("in_channel", AWKWARD, blocks);
  }

  @Test
  void noBlocksNoTypeAndNoTextAreLeftOutAsBoltLeavesThemOut() {
    assertSameAsBolt("ephemeral", "Looking that up…", List.of());
    assertSameAsBolt(null, "just text", null);
    assertSameAsBolt("ephemeral", null, List.of(divider()));
    assertFalse(ReplyJson.message("ephemeral", "x", List.of()).contains("blocks"));
  }

  @Test
  void randomTextsSurviveTheRoundTrip() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      String text = randomText(random);
      String other = randomText(random);
      assertSameAsBolt("ephemeral", other, List.of(
          section(s -> s.text(markdownText(m -> m.text(text).verbatim(true)))),
          context(List.of(markdownText(other))),
          actions(a -> a.elements(List.of(button(b -> b.actionId("x").text(plainText(other, true)).value(text)))))));
    }
  }

  @Test
  void repliesLongerThanTheFirstBufferAreWrittenWhole() {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder mixed = new StringBuilder();
    while (mixed.length() < 6000) {
      mixed.append(randomText(random));
    }
    String escapedThroughout = "—\"\n".repeat(1000);
    assertSameAsBolt("ephemeral", escapedThroughout, List.of(
        section(s -> s.text(markdownText(mixed.toString()))),
        section(s -> s.text(markdownText(escapedThroughout))),
        context(List.of(markdownText("last")))));
  }

  /**
   * Every escape, in a value Kith writes and in one the SDK's Gson wrote, lands on each side of the first array's
   * end in turn: room is made for it just in time. Each reply is written on a new thread, whose writer's array is the
   * size every thread's starts at (8,192 characters), whatever was written before.
   */
  @Test
  void escapesAtTheEdgeOfTheBufferAreWrittenWhole() throws InterruptedException {
    for (int padding = 8000; padding < 8200; padding++) {
      String text = "a".repeat(padding) + "—\"\\\n\u0001é";
      onANewThread(() -> assertSameAsBolt("ephemeral", text, List.of(section(s -> s.text(markdownText(text))))));
      onANewThread(() -> assertSameAsBolt("ephemeral", null,
          List.of(Blocks.image(i -> i.imageUrl("https://example.com/a.png").altText(text)))));
    }
  }

  private static void onANewThread(Runnable check) throws InterruptedException {
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        check.run();
      } catch (Throwable e) {
        failed.set(e);
      }
    });
    thread.start();
    thread.join();
    if (failed.get() != null) {
      throw new AssertionError(failed.get());
    }
  }

  @Test
  void theAcknowledgementIsJsonWithStatus200() {
    Response ack = ReplyJson.ephemeralAck("hi", List.of(divider()));
    assertEquals(200, ack.getStatusCode());
    assertEquals("application/json; charset=utf-8", ack.getContentType());
    assertEquals(JsonParser.parseString(bolt("ephemeral", "hi", List.of(divider()))),
        JsonParser.parseString(ack.getBody()));
  }

  private static void assertSameAsBolt(String responseType, String text, List<LayoutBlock> blocks) {
    JsonElement expected = JsonParser.parseString(bolt(responseType, text, blocks));
    String written = ReplyJson.message(responseType, text, blocks);
    assertEquals(expected, JsonParser.parseString(written), written);
    // Gson's parser takes a raw control character inside a string: JSON does not, so it is checked here.
    assertTrue(written.chars().allMatch(c -> c >= 0x20 && c < 0x80), () -> "not printable ASCII: " + written);
  }

  /** What Bolt's {@code ctx.ack} sends, blocks left out when empty as Kith's handlers did. */
  private static String bolt(String responseType, String text, List<LayoutBlock> blocks) {
    return JsonOps.toJsonString(SlashCommandResponse.builder().responseType(responseType).text(text)
        .blocks(blocks == null || blocks.isEmpty() ? null : blocks).build());
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(0, 40);
    List<Integer> pool = new ArrayList<>(List.of((int) '"', (int) '\\', (int) '<', (int) '>', (int) '&', 0x0, 0x1f,
        0x7f, 0x2028, 0xe9, 0x1F642, (int) '\n'));
    for (int i = 0; i < length; i++) {
      int c = random.nextInt(4) == 0 ? pool.get(random.nextInt(pool.size())) : random.nextInt(0x20, 0x7f);
      text.appendCodePoint(c);
    }
    return text.toString();
  }
}
