package kith.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kith.contact.ContactStore;
import kith.contact.ContactStore.StoredNote;
import kith.contact.MentionStore;
import kith.contact.NameKey;
import kith.contact.ReadyCardUpkeep;
import kith.contact.WrittenMentions;
import org.jdbi.v3.core.Jdbi;

/**
 * Loads a vault into the store. Other threads read, hash and parse the files a window ahead ({@link ReadAhead});
 * this thread decides, in file order, what each file means for the store and writes changed notes in batches of
 * {@value #BATCH_SIZE}, one transaction each ({@link NoteBatch}). So an import killed half-way leaves every note
 * either as it was or as it is now, and running it again completes it. Unchanged files are recognised by their
 * size and times, and not even read ({@link FileStamp}), or else by their hash, and never parsed, unless an earlier
 * version of Kith stored them ({@link StoredNote#storedCurrent}).
 * Notes are archived only after the whole folder has been seen, so a partial run never hides anyone.
 */
public final class VaultImporter {
  /** Notes per transaction: enough that commits stop mattering, few enough that a batch stays small in memory. */
  static final int BATCH_SIZE = 100;

  /** Told about each file as it is handled, for progress on a terminal. */
  public interface Progress {
    void file(int done, int total, String path);

    Progress NONE = (done, total, path) -> {};
  }

  private final Jdbi jdbi;
  private final NoteParser parser;
  private final Clock clock;
  private final int batchSize;
  private final int readers;
  private final long mentionsKeptBytes;

  public VaultImporter(Jdbi jdbi, NoteParser parser, Clock clock) {
    // One core writes; the others, or one at least, read ahead of it.
    this(jdbi, parser, clock, BATCH_SIZE, Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
        WrittenMentions.forHeap());
  }

  VaultImporter(Jdbi jdbi, NoteParser parser, Clock clock, int batchSize, int readers, long mentionsKeptBytes) {
    this.jdbi = jdbi;
    this.parser = parser;
    this.clock = clock;
    this.batchSize = batchSize;
    this.readers = readers;
    this.mentionsKeptBytes = mentionsKeptBytes;
  }

  /** Which files an import reads. */
  public enum Reading {
    /** Only those whose size and times are not those stored ({@link FileStamp}): the usual import. */
    CHANGED_FILES,
    /** Every file, to be sure of notes whose files were rewritten with their sizes and times kept. */
    EVERY_FILE
  }

  /**
   * Imports every people note under {@code root}, reading the files whose stamps changed. One import runs at a
   * time: another in this process, or on PostgreSQL in any process sharing the store, is waited for ({@link
   * ImportLock}).
   */
  public ImportSummary importFolder(Path root, Progress progress) {
    return importFolder(root, progress, Reading.CHANGED_FILES);
  }

  /** Imports every people note under {@code root}, reading the files {@code reading} says. */
  public synchronized ImportSummary importFolder(Path root, Progress progress, Reading reading) {
    ImportLock lock = ImportLock.take(jdbi);
    try {
      return importFolderAlone(root, progress, reading);
    } finally {
      lock.close();
    }
  }

