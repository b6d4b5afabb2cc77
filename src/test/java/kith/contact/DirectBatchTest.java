package kith.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kith.Causes;
import kith.contact.ContactStore.NoteColumns;
import kith.contact.NoteContentStore.DecisionRow;
import kith.contact.NoteContentStore.DocumentRow;
import kith.db.TestDatabase;
import kith.vault.FileStamp;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import's rows written through JDBC's own batches ({@link DirectBatch}) are the rows Jdbi's binding by name
 * wrote before: the same values and nulls, ids handed back in the rows' order, and a refused row reported as Jdbi
 * reports it. On a real store: an H2 file, and PostgreSQL when configured.
 */
class DirectBatchTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456Z");

  @TempDir Path temp;
  @AutoClose private TestDatabase database;
  private Jdbi jdbi;
  private int paths;

  private void open(String kind) {
    database = TestDatabase.create(kind, temp);
    jdbi = database.open().jdbi();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aContactRowIsTheRowJdbisNamedBindingWrites(String kind) {
    open(kind);
    for (Function<String, NoteColumns> columns : List.<Function<String, NoteColumns>>of(this::full, this::sparse)) {
      long direct = jdbi.inTransaction(handle -> handle.attach(ContactStore.class)
          .insertNoteContacts(List.of(columns.apply("Ada Quist")))[0]);
      long named = jdbi.withHandle(handle -> insertByName(handle, columns.apply("Ada Quist")));

      assertEquals(row(named), row(direct));
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void idsComeBackInTheRowsOrder(String kind) {
    open(kind);
    List<NoteColumns> rows = List.of(full("Ada Quist"), sparse("Bo Rind"), full("Cy Lowe"), sparse("Di Marsh"));

    long[] ids = jdbi.inTransaction(handle -> handle.attach(ContactStore.class).insertNoteContacts(rows));

    assertEquals(rows.size(), ids.length);
    for (int i = 0; i < rows.size(); i++) {
      long id = ids[i];
      assertEquals(rows.get(i).name(), jdbi.withHandle(handle -> handle
          .createQuery("SELECT name FROM contact WHERE id = :id").bind("id", id).mapTo(String.class).one()));
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anUpdateWritesEachRowOverTheContactAtItsIndex(String kind) {
    open(kind);
    long[] ids = jdbi.inTransaction(handle -> handle.attach(ContactStore.class)
        .insertNoteContacts(List.of(full("Ada Quist"), full("Bo Rind"), full("Cy Lowe"))));
    jdbi.useHandle(handle -> handle.execute("UPDATE contact SET archived = TRUE"));
    long cy = jdbi.withHandle(handle -> insertByName(handle, sparse("Cy Lowe")));
    long di = jdbi.withHandle(handle -> insertByName(handle, full("Di Marsh")));

    jdbi.useTransaction(handle -> handle.attach(ContactStore.class)
        .updateNoteContacts(List.of(ids[2], ids[1]), List.of(sparse("Cy Lowe"), full("Di Marsh"))));

    assertEquals(row(cy), row(ids[2]), "written over, and no longer archived");
    assertEquals(row(di), row(ids[1]));
    assertEquals("Ada Quist", row(ids[0]).get("name"), "the other contact untouched");
    assertEquals(true, row(ids[0]).get("archived"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void nullsAndDatesOfADecisionGoInAsBound(String kind) {
    long id = openWithAda(kind);

    jdbi.useTransaction(handle -> handle.attach(NoteContentStore.class).insertNoteDecisions(List.of(id, id),
        List.of(new DecisionRow(0, "Ship it", LocalDate.of(1582, 10, 4), "1582-10-04 - Review"),
            new DecisionRow(1, "Wait", null, null))));

    List<Map<String, Object>> decisions = jdbi.withHandle(handle -> handle.createQuery(
        "SELECT position, text, decided_on, link, source FROM decision WHERE contact_id = :id ORDER BY position")
        .bind("id", id).mapToMap().list());
    assertEquals(2, decisions.size());
    assertEquals("Ship it", decisions.get(0).get("text"));
    assertEquals(LocalDate.of(1582, 10, 4), jdbi.withHandle(handle -> handle.createQuery(
        "SELECT decided_on FROM decision WHERE contact_id = :id AND position = 0").bind("id", id)
        .mapTo(LocalDate.class).one()));
    assertEquals("note", decisions.get(0).get("source"));
    assertEquals(null, decisions.get(1).get("decided_on"));
    assertEquals(null, decisions.get(1).get("link"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aRefusedRowIsJdbisExceptionWithTheDatabasesState(String kind) {
    long id = openWithAda(kind);

    UnableToExecuteStatementException refused = assertThrows(UnableToExecuteStatementException.class,
        () -> jdbi.useTransaction(handle -> handle.attach(NoteContentStore.class).insertDocuments(List.of(id, id),
            List.of(new DocumentRow(2, "{}"), new DocumentRow(2, "{}")))));

    SQLException cause = Causes.first(refused, SQLException.class).orElseThrow();
    assertTrue(cause.getSQLState().startsWith("23") || cause.getNextException().getSQLState().startsWith("23"),
        "an integrity constraint violation: " + cause.getSQLState());
    long documents = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM note_document")
        .mapTo(Long.class).one());
    assertEquals(0, documents, "the transaction rolled back whole");
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anEmptyBatchWritesNothingAndReturnsNoIds(String kind) {
    open(kind);

    long[] ids = jdbi.inTransaction(handle -> handle.attach(ContactStore.class).insertNoteContacts(List.of()));

    assertArrayEquals(new long[0], ids);
  }

  private long openWithAda(String kind) {
    open(kind);
    return jdbi.inTransaction(handle -> handle.attach(ContactStore.class)
        .insertNoteContacts(List.of(full("Ada Quist")))[0]);
  }

  /** The insert as Jdbi's {@code @SqlBatch} with {@code @BindMethods} ran it before {@link DirectBatch}. */
  private static long insertByName(Handle handle, NoteColumns columns) {
    return handle.createUpdate("""
            INSERT INTO contact (kind, name, name_key, note_path, content_hash, note_type, title,
                                 last_contact_text, last_contact, created_text, created,
                                 role, relationship, organisation, email, background, updated_at,
                                 document_format, card_format, file_size, file_modified, file_changed)
            VALUES ('note', :name, :nameKey, :notePath, :contentHash, :noteType, :title,
                    :lastContactText, :lastContact, :createdText, :created,
                    :role, :relationship, :organisation, :email, :background, :updatedAt,
                    :documentFormat, :cardFormat, :fileSize, :fileModified, :fileChanged)
            """)
        .bindMethods(columns)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Every column of a contact but its id and the path, which is unique; H2's large texts read as strings. */
  private Map<String, Object> row(long id) {
    return jdbi.withHandle(handle -> {
      Map<String, Object> row = new LinkedHashMap<>();
      handle.createQuery("SELECT * FROM contact WHERE id = :id").bind("id", id).mapToMap().one()
          .forEach((column, value) -> row.put(column, readable(value)));
      row.remove("id");
      row.remove("note_path");
      return row;
    });
  }

  private static Object readable(Object value) {
    try {
      return value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String nextPath(String name) {
    return "People/" + name + " " + ++paths + ".md";
  }

  private NoteColumns full(String name) {
    return new NoteColumns(name, NameKey.of(name), nextPath(name), "hash-" + name,
        "people", name + " (title)", "2026-01-12", LocalDate.of(2026, 1, 12), "1000-01-01",
        LocalDate.of(1000, 1, 1), "Engineer", "Colleague", "Acme", "ada@acme.example", "Met at <a> & b", NOW,
        new FileStamp(5_120, 1_764_000_000_123_456_789L, 1_764_000_001_000_000_001L));
  }

  private NoteColumns sparse(String name) {
    return new NoteColumns(name, NameKey.of(name), nextPath(name), "hash-" + name,
        null, null, null, null, null, null, null, null, null, null, null, NOW, null);
  }
}
