package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.NoteContentStore.AttributeRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.SectionRow;
import kith.contact.NoteContentStore.TaskRow;
import kith.contact.NoteContentStore.TextRow;
import org.junit.jupiter.api.Test;

/**
 * The JSON {@link StoredRecords} writes is the JSON Gson's reflection wrote before it, in no more memory (characters
 * past Latin-1 as escapes where that is less), and the note mentions byte for byte what they were; so documents and cards stored by earlier versions read the same,
 * and every record reads back equal to what was written; note documents since format 2 leave out what the rest of the
 * document gives, and format 1 still reads.
 */
class StoredRecordsTest {
  /** What Kith's stored JSON was before {@link StoredRecords}: Gson's reflection, with ISO dates. */
  static final Gson REFLECTION = new GsonBuilder()
      .disableHtmlEscaping()
      .registerTypeAdapter(LocalDate.class, new TypeAdapter<LocalDate>() {
        @Override
        public void write(JsonWriter out, LocalDate date) throws IOException {
          out.value(date.toString());
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
          return LocalDate.parse(in.nextString());
        }
      }.nullSafe())
      .create();

  /** JSON written back with every character as it is, explicit nulls kept. */
  private static final Gson AS_IS = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private static final Type APPEARANCES = new TypeToken<List<AppearanceRow>>() {}.getType();

  /** Text that JSON must escape, or that a careless writer would mangle. */
  private static final String[] AWKWARD = {
    "", " ", "Kushal Datta", "\"quoted\"", "back\\slash", "line\nbreak", "tab\there", "nul\u0000char",
    "<@U123> & <!channel>", "Zoë Ångström", "日本語の名前", "emoji 🎉", "\u2028\u2029", "</script>", "{\"json\":1}",
    "x".repeat(3000)
  };

  private final SplittableRandom random = new SplittableRandom(20261203);

  @Test
  void noteDocumentsReadBackEqualWithoutWhatTheRestOfTheDocumentGives() {
    int leftOut = 0;
    for (int i = 0; i < 300; i++) {
      NoteDocument document = document(true);
      String json = document.json();
      assertEquals(Optional.of(document), NoteDocument.of(json, NoteDocument.FORMAT));
      assertSameJsonNoLargerInMemory(AS_IS.toJson(JsonParser.parseString(json)), json);
      assertFalse(json.contains("\"position\""), json);
      for (InteractionRow interaction : document.interactions()) {
        if (interaction.happenedOn() != null && interaction.happenedOn().toString().equals(interaction.dateText())
            && interaction.title() != null && interaction.title().equals(interaction.link())) {
          assertFalse(json.contains("\"dateText\":\"" + interaction.dateText() + "\""), json);
          leftOut++;
        }
      }
    }
    assertTrue(leftOut > 100, "the usual interaction, its date's text and link left out, was tried " + leftOut);
  }

  @Test
  void anInteractionWhoseTextsAreNotItsDateAndTitleKeepsThem() {
    LocalDate day = LocalDate.of(2026, 1, 12);
    List<InteractionRow> interactions = List.of(
        new InteractionRow(0, day, "2026-01-12", "Review", "Review", "usual", null),
        new InteractionRow(1, day, "2026/1/12", "Review", "2026-01-12 Review", "other spelling, aliased link", null),
        new InteractionRow(2, day, null, null, "Review", "no texts but a link", null),
        new InteractionRow(3, null, "unknown", "Review", null, "a title without a link", null),
        new InteractionRow(4, null, null, null, null, "nothing but a summary", null));
    NoteDocument document = new NoteDocument(List.of(), List.of(), interactions, List.of(), List.of(), List.of(),
        List.of(), List.of());

    String json = document.json();

    assertEquals(Optional.of(document), NoteDocument.of(json, NoteDocument.FORMAT));
    assertTrue(json.startsWith("{\"tags\":[],\"attributes\":[],\"interactions\":["
        + "{\"happenedOn\":\"2026-01-12\",\"title\":\"Review\",\"summary\":\"usual\"},"
        + "{\"happenedOn\":\"2026-01-12\",\"dateText\":\"2026/1/12\",\"title\":\"Review\","
        + "\"link\":\"2026-01-12 Review\",\"summary\":\"other spelling, aliased link\"},"
        + "{\"happenedOn\":\"2026-01-12\",\"dateText\":null,\"link\":\"Review\","
        + "\"summary\":\"no texts but a link\"},"
        + "{\"dateText\":\"unknown\",\"title\":\"Review\",\"link\":null,\"summary\":\"a title without a link\"},"
        + "{\"summary\":\"nothing but a summary\"}]"), json);
  }

