package kith.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kith.contact.Card;
import kith.contact.WhoIds;
import kith.decision.DecisionIds;
import kith.decision.DecisionStore;
import kith.decision.DecisionStore.Recorded;
import kith.decision.NoteWriteStore;
import kith.decision.NoteWrites;
import kith.slack.Background;
import kith.slack.testing.Payloads;
import kith.slack.testing.SlackApiStandIn.Call;
import kith.slack.testing.SlackClient.Response;
import kith.slack.testing.SlackIds;
import kith.slack.testing.TestWorkspace;
import kith.vault.VaultImporter;
import kith.web.DecisionVault.Note;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions end to end: Slack's signed requests into the real server, the Web API stand-in answering, the H2 file
 * store and a copy of the example vault written back to. Background work runs on the request's thread, so when a
 * request returns its work is done.
 */
class DecisionsIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String EMOJI = "white_check_mark";
  static final String CHANNEL = "C0PILOT";
  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String AUTHOR = "U0DAVE";
  static final String PARENT_AUTHOR = "U0CAROL";

  @TempDir Path temp;
  DecisionVault vault;
  KithHarness kith;

  @BeforeEach
  void start() throws Exception {
    vault = DecisionVault.copyOfExample(temp.resolve("vault"));
    kith = new KithHarness(temp);
    kith.env.put("KITH_VAULT", vault.root().toString());
    kith.start();
    kith.wiring.importVault(vault.root(), VaultImporter.Progress.NONE);
  }

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  // ---- Recording

  @Test
  void aReactionOnAThreadReplyRecordsOneDecisionFiledUnderThePeopleItConcerns() {
    assertTrue(who("link <@U0SAMO|samo> Sam Okafor").body().contains("Linked"));
    assertTrue(who("link <#" + CHANNEL + "|pilot> Ana Lima").body().contains("Linked"));
    String parentTs = SlackIds.newTs();
    String replyTs = SlackIds.newTs();
    kith.slack.putMessage(CHANNEL, parentTs, parentTs, PARENT_AUTHOR,
        "Storage options for the pilot, Pepe please weigh in");
    kith.slack.putMessage(CHANNEL, replyTs, parentTs, AUTHOR,
        "We go with the tiered storage for Kushal Datta and PR, <@U0SAMO> owns the rollout");

    assertEquals(200, react("Ev101", ALICE, replyTs));

    assertEquals(1, decisionCount());
    Recorded decision = decision(replyTs);
    assertEquals("We go with the tiered storage for Kushal Datta and PR, @U0SAMO owns the rollout", decision.text());
    assertEquals(parentTs, decision.threadTs());
    assertEquals(ALICE, decision.recordedBy());
    assertEquals(AUTHOR, decision.authorId());
    assertEquals(permalink(replyTs), decision.permalink());
    assertEquals("reaction", recordedVia(decision.id()));
    assertEquals(Set.of(id("Kushal Datta"), id("Priya Raman"), id("Sam Okafor"), id("José Núñez"), id("Ana Lima")),
        Set.copyOf(subjects(decision.id())), "named in the reply, aliased in the parent, mentioned, the channel's");

    List<Call> posted = kith.slack.calls("chat.postMessage");
    assertEquals(1, posted.size(), posted::toString);
    Call confirmation = posted.get(0);
    assertEquals(CHANNEL, confirmation.param("channel"));
    assertEquals(parentTs, confirmation.param("thread_ts"), "in the thread, under its parent");
    String blocks = confirmation.params().getAsJsonArray("blocks").toString();
    assertTrue(blocks.contains("We go with the tiered storage for Kushal Datta and PR"), blocks);
    String filing = confirmation.params().getAsJsonArray("blocks").get(1).toString();
    for (String name : List.of("Kushal Datta", "Priya Raman", "Sam Okafor", "José Núñez", "Ana Lima")) {
      assertTrue(filing.contains("*" + name + "*"), name + " in " + filing);
    }
    assertFalse(filing.contains("Sam Carter"), filing);
    assertTrue(filing.contains("recorded by <@" + ALICE + ">"), filing);
    JsonObject undo = element(confirmation, DecisionIds.UNDO);
    assertEquals("button", undo.get("type").getAsString());
    assertEquals(String.valueOf(decision.id()), undo.get("value").getAsString());
    assertEquals("multi_external_select", element(confirmation, DecisionIds.PEOPLE).get("type").getAsString());
    assertNotNull(decision.confirmationTs(), "the confirmation is remembered, to be updated later");
  }

  @Test
  void aSecondPersonReactingRecordsNothingMore() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");

    assertEquals(200, react("Ev201", ALICE, ts));
    assertEquals(200, react("Ev202", BOB, ts));

    assertEquals(1, decisionCount());
    assertEquals(ALICE, decision(ts).recordedBy());
    assertEquals(1, kith.slack.calls("chat.postMessage").size());
    // The Home tab lists recent decisions: it is refreshed for whoever recorded one.
    assertEquals(List.of(ALICE), kith.slack.calls("views.publish").stream().map(c -> c.param("user_id")).toList());
  }

  @Test
  void aRetriedEventRecordsNothingMore() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    JsonObject envelope = Payloads.reactionAdded("Ev301", ALICE, EMOJI, CHANNEL, ts, AUTHOR);

    assertEquals(200, kith.client.event(envelope).status());
    assertEquals(200, kith.client.post(envelope.toString(), "application/json",
        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"), kith.client.now()).status());

    assertEquals(1, decisionCount());
    assertEquals(1, kith.slack.calls("chat.postMessage").size());
  }

  @Test
  void twoReactionsAtOnceRecordOneDecision() throws Exception {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    // Both deliveries read the message before either stores it: the store has to decide.
    CountDownLatch readsHeld = new CountDownLatch(1);
    kith.slack.delayNext("conversations.replies", readsHeld);
    kith.slack.delayNext("conversations.replies", readsHeld);
    CountDownLatch together = new CountDownLatch(1);
    ExecutorService senders = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> alice = senders.submit(afterRelease(together, () -> react("Ev401", ALICE, ts)));
      Future<Integer> bob = senders.submit(afterRelease(together, () -> react("Ev402", BOB, ts)));
      together.countDown();
      kith.slack.awaitCall("conversations.replies", WAIT);
      kith.slack.awaitCall("conversations.replies", WAIT);
      readsHeld.countDown();

      assertEquals(200, alice.get(30, TimeUnit.SECONDS));
      assertEquals(200, bob.get(30, TimeUnit.SECONDS));
    } finally {
      readsHeld.countDown();
      senders.shutdownNow();
    }

    assertEquals(1, decisionCount());
    assertEquals(1, kith.slack.calls("chat.postMessage").size(), () -> kith.slack.calls().toString());
    assertEquals(List.of(id("Kushal Datta")), subjects(decision(ts).id()));
  }

  @Test
  void theRecordDecisionShortcutRecordsTheMessage() {
    String ts = SlackIds.newTs();
    String text = "Priya Raman owns the partner review deck";
    kith.slack.putMessage(CHANNEL, ts, null, AUTHOR, text);

    Response ack = kith.client.interactivity(Payloads.messageShortcut(DecisionIds.SHORTCUT, ALICE, CHANNEL, ts, text,
        null, kith.slack.responseUrl("shortcut")));

    assertEquals(200, ack.status());
    assertEquals(1, decisionCount());
    Recorded decision = decision(ts);
    assertEquals(text, decision.text());
    assertEquals("shortcut", recordedVia(decision.id()));
    assertEquals(List.of(id("Priya Raman")), subjects(decision.id()));
    Call confirmation = kith.slack.awaitCall("chat.postMessage", WAIT);
    assertEquals(ts, confirmation.param("thread_ts"), "a new thread under the message");
    assertTrue(kith.slack.calls("response_url:shortcut").isEmpty(), "nothing to explain");
  }

  @Test
  void aThreadReplyStartingWithDecisionRecordsItselfWithoutThePrefix() {
    String parentTs = SlackIds.newTs();
    String replyTs = SlackIds.newTs();
    String text = "Decision: Kushal Datta signs off each pilot phase";
    kith.slack.putMessage(CHANNEL, parentTs, parentTs, PARENT_AUTHOR, "Who signs off the pilot?");
    kith.slack.putMessage(CHANNEL, replyTs, parentTs, AUTHOR, text);

    assertEquals(200, kith.client.event(
        DecisionPayloads.threadReply("Ev501", AUTHOR, CHANNEL, replyTs, parentTs, PARENT_AUTHOR, text)).status());

    assertEquals(1, decisionCount());
    Recorded decision = decision(replyTs);
    assertEquals("Kushal Datta signs off each pilot phase", decision.text());
    assertEquals(AUTHOR, decision.recordedBy());
    assertEquals("reply", recordedVia(decision.id()));
    assertEquals(List.of(id("Kushal Datta")), subjects(decision.id()));
    assertEquals(parentTs, kith.slack.awaitCall("chat.postMessage", WAIT).param("thread_ts"));
  }

  @Test
  void anUnreadableMessageIsExplainedToWhoeverReactedAndRecordsNothing() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    kith.slack.failNext("conversations.replies", "not_in_channel");

    assertEquals(200, react("Ev601", ALICE, ts));

    Call explanation = kith.slack.awaitCall("chat.postEphemeral", WAIT);
    assertEquals(CHANNEL, explanation.param("channel"));
    assertEquals(ALICE, explanation.param("user"));
    assertTrue(explanation.param("text").contains("/invite"), explanation::toString);
    assertEquals(0, decisionCount());
    assertTrue(kith.slack.calls("chat.postMessage").isEmpty());
  }

  @Test
  void whenNotEvenAnEphemeralCanBePostedThereTheExplanationComesByDirectMessage() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    kith.slack.failNext("conversations.replies", "not_in_channel");
    kith.slack.failNext("chat.postEphemeral", "not_in_channel");

    assertEquals(200, react("Ev651", ALICE, ts));

    assertEquals(ALICE, kith.slack.awaitCall("conversations.open", WAIT).param("users"));
    Call dm = kith.slack.awaitCall("chat.postMessage", WAIT);
    assertEquals(TestWorkspace.DM_CHANNEL_ID, dm.param("channel"));
    assertTrue(dm.param("text").contains("/invite"), dm::toString);
    assertEquals(0, decisionCount());
  }

  // ---- Undoing and changing

  @Test
  void removingTheLastDecisionReactionUndoesTheDecision() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    react("Ev701", ALICE, ts);
    Recorded recorded = decision(ts);

    // The stand-in holds no reactions on the message: Alice's was the only one, and it is gone.
    assertEquals(200, unreact("Ev702", ALICE, ts));

    Call asked = kith.slack.awaitCall("reactions.get", WAIT);
    assertEquals(CHANNEL, asked.param("channel"));
    assertEquals(ts, asked.param("timestamp"));
    Recorded undone = decision(ts);
    assertNotNull(undone.undoneAt());
    assertEquals(ALICE, undone.undoneBy());
    assertUpdatedAsUndone(recorded, ALICE);
  }

  @Test
  void removingOneReactionWhileAnotherRemainsKeepsTheDecision() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    react("Ev801", ALICE, ts);
    react("Ev802", BOB, ts);
    kith.slack.addReaction(CHANNEL, ts, EMOJI, BOB);

    assertEquals(200, unreact("Ev803", ALICE, ts));

    assertEquals(1, kith.slack.calls("reactions.get").size());
    assertNull(decision(ts).undoneAt(), "Bob's reaction still records it");
    assertTrue(kith.slack.calls("chat.update").isEmpty());
  }

  @Test
  void undoOnTheConfirmationUndoesTheDecision() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    react("Ev901", ALICE, ts);
    Recorded recorded = decision(ts);

    assertEquals(200, click(DecisionIds.UNDO, String.valueOf(recorded.id()), recorded.confirmationTs()).status());

    assertNotNull(decision(ts).undoneAt());
    assertEquals(BOB, decision(ts).undoneBy());
    assertUpdatedAsUndone(recorded, BOB);
  }

  @Test
  void changingPeopleRefilesTheDecision() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    react("Ev1001", ALICE, ts);
    Recorded recorded = decision(ts);
    Map<Long, String> chosen = new LinkedHashMap<>();
    chosen.put(id("Priya Raman"), "Priya Raman");
    chosen.put(id("Sam Carter"), "Sam Carter");

    Response ack = kith.client.interactivity(DecisionPayloads.peopleChosen(recorded.id(), chosen, BOB, CHANNEL,
        kith.slack.responseUrl("people"), recorded.confirmationTs()));

    assertEquals(200, ack.status());
    assertEquals(Set.of(id("Priya Raman"), id("Sam Carter")), Set.copyOf(subjects(recorded.id())));
    Call update = kith.slack.awaitCall("chat.update", WAIT);
    assertEquals(recorded.confirmationTs(), update.param("ts"));
    String context = update.params().getAsJsonArray("blocks").get(1).toString();
    assertTrue(context.contains("Priya Raman") && context.contains("Sam Carter"), context);
    assertFalse(context.contains("Kushal Datta"), context);
  }

  @Test
  void changingPeopleMovesTheLineFromOneNoteToTheOthers() throws Exception {
    Path priyaNote = vault.root().resolve("People/Priya Raman.md");
    Path samNote = vault.root().resolve("People/Sam Carter.md");
    byte[] kushal = vault.bytes(Note.LF);
    String priya = Files.readString(priyaNote);
    String sam = Files.readString(samNote);
    String text = "We keep the pilot to one site, agreed with Kushal Datta";
    String ts = threadReply(text);
    react("Ev1051", ALICE, ts);
    Recorded recorded = decision(ts);
    Map<Long, String> chosen = new LinkedHashMap<>();
    chosen.put(id("Priya Raman"), "Priya Raman");
    chosen.put(id("Sam Carter"), "Sam Carter");

    kith.client.interactivity(DecisionPayloads.peopleChosen(recorded.id(), chosen, BOB, CHANNEL,
        kith.slack.responseUrl("people"), recorded.confirmationTs()));

    String line = "- ✅ " + text + " ([Slack](" + permalink(ts) + "), " + today() + ")";
    assertArrayEquals(kushal, vault.bytes(Note.LF), "no longer filed under Kushal Datta");
    String quarterly = "- ✅ Partner reviews move to a quarterly cadence. "
        + "([Slack](https://example.slack.com/archives/C1/p1700000000000100), 2026-11-12)\n";
    assertEquals(priya.replace(quarterly, quarterly + line + "\n"), Files.readString(priyaNote),
        "under her own Decisions heading");
    assertEquals(sam + "\n## Key Decisions\n\n" + line + "\n", Files.readString(samNote), "a section of its own");
  }

  @Test
  void onlyWholeNamesAndAliasesFileADecision() {
    String ts = threadReply("Our PRs wait for the Samsung and Pepes rollout, says Kushalina Dattaworth");

    react("Ev1061", ALICE, ts);

    assertEquals(List.of(), subjects(decision(ts).id()));
    String blocks = kith.slack.awaitCall("chat.postMessage", WAIT).params().getAsJsonArray("blocks").toString();
    assertTrue(blocks.contains("Not filed under anyone yet"), blocks);
  }

  @Test
  void reactingAgainAfterAnUndoBringsTheDecisionBack() {
    byte[] original = vault.bytes(Note.LF);
    String text = "We keep the pilot to one site, agreed with Kushal Datta";
    String ts = threadReply(text);
    react("Ev1071", ALICE, ts);
    unreact("Ev1072", ALICE, ts);
    assertNotNull(decision(ts).undoneAt());
    assertArrayEquals(original, vault.bytes(Note.LF));

    assertEquals(200, react("Ev1073", BOB, ts));

    Recorded revived = decision(ts);
    assertNull(revived.undoneAt());
    assertEquals(BOB, revived.recordedBy());
    assertEquals(1, decisionCount());
    assertEquals(1, kith.slack.calls("chat.postMessage").size(), "the same confirmation, updated");
    List<Call> updates = kith.slack.calls("chat.update");
    assertEquals(2, updates.size(), updates::toString);
    String blocks = updates.get(1).params().getAsJsonArray("blocks").toString();
    assertTrue(blocks.contains("recorded by <@" + BOB + ">") && blocks.contains(DecisionIds.UNDO), blocks);
    String line = "- ✅ " + text + " ([Slack](" + permalink(ts) + "), " + today() + ")";
    assertArrayEquals(DecisionVault.withDecision(original, Note.LF, line), vault.bytes(Note.LF));
  }

  @Test
  void thePeopleSelectOffersContactsMatchingWhatIsTyped() {
    String ts = threadReply("We keep the pilot to one site, Kushal Datta agreed");
    react("Ev1101", ALICE, ts);
    Recorded recorded = decision(ts);

    Response options = kith.client.interactivity(
        DecisionPayloads.peopleSuggestion(recorded.id(), "kus", BOB, CHANNEL, recorded.confirmationTs()));

    assertEquals(200, options.status());
    JsonArray offered = options.json().getAsJsonObject().getAsJsonArray("options");
    assertNotNull(offered, options::body);
    List<String> labels = new ArrayList<>();
    String kushalValue = null;
    for (JsonElement option : offered) {
      String label = option.getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
      labels.add(label);
      if (label.equals("Kushal Datta")) {
        kushalValue = option.getAsJsonObject().get("value").getAsString();
      }
    }
    assertTrue(labels.contains("Kushal Datta"), labels::toString);
    assertEquals(String.valueOf(id("Kushal Datta")), kushalValue);
  }

  // ---- Writing back to the vault

  @ParameterizedTest
  @EnumSource(Note.class)
  void theDecisionIsWrittenIntoTheNoteAndUndoRestoresItsBytes(Note note) {
    byte[] original = vault.bytes(note);
    String text = "We keep the pilot to one site, agreed with " + note.person;
    String ts = threadReply(text);

    react("Ev1201", ALICE, ts);

    Recorded decision = decision(ts);
    assertEquals(List.of(id(note.person)), subjects(decision.id()));
    String line = "- ✅ " + text + " ([Slack](" + permalink(ts) + "), " + today() + ")";
    byte[] expected = DecisionVault.withDecision(original, note, line);
    assertEquals(new String(expected, StandardCharsets.UTF_8), vault.text(note));
    assertArrayEquals(expected, vault.bytes(note));

    click(DecisionIds.UNDO, String.valueOf(decision.id()), decision.confirmationTs());

    assertNotNull(decision(ts).undoneAt());
    assertArrayEquals(original, vault.bytes(note), () -> "after undo:\n" + vault.text(note));
  }

  @Test
  void importingTheNoteAgainShowsTheDecisionOnce() {
    String text = "We keep the pilot to one site, agreed with Kushal Datta";
    String ts = threadReply(text);
    react("Ev1301", ALICE, ts);
    assertTrue(vault.text(Note.LF).contains(permalink(ts)), "written back");

    kith.wiring.importVault(vault.root(), VaultImporter.Progress.NONE);

    long kushal = id("Kushal Datta");
    int fromNote = jdbi().withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM decision WHERE contact_id = :id AND link = :link")
        .bind("id", kushal).bind("link", permalink(ts)).mapTo(Integer.class).one());
    assertEquals(1, fromNote, "the import read the written line back");
    List<Card.Decision> onCard = kith.wiring.cards().card(id("Kushal Datta")).orElseThrow().decisions().stream()
        .filter(d -> d.text().equals(text)).toList();
    assertEquals(1, onCard.size(), onCard::toString);
    assertEquals("slack", onCard.get(0).source());
    assertEquals(1, countOccurrences(who("Kushal Datta").body(), "agreed with Kushal Datta"));
  }

  @Test
  void aDecisionAboutSomeoneWhoseNoteIsReadOnlyIsRecordedAndItsWriteQueued() throws Exception {
    byte[] original = vault.bytes(Note.LF);
    String ts = threadReply("We keep the pilot to one site, agreed with Kushal Datta");

    Recorded decision = recordWhileReadOnly(Note.LF, ts);

    assertNull(decision.undoneAt());
    assertEquals(List.of(id("Kushal Datta")), subjects(decision.id()));
    assertEquals(1, kith.slack.calls("chat.postMessage").size(), "confirmed all the same");
    assertArrayEquals(original, vault.bytes(Note.LF), "a read-only note is left alone");
    List<NoteWriteStore.Pending> pending = noteWrites().pending();
    assertEquals(1, pending.size(), pending::toString);
    assertEquals("append", pending.get(0).action());
    assertEquals(id("Kushal Datta"), pending.get(0).contactId());
    assertEquals(decision.id(), pending.get(0).decisionId());
    assertNotNull(pending.get(0).lastError(), "why it waits");
  }

  @Test
  void aQueuedWriteIsMadeOnceWhenTheNoteIsWritableAgain() throws Exception {
    byte[] original = vault.bytes(Note.LF);
    String text = "We keep the pilot to one site, agreed with Kushal Datta";
    String ts = threadReply(text);
    recordWhileReadOnly(Note.LF, ts);
    assertEquals(1, noteWrites().pending().size());

    assertEquals(1, noteWrites().writeAllNow());
    assertEquals(0, noteWrites().writeAllNow(), "nothing left to write");

    String line = "- ✅ " + text + " ([Slack](" + permalink(ts) + "), " + today() + ")";
    assertEquals(1, countOccurrences(vault.text(Note.LF), line), vault.text(Note.LF));
    assertArrayEquals(DecisionVault.withDecision(original, Note.LF, line), vault.bytes(Note.LF));
    assertTrue(noteWrites().pending().isEmpty());
  }

  // ---- On the card

  @Test
  void theDecisionShowsOnTheCardAndInTheDecisionsList() {
    String text = "We keep the pilot to one site, agreed with Kushal Datta";
    // Asked before: the card is kept in memory (an H2 store), and the decision must reach it there too.
    String before = who("Kushal Datta").body();
    assertFalse(before.contains(text), before);
    react("Ev1501", ALICE, threadReply(text));

    String card = who("Kushal Datta").body();
    assertTrue(card.contains(text), card);
    assertTrue(card.contains("\"" + WhoIds.DECISIONS + "\""), card);

    JsonObject list = who("Kushal Datta decisions").json().getAsJsonObject();
    assertTrue(list.toString().contains("Decisions with Kushal Datta"), list::toString);
    assertTrue(list.toString().contains(text), list::toString);
  }

  @Test
  void aDecisionUndoneThenRevivedLeavesTheCardThenComesBack() throws Exception {
    // No vault: nothing is written back to a note, so the decision's own table is the only write (an undo or a
    // revival changes slack_decision alone), and the card, kept rendered, must still follow it.
    kith.env.remove("KITH_VAULT");
    kith.restart();
    String text = "We keep the pilot to one site, agreed with Kushal Datta";
    String ts = threadReply(text);
    react("Ev1801", ALICE, ts);
    assertTrue(who("Kushal Datta").body().contains(text));

    Recorded recorded = decision(ts);
    assertEquals(200, click(DecisionIds.UNDO, String.valueOf(recorded.id()), recorded.confirmationTs()).status());
    String undone = who("Kushal Datta").body();
    assertFalse(undone.contains(text), undone);

    react("Ev1802", BOB, ts);
    assertNull(decision(ts).undoneAt());
    String revived = who("Kushal Datta").body();
    assertTrue(revived.contains(text), revived);
  }

  // ---- Helpers

  /** Records the reply {@code ts} by a reaction while {@code note} is read-only (owner-write off), then restores it. */
  Recorded recordWhileReadOnly(Note note, String ts) throws Exception {
    Path path = vault.path(note);
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--r--r--"));
    try {
      assertEquals(200, react("Ev" + ts, ALICE, ts));
    } finally {
      Files.setPosixFilePermissions(path, before);
    }
    return decision(ts);
  }

  NoteWrites noteWrites() {
    return kith.wiring.noteWrites(Background.sameThread());
  }

  Response who(String text) {
    return kith.client.slashCommand(Payloads.slashCommand("/who", text, ALICE, CHANNEL, kith.slack.responseUrl("who")));
  }

  int react(String eventId, String user, String ts) {
    return kith.client.event(Payloads.reactionAdded(eventId, user, EMOJI, CHANNEL, ts, AUTHOR)).status();
  }

  int unreact(String eventId, String user, String ts) {
    return kith.client.event(Payloads.reactionRemoved(eventId, user, EMOJI, CHANNEL, ts, AUTHOR)).status();
  }

  Response click(String actionId, String value, String confirmationTs) {
    return kith.client.interactivity(Payloads.blockAction(actionId, value, BOB, CHANNEL,
        kith.slack.responseUrl("click"), confirmationTs));
  }

  /** A reply with {@code text} in a new thread whose parent names no one; returns the reply's ts. */
  String threadReply(String text) {
    String parentTs = SlackIds.newTs();
    String replyTs = SlackIds.newTs();
    kith.slack.putMessage(CHANNEL, parentTs, parentTs, PARENT_AUTHOR, "Planning the pilot");
    kith.slack.putMessage(CHANNEL, replyTs, parentTs, AUTHOR, text);
    return replyTs;
  }

  void assertUpdatedAsUndone(Recorded recorded, String undoneBy) {
    List<Call> updates = kith.slack.calls("chat.update");
    assertEquals(1, updates.size(), updates::toString);
    Call update = updates.get(0);
    assertEquals(CHANNEL, update.param("channel"));
    assertEquals(recorded.confirmationTs(), update.param("ts"), "the confirmation itself is updated");
    assertTrue(update.param("text").contains("undone"), update::toString);
    String blocks = update.params().getAsJsonArray("blocks").toString();
    assertTrue(blocks.contains("undone by <@" + undoneBy + ">"), blocks);
    assertFalse(blocks.contains(DecisionIds.UNDO), "no Undo on an undone decision: " + blocks);
    assertEquals(1, kith.slack.calls("chat.postMessage").size(), "no second confirmation");
  }

  static JsonObject element(Call message, String actionId) {
    for (JsonElement block : message.params().getAsJsonArray("blocks")) {
      JsonObject object = block.getAsJsonObject();
      if ("actions".equals(object.get("type").getAsString())) {
        for (JsonElement element : object.getAsJsonArray("elements")) {
          if (actionId.equals(element.getAsJsonObject().get("action_id").getAsString())) {
            return element.getAsJsonObject();
          }
        }
      }
    }
    throw new AssertionError("no element " + actionId + " in " + message);
  }

  static <T> Callable<T> afterRelease(CountDownLatch release, Callable<T> work) {
    return () -> {
      release.await();
      return work.call();
    };
  }

  static int countOccurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  static String permalink(String ts) {
    return TestWorkspace.WORKSPACE_URL + "archives/" + CHANNEL + "/" + SlackIds.permalinkTs(ts);
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  Jdbi jdbi() {
    return kith.wiring.database().jdbi();
  }

  long id(String name) {
    return kith.contactId(name);
  }

  int decisionCount() {
    return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM slack_decision").mapTo(Integer.class).one());
  }

  Recorded decision(String ts) {
    return jdbi().withExtension(DecisionStore.class, s -> s.byMessage(CHANNEL, ts)).orElseThrow(
        () -> new AssertionError("no decision for message " + ts));
  }

  String recordedVia(long id) {
    return jdbi().withHandle(h -> h.createQuery("SELECT recorded_via FROM slack_decision WHERE id = :id")
        .bind("id", id).mapTo(String.class).one());
  }

  List<Long> subjects(long decisionId) {
    return jdbi().withExtension(DecisionStore.class, s -> s.subjects(decisionId));
  }
}
