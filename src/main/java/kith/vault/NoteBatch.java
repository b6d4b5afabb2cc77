package kith.vault;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kith.Causes;
import kith.contact.ContactStore;
import kith.contact.ContactStore.NoteSave;

/**
 * Parsed notes waiting to be stored, written {@code size} at a time in one transaction each: a commit per note
 * cost more than writing the note. A crash loses at most the open batch, and every note of it stays as it was.
 * When a batch fails, its notes are written again one by one, so one note the database refuses (a name longer
 * than a column allows) costs only that note, which is reported with its path.
 */
final class NoteBatch {
  /** A note to write and the path it came from. */
  private record Pending(String path, NoteSave save) {}

  private static final int MAX_REASON = 200;

  private final ContactStore contacts;
  private final ImportRun run;
  private final Clock clock;
  private final int size;
  private final List<Pending> pending = new ArrayList<>();

  NoteBatch(ContactStore contacts, ImportRun run, Clock clock, int size) {
    this.contacts = contacts;
    this.run = run;
    this.clock = clock;
    this.size = size;
  }

  /**
   * Queues {@code note}, read from a file with {@code stamp} (or null), for contact {@code existingId}, or for a new
   * contact when that is null.
   */
  void add(Long existingId, PeopleNote note, FileStamp stamp) {
    pending.add(new Pending(note.path(), new NoteSave(existingId, note, stamp)));
    if (pending.size() >= size) {
      flush();
    }
  }

  /** Writes what is queued. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      run.saved(contacts.saveNotes(pending.stream().map(Pending::save).toList(), clock.instant()));
      pending.forEach(this::count);
    } catch (RuntimeException batchFailed) {
      if (pending.size() == 1) {
        failOrRethrow(pending.get(0), batchFailed);
      } else {
        pending.forEach(this::saveAlone);
      }
    } finally {
      pending.clear();
    }
  }

  private void saveAlone(Pending note) {
    try {
      run.saved(contacts.saveNotes(List.of(note.save()), clock.instant()));
      count(note);
    } catch (RuntimeException e) {
      failOrRethrow(note, e);
    }
  }

  /** A note the database refuses is reported and the import goes on; a database that fails stops it. */
  private void failOrRethrow(Pending note, RuntimeException e) {
    if (!refusedData(e)) {
      throw e;
    }
    run.fail(note.path(), new NoteParseException(note.path(), 0, "cannot store the note: " + reason(e)));
  }

  private void count(Pending note) {
    if (note.save().existingId() == null) {
      run.imported++;
    } else {
      run.updated++;
    }
  }

  /**
   * True when the database refused the data rather than failed. Standard SQL state classes, the same on H2 and
   * PostgreSQL: 22 data exception (a value too long), 23 integrity constraint violation, 54 program limit
   * exceeded (PostgreSQL's limit on an index entry).
   */
  private static boolean refusedData(Throwable e) {
    return Causes.of(e).anyMatch(cause -> cause instanceof SQLException sql && sql.getSQLState() != null
        && List.of("22", "23", "54").contains(sql.getSQLState().substring(0, 2)));
  }

  /** The database's own words, shortly: a batch's exception names the statement and every value bound to it. */
  private static String reason(Throwable e) {
    return Causes.first(e, SQLException.class).map(sql -> {
      SQLException first = sql.getNextException() != null ? sql.getNextException() : sql;
      String message = String.valueOf(first.getMessage()).lines().findFirst().orElse("");
      return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }).orElse(String.valueOf(e.getMessage()));
  }
}
