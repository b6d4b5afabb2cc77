package kith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.ContactStore;
import kith.contact.ContactStore.StoredNote;
import kith.contact.MentionStore;
import kith.contact.NameKey;
import org.jdbi.v3.core.Jdbi;

/**
 * Loads a vault into the store. Each note is written in a transaction of its own, so an import killed half-way
 * leaves every note either as it was or as it is now, and running it again completes it. Notes are archived
 * only after a whole folder has been seen, so a partial run never hides anyone.
 */
public final class VaultImporter {

  /** Told about each file as it is handled, for progress on a terminal. */
  public interface Progress {
    void file(int done, int total, String path);

    Progress NONE = (done, total, path) -> {};
  }

  private final Jdbi jdbi;
  private final NoteParser parser;
  private final Clock clock;

  public VaultImporter(Jdbi jdbi, NoteParser parser, Clock clock) {
    this.jdbi = jdbi;
    this.parser = parser;
    this.clock = clock;
  }

  public ImportSummary importFolder(Path root, Progress progress) {
    List<Path> files = VaultFiles.markdownFiles(root);
    ContactStore contacts = jdbi.onDemand(ContactStore.class);
    Run run = new Run(contacts.storedNotes(), files);
    for (int i = 0; i < files.size(); i++) {
      String path = VaultFiles.storedPath(files.get(i));
      progress.file(i + 1, files.size(), path);
      importFile(contacts, root.resolve(files.get(i)), path, run);
    }
    Instant now = clock.instant();
    List<Long> gone = run.unclaimedVanished();
    gone.addAll(run.noLongerPeople);
    int archived = gone.isEmpty() ? 0 : contacts.archive(gone, now);
    jdbi.onDemand(MentionStore.class).reconcile(now);
    return new ImportSummary(run.imported, run.updated, run.unchanged, archived, run.failed, run.skipped);
  }

  private void importFile(ContactStore contacts, Path file, String path, Run run) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      run.fail(path, new NoteParseException(path, 0, "cannot read the file: " + describe(e)));
      return;
    }
    String hash = ContentHash.sha256(bytes);
    StoredNote stored = run.byPath.get(path);
    if (stored != null && !stored.archived() && hash.equals(stored.contentHash())) {
      run.unchanged++;
      return;
    }
    if (stored == null && moveUnchanged(contacts, path, hash, run)) {
      return;
    }
    NoteReading reading = parser.read(path, bytes, hash);
    if (reading instanceof NoteReading.Person person) {
      save(contacts, person.note(), stored, run);
    } else if (reading instanceof NoteReading.Unreadable unreadable) {
      run.fail(path, unreadable.error());
    } else {
      run.skipped++;
      if (stored != null && !stored.archived()) {
        run.noLongerPeople.add(stored.id());
      }
    }
  }

  /** A note renamed or moved without edits keeps its contact: only the path changes. */
  private boolean moveUnchanged(ContactStore contacts, String path, String hash, Run run) {
    StoredNote moved = run.vanishedByHash.get(hash);
    if (moved == null || !run.claim(moved)) {
      return false;
    }
    contacts.moveNote(moved.id(), path, clock.instant());
    run.updated++;
    return true;
  }

  private void save(ContactStore contacts, PeopleNote note, StoredNote stored, Run run) {
    if (stored == null) {
      // A note moved and edited at once is still the same person when the name is the same.
      StoredNote moved = run.vanishedByName.get(NameKey.of(note.name()));
      if (moved != null && run.claim(moved)) {
        stored = moved;
      }
    }
    contacts.saveNote(stored == null ? null : stored.id(), note, clock.instant());
    if (stored == null) {
      run.imported++;
    } else {
      run.updated++;
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }

  /** The state of one import run. */
  private static final class Run {
    final Map<String, StoredNote> byPath = new HashMap<>();
    final List<StoredNote> vanished = new ArrayList<>();
    final Map<String, StoredNote> vanishedByHash = new HashMap<>();
    final Map<String, StoredNote> vanishedByName = new HashMap<>();
    final Set<Long> claimed = new HashSet<>();
    final List<Long> noLongerPeople = new ArrayList<>();
    final List<NoteParseException> failed = new ArrayList<>();
    int imported;
    int updated;
    int unchanged;
    int skipped;

    Run(List<StoredNote> storedNotes, List<Path> files) {
      Set<String> present = new HashSet<>();
      files.forEach(file -> present.add(VaultFiles.storedPath(file)));
      for (StoredNote note : storedNotes) {
        byPath.put(note.notePath(), note);
        if (!present.contains(note.notePath()) && !note.archived()) {
          vanished.add(note);
          vanishedByHash.putIfAbsent(note.contentHash(), note);
          vanishedByName.putIfAbsent(note.nameKey(), note);
        }
      }
    }

    boolean claim(StoredNote note) {
      return claimed.add(note.id());
    }

    void fail(String path, NoteParseException error) {
      failed.add(error);
      // A note that cannot be read now keeps what was stored from it: it is not archived.
      StoredNote stored = byPath.get(path);
      if (stored != null) {
        claimed.add(stored.id());
      }
    }

    List<Long> unclaimedVanished() {
      List<Long> ids = new ArrayList<>();
      for (StoredNote note : vanished) {
        if (!claimed.contains(note.id())) {
          ids.add(note.id());
        }
      }
      return ids;
    }
  }
}