  @Test
  void noteDocumentsInFormatOneReadAsTheyWereWritten() {
    for (int i = 0; i < 300; i++) {
      NoteDocument document = document(false);
      assertEquals(Optional.of(document), NoteDocument.of(REFLECTION.toJson(document, NoteDocument.class), 1));
    }
  }

  @Test
  void aNoteDocumentInAFormatThisVersionDoesNotKnowReadsAsNone() {
    assertEquals(Optional.empty(), NoteDocument.of("{\"tags\":[],\"pages\":[{\"n\":1}]}", NoteDocument.FORMAT + 1));
  }

  @Test
  void readyCardsAreWrittenAsReflectionWroteThemInTheLeastMemoryAndReadBackEqual() {
    for (int i = 0; i < 300; i++) {
      CardNote note = cardNote();
      String json = ReadyCards.json(note);
      assertSameJsonNoLargerInMemory(REFLECTION.toJson(note, CardNote.class), json);
      assertEquals(note, ReadyCards.note(json));
      assertEquals(note, ReadyCards.note(REFLECTION.toJson(note, CardNote.class)));
    }
  }

  @Test
  void appearancesAreWrittenAsReflectionWroteThemInTheLeastMemoryAndReadBackEqual() {
    for (int i = 0; i < 100; i++) {
      List<AppearanceRow> appearances = list(() -> new AppearanceRow(random.nextLong(), text(), random.nextInt(),
          date()));
      String json = ReadyCards.json(appearances);
      assertSameJsonNoLargerInMemory(REFLECTION.toJson(appearances, APPEARANCES), json);
      assertEquals(appearances, ReadyCards.appearances(json));
    }
  }

  @Test
  void noteMentionsAreWrittenAsReflectionWouldWriteThemAndReadBackEqual() {
    Type mentions = new TypeToken<List<NoteMentions.Mention>>() {}.getType();
    for (int i = 0; i < 100; i++) {
      List<NoteMentions.Mention> named = list(() -> new NoteMentions.Mention(text(), text(), text(), date()));
      String json = NoteMentions.json(named);
      assertEquals(REFLECTION.toJson(named, mentions), json);
      assertEquals(named, NoteMentions.of(json));
      for (NoteMentions.Mention mention : named) {
        if (mention.nameKey() != null) {
          assertTrue(json.contains(NoteMentions.nameKeyAsWritten(mention.nameKey())),
              "a card looking for " + mention.nameKey() + " decodes this note's mentions");
        }
      }
    }
  }

  @Test
  void gsonReadsWhatIsStoredButDoesNotWriteIt() {
    Gson stored = StoredRecords.register(new GsonBuilder()).create();
    CardNote note = cardNote();

    assertEquals(note, stored.fromJson(ReadyCards.json(note), CardNote.class));
    assertThrows(UnsupportedOperationException.class, () -> stored.toJson(note, CardNote.class));
  }

  @Test
  void fieldsItDoesNotKnowAndNullsAreReadPast() {
    CardNote note = ReadyCards.note("""
        {"name":"Ada","future":{"nested":[1,2,{"x":null}]},"role":null,"mentionedOnly":true,"aliases":[],
         "recent":[{"date":"2026-01-03","title":"Prep","unknown":"?"}],"interactionCount":7}
        """);
    assertEquals("Ada", note.name());
    assertEquals(null, note.role());
    assertEquals(true, note.mentionedOnly());
    assertEquals(List.of(), note.aliases());
    assertEquals(List.of(new Card.Interaction(LocalDate.of(2026, 1, 3), null, "Prep", null, null, null)),
        note.recent());
    assertEquals(7, note.interactionCount());
    assertEquals(null, note.keyFacts());
  }

  @Test
  void isoDatesReadAsLocalDateParseReadsThem() {
    LocalDate date = LocalDate.of(1000, 1, 1);
    while (date.getYear() < 2100) {
      assertEquals(date, IsoDates.parse(date.toString()));
      date = date.plusDays(random.nextInt(1, 40));
    }
    for (String other : List.of("0999-12-31", "+10000-01-01", "-0001-06-15", "2026-02-28")) {
      assertEquals(LocalDate.parse(other), IsoDates.parse(other));
    }
    assertThrows(DateTimeException.class, () -> IsoDates.parse("2026-02-30"));
    assertThrows(DateTimeException.class, () -> IsoDates.parse("2026-13-01"));
    assertThrows(DateTimeException.class, () -> IsoDates.parse("2026-1x-01"));
    assertThrows(DateTimeException.class, () -> IsoDates.parse("26-1-1"));
  }