  private ImportSummary importFolderAlone(Path root, Progress progress, Reading reading) {
    List<Path> files = VaultFiles.markdownFiles(root);
    // Every stamp is taken before any file is read, so the content read is at least as new as its file's stamp.
    Instant stampedAt = clock.instant();
    List<FileStamp> stamps = stamps(root, files, stampedAt);
    ContactStore contacts = jdbi.onDemand(ContactStore.class);
    ReadyCardUpkeep readyCards = new ReadyCardUpkeep(jdbi);
    OtherFileStore otherFiles = jdbi.onDemand(OtherFileStore.class);
    ImportRun run = new ImportRun(contacts.storedNotes(), otherFiles.stampsByPath(), files, mentionsKeptBytes,
        !readyCards.begin(), reading == Reading.CHANGED_FILES);
    // Files left unread never reach the reading threads: handing each over and back cost more than looking at it.
    boolean[] unread = new boolean[files.size()];
    List<Path> toRead = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      unread[i] = run.leaveUnread(VaultFiles.storedPath(files.get(i)), stamps.get(i));
      if (!unread[i]) {
        toRead.add(files.get(i));
      }
    }
    NoteBatch batch = new NoteBatch(contacts, run, clock, batchSize);
    try (ReadAhead reads = new ReadAhead(root, toRead, parser, run::needsParsing, readers)) {
      for (int i = 0; i < files.size(); i++) {
        if (unread[i]) {
          progress.file(i + 1, files.size(), VaultFiles.storedPath(files.get(i)));
          continue;
        }
        ReadAhead.FileRead read = reads.next();
        progress.file(i + 1, files.size(), read.path());
        FileStamp before = stamps.get(i);
        importFile(contacts, read, before == null ? null : before.stillOf(root.resolve(files.get(i)), stampedAt),
            run, batch);
      }
      batch.flush();
    }
    if (!run.restamps.isEmpty()) {
      contacts.stampNoteFiles(run.restamps);
    }
    Set<String> forget = run.othersToForget();
    if (!forget.isEmpty() || !run.othersRead.isEmpty()) {
      otherFiles.replace(forget, run.othersRead);
    }
    Instant now = clock.instant();
    List<Long> gone = run.unclaimedVanished();
    gone.addAll(run.noLongerPeople);
    int archived = gone.isEmpty() ? 0 : contacts.archive(gone, now);
    // People named without a note of their own change only with the notes: an import that wrote, moved and archived
    // none, after one that finished, has nothing to reconcile, and the pass over every mention that finds that out
    // was a third of re-importing the benchmark's unchanged vault (1.3-1.7 against 1.0 s). Nor does one that only
    // wrote notes over with the same names and mentions (a fact or a task edited).
    if (run.imported + run.updated - run.writtenAsBefore + archived > 0 || run.everyonesAppearances) {
      run.touchedNames.addAll(jdbi.onDemand(MentionStore.class).reconcile(now, run.written));
    }
    readyCards.finish(run.touchedNames, run.everyonesAppearances, run.written);
    return new ImportSummary(run.imported, run.updated, run.unchanged, archived, run.failed, run.skipped,
        run.unread);
  }

  /** Each file's stamp, or null ({@link FileStamp}); also for a file it cannot look at, which reading reports. */
  private static List<FileStamp> stamps(Path root, List<Path> files, Instant now) {
    List<FileStamp> stamps = new ArrayList<>(files.size());
    files.forEach(file -> stamps.add(FileStamp.of(root.resolve(file), now)));
    return stamps;
  }

  private void importFile(ContactStore contacts, ReadAhead.FileRead read, FileStamp stamp, ImportRun run,
      NoteBatch batch) {
    String path = read.path();
    if (read.error() != null) {
      run.fail(path, read.error());
      return;
    }
    StoredNote stored = run.stored(path);
    if (run.unchanged(path, read.hash())) {
      run.unchanged++;
      run.stampIfNew(stored, stamp);
      return;
    }
    if (stored == null && moveUnchanged(contacts, path, read.hash(), stamp, run)) {
      return;
    }
    NoteReading reading = read.reading() != null ? read.reading() : parser.read(path, read.bytes(), read.hash());
    if (reading instanceof NoteReading.Person person) {
      save(person.note(), stamp, stored, run, batch);
    } else if (reading instanceof NoteReading.Unreadable unreadable) {
      run.fail(path, unreadable.error());
    } else {
      run.skipped++;
      run.other(path, stamp);
      if (stored != null && !stored.archived()) {
        run.noLongerPeople.add(stored.id());
      }
    }
  }

  /**
   * A note renamed or moved without edits keeps its contact: only the path changes. Written at once, on its own:
   * the move is whole by itself, and a path no other file of the run can take.
   */
  private boolean moveUnchanged(ContactStore contacts, String path, String hash, FileStamp stamp, ImportRun run) {
    StoredNote moved = run.claimMoved(hash);
    if (moved == null) {
      return false;
    }
    contacts.moveNote(moved.id(), path, clock.instant());
    run.stampIfNew(moved, stamp);
    run.updated++;
    return true;
  }

  private void save(PeopleNote note, FileStamp stamp, StoredNote stored, ImportRun run, NoteBatch batch) {
    if (stored == null) {
      // A note moved and edited at once is still the same person when the name is the same.
      stored = run.claimRenamed(NameKey.of(note.name()));
    }
    batch.add(stored == null ? null : stored.id(), note, stamp);
  }
}
