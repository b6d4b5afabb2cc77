package kith.contact;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kith.JsonText;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.NoteMentions.Mention;
import kith.contact.NoteContentStore.AttributeRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.SectionRow;
import kith.contact.NoteContentStore.TaskRow;
import kith.contact.NoteContentStore.TextRow;

/**
 * The records Kith keeps as JSON (note documents, ready cards, appearances, note mentions), written and read from a
 * list of their fields: written by {@link JsonText}, read by Gson's reader. Gson's reflection wrote a note's
 * document and card in a fifth of the import's writer thread, and decoding a ready card was most of what a /who
 * spent in Gson, whose generic adapters are also much code for the JIT to compile while a server warms up. The JSON
 * is the value reflection gives: the components in their order, under their names, null ones left out, dates as ISO
 * text ({@code StoredRecordsTest} holds the two equal), so what earlier versions stored reads the same; except a note
 * document's rows since {@link NoteDocument#FORMAT} 2, which leave out what the rest of the document gives, and whose
 * format 1 is still read. A field it does not know is read past. Documents, cards and appearances are written with
 * the characters past Latin-1 as escapes where that takes less memory ({@link JsonText.Escapes#SMALLEST_IN_MEMORY}):
 * nearly every note has one (an emoji of a task, a letter of a name), and one such character made the whole string
 * two bytes a character, so the kept cards twice their size in memory.
 */
final class StoredRecords {
  private StoredRecords() {}

  static GsonBuilder register(GsonBuilder gson) {
    return gson
        .registerTypeAdapter(LocalDate.class, DATE.adapter())
        .registerTypeAdapter(NoteDocument.class, DOCUMENT.adapter())
        .registerTypeAdapter(CardNote.class, CARD_NOTE.adapter())
        .registerTypeAdapter(AppearanceRow.class, APPEARANCE.adapter())
        .registerTypeAdapter(Mention.class, MENTION.adapter());
  }

  static String documentJson(NoteDocument document) {
    return json(JsonText.Escapes.SMALLEST_IN_MEMORY, DOCUMENT, document);
  }

  static String cardJson(CardNote note) {
    return json(JsonText.Escapes.SMALLEST_IN_MEMORY, CARD_NOTE, note);
  }

  static String appearancesJson(List<AppearanceRow> appearances) {
    return json(JsonText.Escapes.SMALLEST_IN_MEMORY, APPEARANCES, appearances);
  }

  /**
   * As Gson's writer escapes, nothing more: the database is asked for the values that hold a name key as written
   * ({@link NoteMentions#nameKeyAsWritten}), and those earlier versions stored hold a key's letters past ASCII
   * (a name in Greek, Cyrillic or Japanese) as they are.
   */
  static String mentionsJson(List<Mention> mentions) {
    return json(JsonText.Escapes.AS_GSON, MENTIONS, mentions);
  }

  private static <V> String json(JsonText.Escapes escapes, Kind<V> kind, V value) {
    return JsonText.write(escapes, out -> kind.writes().write(out, value));
  }

  /** How one kind of value is written. */
  private interface Writes<V> {
    void write(JsonText out, V value);
  }

  /** How one kind of value is read. */
  private interface Reads<V> {
    V read(JsonReader in) throws IOException;
  }

  /** A kind of value, written and read the same way as a field, in a list, or as the whole JSON. */
  private record Kind<V>(Writes<V> writes, Reads<V> reads) {
    /** The same, or null: a null written as {@code null}, and {@code null} read as one. */
    Kind<V> orNull() {
      return new Kind<>(
          (out, value) -> {
            if (value == null) {
              out.nullValue();
            } else {
              writes.write(out, value);
            }
          },
          in -> {
            if (in.peek() == JsonToken.NULL) {
              in.nextNull();
              return null;
            }
            return reads.read(in);
          });
    }

    /**
     * For Gson, which only reads what Kith stored, {@code null} as null. Writing goes through {@link JsonText} alone:
     * written through Gson, a value would not follow Gson's own settings (its nulls, its HTML escaping), so it is
     * refused.
     */
    TypeAdapter<V> adapter() {
      Reads<V> reads = orNull().reads();
      return new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, V value) {
          throw new UnsupportedOperationException("Kith's stored JSON is written by StoredRecords, not by Gson");
        }