  @Test
  void humanDatesAreWhatTheFormatterWrites() {
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    LocalDate date = LocalDate.of(1899, 12, 25);
    while (date.getYear() < 2101) {
      assertEquals(date.format(formatter), CardText.human(date));
      date = date.plusDays(random.nextInt(1, 20));
    }
    for (LocalDate far : List.of(LocalDate.of(999, 3, 4), LocalDate.of(12026, 5, 6), LocalDate.of(9999, 12, 31))) {
      assertEquals(far.format(formatter), CardText.human(far));
    }
  }

  /**
   * The same JSON value as {@code expected}, in no more memory, and one byte a character where it can be (in memory
   * as {@link KeptCards#bytes(String)} counts it).
   */
  private static void assertSameJsonNoLargerInMemory(String expected, String json) {
    assertEquals(JsonParser.parseString(expected), JsonParser.parseString(json));
    assertTrue(KeptCards.bytes(json) <= KeptCards.bytes(expected), json);
    long pastLatin1 = expected.chars().filter(c -> c > 0xFF).count();
    assertEquals(pastLatin1 == 0 || 5 * pastLatin1 < expected.length(), KeptCards.bytes(json) == json.length(), json);
  }

  /**
   * A random document; {@code numbered}, each row at the position its list gives it, as the importer numbers them,
   * and most interactions dated and linked as a vault's usually are.
   */
  private NoteDocument document(boolean numbered) {
    return new NoteDocument(
        rows(numbered, position -> new TextRow(position, text())),
        rows(numbered, position -> new AttributeRow(position, text(), text(), text(), random.nextBoolean())),
        rows(numbered, position -> interaction(position, numbered && random.nextBoolean())),
        rows(numbered, position -> new TextRow(position, text())),
        rows(numbered, position -> new TextRow(position, text())),
        rows(numbered, position -> new TaskRow(position, text(), random.nextBoolean(), date(), date())),
        rows(numbered, position -> new RelatedRow(position, text(), text(), text())),
        rows(numbered, position -> new SectionRow(position, text(), text())));
  }

  private InteractionRow interaction(int position, boolean usual) {
    if (usual) {
      LocalDate day = LocalDate.ofEpochDay(random.nextLong(-100_000, 100_000));
      String title = day + " - " + text();
      return new InteractionRow(position, day, day.toString(), title, title, text(), text());
    }
    return new InteractionRow(position, date(), text(), text(), text(), text(), text());
  }

  /** Up to five rows, each at its place in the list when {@code numbered}, else anywhere. */
  private <T> List<T> rows(boolean numbered, IntFunction<T> row) {
    List<T> rows = new ArrayList<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      rows.add(row.apply(numbered ? i : random.nextInt(-5, 100)));
    }
    return rows;
  }

  private CardNote cardNote() {
    return new CardNote(text(), random.nextBoolean(), list(this::text), text(), text(), text(), text(), text(),
        date(),
        list(() -> new Card.Interaction(date(), text(), text(), text(), text(), text())),
        random.nextInt(1000),
        list(this::text),
        list(() -> new Card.Task(text(), date())),
        list(() -> new Card.Decision(text(), date(), text(), text(), text())),
        list(this::text), list(this::text), list(this::text), list(this::text),
        list(() -> new Card.Section(text(), text())));
  }

  /** Up to five items, sometimes none. */
  private <T> List<T> list(Supplier<T> item) {
    List<T> items = new ArrayList<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      items.add(item.get());
    }
    return items;
  }

  /** Null a fifth of the time, else awkward or random text. */
  private String text() {
    int pick = random.nextInt(10);
    if (pick < 2) {
      return null;
    }
    if (pick < 6) {
      return AWKWARD[random.nextInt(AWKWARD.length)];
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(random.nextInt(10) == 0 ? random.nextInt(0x20, 0x2FFF) : random.nextInt(0x20, 0x7F));
    }
    return text.toString();
  }

  /** Null a quarter of the time, else any day of four centuries. */
  private LocalDate date() {
    return random.nextInt(4) == 0 ? null : LocalDate.ofEpochDay(random.nextLong(-100_000, 100_000));
  }
}