        @Override
        public V read(JsonReader in) throws IOException {
          return reads.read(in);
        }
      };
    }
  }

  private static final Kind<String> TEXT = new Kind<>(JsonText::value, JsonReader::nextString);
  private static final Kind<Integer> INT = new Kind<>((out, value) -> out.value(value.intValue()),
      JsonReader::nextInt);
  private static final Kind<Long> LONG = new Kind<>((out, value) -> out.value(value.longValue()),
      JsonReader::nextLong);
  private static final Kind<Boolean> BOOLEAN = new Kind<>((out, value) -> out.value(value.booleanValue()),
      JsonReader::nextBoolean);
  private static final Kind<LocalDate> DATE = new Kind<>(JsonText::value,
      in -> IsoDates.parse(in.nextString()));

  private static final Kind<List<String>> TEXTS = listOf(TEXT);

  /** How the element at {@code index} of an array is read. */
  private interface ReadsAt<V> {
    V read(JsonReader in, int index) throws IOException;
  }

  /** A JSON array, each element written and read by these rules. */
  private static <V> Kind<List<V>> arrayOf(Writes<V> writes, ReadsAt<V> reads) {
    return new Kind<>(
        (out, values) -> {
          out.beginArray();
          for (V value : values) {
            writes.write(out, value);
          }
          out.endArray();
        },
        in -> {
          List<V> values = new ArrayList<>();
          in.beginArray();
          while (in.hasNext()) {
            values.add(reads.read(in, values.size()));
          }
          in.endArray();
          return values;
        });
  }

  /** A JSON array of {@code element}s; a null element stays null. */
  private static <V> Kind<List<V>> listOf(Kind<V> element) {
    Kind<V> orNull = element.orNull();
    return arrayOf(orNull.writes(), (in, index) -> orNull.reads().read(in));
  }

  /**
   * A component the JSON leaves out when it equals what the record's other components give (a date's text that
   * is the date in ISO, a link that is the title): the same rule from a record, when writing, and from the other
   * components read, in their order, when reading. A component that differs is written, null as an explicit null.
   */
  private record Derived<R>(Function<R, Object> fromRecord, Function<Object[], Object> fromValues) {}

  /** One record component: its name, its kind, how to get it, and, for some, how the others give it. */
  private record Field<R, V>(String name, Kind<V> kind, Function<R, V> get, Derived<R> derived) {
    void write(JsonText out, R record) {
      V value = get.apply(record);
      if (derived != null && Objects.equals(value, derived.fromRecord().apply(record))) {
        return;
      }
      if (value != null) {
        out.name(name);
        kind.writes().write(out, value);
      } else if (derived != null) {
        out.name(name).nullValue();
      }
    }
  }

  private static <R, V> Field<R, V> field(String name, Kind<V> kind, Function<R, V> get) {
    return new Field<>(name, kind, get, null);
  }

  private static <R, V> Field<R, V> derived(String name, Kind<V> kind, Function<R, V> get,
      Derived<R> derived) {
    return new Field<>(name, kind, get, derived);
  }

  /** Makes a record from its components' values, in their order (null for one the JSON left out). */
  private interface Maker<R> {
    R make(Object[] values);
  }

  /**
   * A record as a JSON object of {@code fields}, which must be its components in their order (null where a list or
   * Gson takes it: {@link #listOf}, {@link Kind#adapter}). A primitive component the JSON leaves out reads as 0 or
   * false, as with reflection.
   */
  @SafeVarargs
  private static <R> Kind<R> recordOf(Maker<R> maker, Field<R, ?>... fields) {
    Components<R> components = new Components<>(fields);
    return new Kind<R>(components::write, in -> maker.make(components.values(in)));
  }

  /** A record's components as the fields of a JSON object, written from the record and read as their values. */
  private static final class Components<R> {
    private final List<Field<R, ?>> fields;
    private final Map<String, Integer> positions = new HashMap<>();

    @SafeVarargs
    Components(Field<R, ?>... fields) {
      this.fields = List.of(fields);
      for (int i = 0; i < fields.length; i++) {
        positions.put(fields[i].name(), i);
      }
    }

    void write(JsonText out, R record) {
      out.beginObject();
      for (Field<R, ?> field : fields) {
        field.write(out, record);
      }
      out.endObject();
    }

    /** The components of the object {@code in} is at, in their order; a derived one left out is derived. */
    Object[] values(JsonReader in) throws IOException {
      Object[] values = new Object[fields.size()];
      boolean[] present = new boolean[fields.size()];
      in.beginObject();
      while (in.hasNext()) {
        Integer position = positions.get(in.nextName());
        if (position != null) {
          present[position] = true;
        }
        if (position == null || in.peek() == JsonToken.NULL) {
          in.skipValue();
        } else {
          values[position] = fields.get(position).kind().reads().read(in);
        }
      }
      in.endObject();
      for (int i = 0; i < values.length; i++) {
        Derived<R> derived = fields.get(i).derived();
        if (!present[i] && derived != null) {
          values[i] = derived.fromValues().apply(values);
        }
      }
      return values;
    }
  }

  /** Makes a note's row from its place in its list and its other components, in their order. */
  private interface RowMaker<R> {
    R make(int position, Object[] values);
  }

  /**
   * A note's rows as a JSON array of objects without their positions, which are their places in the array: the
   * importer numbers each list in the note's order ({@code NoteRows}), so the position said nothing the order
   * does not.
   */
  @SafeVarargs
  private static <R> Kind<List<R>> rows(RowMaker<R> maker, Field<R, ?>... fields) {
    Components<R> components = new Components<>(fields);
    return arrayOf(components::write, (in, index) -> maker.make(index, components.values(in)));
  }

  private static int intOf(Object value) {
    return value == null ? 0 : (Integer) value;
  }

  private static boolean booleanOf(Object value) {
    return value != null && (Boolean) value;
  }

  @SuppressWarnings("unchecked")
  private static <V> V as(Object value) {
    return (V) value;
  }

  private static final Kind<TextRow> TEXT_ROW = recordOf(
      v -> new TextRow(intOf(v[0]), as(v[1])),
      field("position", INT, TextRow::position), field("text", TEXT, TextRow::text));

  private static final Kind<AttributeRow> ATTRIBUTE_ROW = recordOf(
      v -> new AttributeRow(intOf(v[0]), as(v[1]), as(v[2]), as(v[3]), booleanOf(v[4])),
      field("position", INT, AttributeRow::position), field("source", TEXT, AttributeRow::source),
      field("key", TEXT, AttributeRow::key), field("valueJson", TEXT, AttributeRow::valueJson),
      field("readable", BOOLEAN, AttributeRow::readable));

  private static final Kind<InteractionRow> INTERACTION_ROW = recordOf(
      v -> new InteractionRow(intOf(v[0]), as(v[1]), as(v[2]), as(v[3]), as(v[4]), as(v[5]), as(v[6])),
      field("position", INT, InteractionRow::position), field("happenedOn", DATE, InteractionRow::happenedOn),
      field("dateText", TEXT, InteractionRow::dateText), field("title", TEXT, InteractionRow::title),
      field("link", TEXT, InteractionRow::link), field("summary", TEXT, InteractionRow::summary),
      field("via", TEXT, InteractionRow::via));

  private static final Kind<TaskRow> TASK_ROW = recordOf(
      v -> new TaskRow(intOf(v[0]), as(v[1]), booleanOf(v[2]), as(v[3]), as(v[4])),
      field("position", INT, TaskRow::position), field("text", TEXT, TaskRow::text),
      field("done", BOOLEAN, TaskRow::done), field("due", DATE, TaskRow::due),
      field("doneOn", DATE, TaskRow::doneOn));

  private static final Kind<RelatedRow> RELATED_ROW = recordOf(
      v -> new RelatedRow(intOf(v[0]), as(v[1]), as(v[2]), as(v[3])),
      field("position", INT, RelatedRow::position), field("kind", TEXT, RelatedRow::kind),
      field("name", TEXT, RelatedRow::name), field("target", TEXT, RelatedRow::target));

  private static final Kind<SectionRow> SECTION_ROW = recordOf(
      v -> new SectionRow(intOf(v[0]), as(v[1]), as(v[2])),
      field("position", INT, SectionRow::position), field("heading", TEXT, SectionRow::heading),
      field("body", TEXT, SectionRow::body));

  /** A note document as format 1 wrote it: every row with its position, each interaction's texts in full. */
  private static final Kind<NoteDocument> DOCUMENT_FORMAT_1 = recordOf(
      v -> new NoteDocument(as(v[0]), as(v[1]), as(v[2]), as(v[3]), as(v[4]), as(v[5]), as(v[6]), as(v[7])),
      field("tags", listOf(TEXT_ROW), NoteDocument::tags),
      field("attributes", listOf(ATTRIBUTE_ROW), NoteDocument::attributes),
      field("interactions", listOf(INTERACTION_ROW), NoteDocument::interactions),
      field("keyFacts", listOf(TEXT_ROW), NoteDocument::keyFacts),
      field("topics", listOf(TEXT_ROW), NoteDocument::topics),
      field("tasks", listOf(TASK_ROW), NoteDocument::tasks),
      field("related", listOf(RELATED_ROW), NoteDocument::related),
      field("sections", listOf(SECTION_ROW), NoteDocument::sections));

  private static final Kind<List<TextRow>> TEXT_ROWS = rows(
      (position, v) -> new TextRow(position, as(v[0])),
      field("text", TEXT, TextRow::text));

  private static final Kind<List<AttributeRow>> ATTRIBUTE_ROWS = rows(
      (position, v) -> new AttributeRow(position, as(v[0]), as(v[1]), as(v[2]), booleanOf(v[3])),
      field("source", TEXT, AttributeRow::source), field("key", TEXT, AttributeRow::key),
      field("valueJson", TEXT, AttributeRow::valueJson), field("readable", BOOLEAN, AttributeRow::readable));

  /**
   * Most interactions are {@code 2026-01-12: [[2026-01-12 - Review]] - …}: their date's text is the date in ISO and
   * their link is their title, and writing both twice was a quarter of a note's document.
   */
  private static final Kind<List<InteractionRow>> INTERACTION_ROWS = rows(
      (position, v) -> new InteractionRow(position, as(v[0]), as(v[1]), as(v[2]), as(v[3]), as(v[4]), as(v[5])),
      field("happenedOn", DATE, InteractionRow::happenedOn),
      derived("dateText", TEXT, InteractionRow::dateText,
          new Derived<>(row -> isoText(row.happenedOn()), v -> isoText((LocalDate) v[0]))),
      field("title", TEXT, InteractionRow::title),
      derived("link", TEXT, InteractionRow::link, new Derived<>(InteractionRow::title, v -> v[2])),
      field("summary", TEXT, InteractionRow::summary), field("via", TEXT, InteractionRow::via));

  private static final Kind<List<TaskRow>> TASK_ROWS = rows(
      (position, v) -> new TaskRow(position, as(v[0]), booleanOf(v[1]), as(v[2]), as(v[3])),
      field("text", TEXT, TaskRow::text), field("done", BOOLEAN, TaskRow::done), field("due", DATE, TaskRow::due),
      field("doneOn", DATE, TaskRow::doneOn));

  private static final Kind<List<RelatedRow>> RELATED_ROWS = rows(
      (position, v) -> new RelatedRow(position, as(v[0]), as(v[1]), as(v[2])),
      field("kind", TEXT, RelatedRow::kind), field("name", TEXT, RelatedRow::name),
      field("target", TEXT, RelatedRow::target));

  private static final Kind<List<SectionRow>> SECTION_ROWS = rows(
      (position, v) -> new SectionRow(position, as(v[0]), as(v[1])),
      field("heading", TEXT, SectionRow::heading), field("body", TEXT, SectionRow::body));

  /** A note document as {@link NoteDocument#FORMAT} writes it. */
  private static final Kind<NoteDocument> DOCUMENT = recordOf(
      v -> new NoteDocument(as(v[0]), as(v[1]), as(v[2]), as(v[3]), as(v[4]), as(v[5]), as(v[6]), as(v[7])),
      field("tags", TEXT_ROWS, NoteDocument::tags),
      field("attributes", ATTRIBUTE_ROWS, NoteDocument::attributes),
      field("interactions", INTERACTION_ROWS, NoteDocument::interactions),
      field("keyFacts", TEXT_ROWS, NoteDocument::keyFacts),
      field("topics", TEXT_ROWS, NoteDocument::topics),
      field("tasks", TASK_ROWS, NoteDocument::tasks),
      field("related", RELATED_ROWS, NoteDocument::related),
      field("sections", SECTION_ROWS, NoteDocument::sections));

  /** A note document written in format 1, by an earlier Kith. */
  static NoteDocument documentInFormat1(String json) {
    try {
      return DOCUMENT_FORMAT_1.adapter().fromJson(json);
    } catch (IOException e) {
      throw new JsonParseException("a note document in format 1 that cannot be read", e);
    }
  }

  private static String isoText(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static final Kind<Card.Interaction> INTERACTION = recordOf(
      v -> new Card.Interaction(as(v[0]), as(v[1]), as(v[2]), as(v[3]), as(v[4]), as(v[5])),
      field("date", DATE, Card.Interaction::date), field("dateText", TEXT, Card.Interaction::dateText),
      field("title", TEXT, Card.Interaction::title), field("link", TEXT, Card.Interaction::link),
      field("summary", TEXT, Card.Interaction::summary), field("via", TEXT, Card.Interaction::via));

  private static final Kind<Card.Task> TASK = recordOf(
      v -> new Card.Task(as(v[0]), as(v[1])),
      field("text", TEXT, Card.Task::text), field("due", DATE, Card.Task::due));

  private static final Kind<Card.Decision> DECISION = recordOf(
      v -> new Card.Decision(as(v[0]), as(v[1]), as(v[2]), as(v[3]), as(v[4])),
      field("text", TEXT, Card.Decision::text), field("date", DATE, Card.Decision::date),
      field("link", TEXT, Card.Decision::link), field("source", TEXT, Card.Decision::source),
      field("recordedBy", TEXT, Card.Decision::recordedBy));

  private static final Kind<Card.Section> SECTION = recordOf(
      v -> new Card.Section(as(v[0]), as(v[1])),
      field("heading", TEXT, Card.Section::heading), field("body", TEXT, Card.Section::body));

  private static final Kind<CardNote> CARD_NOTE = recordOf(
      v -> new CardNote(as(v[0]), booleanOf(v[1]), as(v[2]), as(v[3]), as(v[4]), as(v[5]), as(v[6]), as(v[7]),
          as(v[8]), as(v[9]), intOf(v[10]), as(v[11]), as(v[12]), as(v[13]), as(v[14]), as(v[15]), as(v[16]),
          as(v[17]), as(v[18])),
      field("name", TEXT, CardNote::name), field("mentionedOnly", BOOLEAN, CardNote::mentionedOnly),
      field("aliases", TEXTS, CardNote::aliases), field("role", TEXT, CardNote::role),
      field("organisation", TEXT, CardNote::organisation), field("relationship", TEXT, CardNote::relationship),
      field("email", TEXT, CardNote::email), field("background", TEXT, CardNote::background),
      field("lastContact", DATE, CardNote::lastContact), field("recent", listOf(INTERACTION), CardNote::recent),
      field("interactionCount", INT, CardNote::interactionCount), field("keyFacts", TEXTS, CardNote::keyFacts),
      field("openTasks", listOf(TASK), CardNote::openTasks), field("decisions", listOf(DECISION), CardNote::decisions),
      field("topics", TEXTS, CardNote::topics), field("relatedCustomers", TEXTS, CardNote::relatedCustomers),
      field("relatedProjects", TEXTS, CardNote::relatedProjects),
      field("relatedPeople", TEXTS, CardNote::relatedPeople),
      field("otherSections", listOf(SECTION), CardNote::otherSections));

  private static final Kind<AppearanceRow> APPEARANCE = recordOf(
      v -> new AppearanceRow(v[0] == null ? 0 : (Long) v[0], as(v[1]), intOf(v[2]), as(v[3])),
      field("sourceContactId", LONG, AppearanceRow::sourceContactId), field("how", TEXT, AppearanceRow::how),
      field("count", INT, AppearanceRow::count), field("latest", DATE, AppearanceRow::latest));

  private static final Kind<Mention> MENTION = recordOf(
      v -> new Mention(as(v[0]), as(v[1]), as(v[2]), as(v[3])),
      field("name", TEXT, Mention::name), field(NoteMentions.NAME_KEY, TEXT, Mention::nameKey),
      field("how", TEXT, Mention::how), field("happenedOn", DATE, Mention::happenedOn));

  private static final Kind<List<AppearanceRow>> APPEARANCES = listOf(APPEARANCE);
  private static final Kind<List<Mention>> MENTIONS = listOf(MENTION);
}
