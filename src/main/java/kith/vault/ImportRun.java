package kith.vault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.ContactStore.StoredNote;
import kith.contact.SavedNotes;
import kith.contact.WrittenMentions;

/**
 * The state of one import run. What was stored when the run began is only read once the run has started, by the
 * threads reading files too; what the run decides (claims, counts) belongs to the thread writing the store.
 */
final class ImportRun {
  private final Map<String, StoredNote> byPath = new HashMap<>();
  private final List<StoredNote> vanished = new ArrayList<>();
  private final Map<String, StoredNote> vanishedByHash = new HashMap<>();
  private final Map<String, StoredNote> vanishedByName = new HashMap<>();
  private final Set<Long> claimed = new HashSet<>();
  final List<Long> noLongerPeople = new ArrayList<>();
  final List<NoteParseException> failed = new ArrayList<>();
  /**
   * Whether the end of the run rebuilds everyone's appearances in other notes (a first import, or one after an import
   * that stopped before rebuilding them): then which names the notes written touched is not needed, and gathering
   * them was a twentieth of the writing thread's time in a first import of the benchmark's vault.
   */
  final boolean everyonesAppearances;
  /** Name keys whose appearances in other notes the notes written may have changed, unless everyone's are rebuilt. */
  final Set<String> touchedNames = new HashSet<>();
  /** Notes written over with their names and mentions as they were (see {@link SavedNotes#writtenAsBefore}). */
  int writtenAsBefore;
  /** The mentions of the notes written, for the passes at the end. */
  final WrittenMentions written;
  /** Whether a file whose stamp is the one stored is taken as unchanged without reading it. */
  private final boolean trustStamps;
  /** The stamps of the files found before to be no people notes, by path (see {@link OtherFileStore}). */
  private final Map<String, FileStamp> others;
  /** Of those, the paths of the files not left unread as they were (read again, or gone): forgotten at the end. */
  private final Set<String> othersToForget;
  /** Files read and found to be no people notes, by path, with their stamps, to keep for the next import. */
  final Map<String, FileStamp> othersRead = new LinkedHashMap<>();
  /** Contacts whose file is as stored but was stamped otherwise (or not), by id, with the stamp it has now. */
  final Map<Long, FileStamp> restamps = new LinkedHashMap<>();
  int imported;
  int updated;
  int unchanged;
  /** The files not read at all, their stamps being those stored: unchanged notes, and skipped other files. */
  int unread;
  int skipped;

  /**
   * A run over {@code files}, keeping about {@code mentionsKeptBytes} at most of the mentions of the notes it
   * writes, ending with everyone's appearances rebuilt when {@code everyonesAppearances}, and reading only the
   * files whose stamps are not those stored unless told not to {@code trustStamps}.
   */
  ImportRun(List<StoredNote> storedNotes, Map<String, FileStamp> others, List<Path> files, long mentionsKeptBytes,
      boolean everyonesAppearances, boolean trustStamps) {
    this.others = others;
    othersToForget = new HashSet<>(others.keySet());
    written = new WrittenMentions(mentionsKeptBytes);
    this.everyonesAppearances = everyonesAppearances;
    this.trustStamps = trustStamps;
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

  /** What was stored from {@code path}, or null. */
  StoredNote stored(String path) {
    return byPath.get(path);
  }

  boolean unchanged(String path, String hash) {
    StoredNote stored = byPath.get(path);
    return stored != null && !stored.archived() && hash.equals(stored.contentHash()) && stored.storedCurrent();
  }

  /**
   * Whether the file at {@code path}, with this stamp, need not be read, counting it if so: as unchanged when its
   * note is stored as it is, in this version's formats, from a file with this very stamp; as skipped when it was
   * found to be no people note with this very stamp, and no contact's note is stored from it.
   */
  boolean leaveUnread(String path, FileStamp stamp) {
    if (!trustStamps || stamp == null) {
      return false;
    }
    StoredNote stored = byPath.get(path);
    boolean current = stored != null && !stored.archived();
    if (current && stored.storedCurrent() && stamp.equals(stored.fileStamp())) {
      unchanged++;
    } else if (!current && stamp.equals(others.get(path))) {
      othersToForget.remove(path);
      skipped++;
    } else {
      return false;
    }
    unread++;
    return true;
  }

  /** A file read and found to be no people note: kept with its stamp, when it has one, for the next import. */
  void other(String path, FileStamp stamp) {
    if (stamp != null) {
      othersRead.put(path, stamp);
    }
  }

  /** The files kept as no people notes that this run did not leave unread: read again, or gone. */
  Set<String> othersToForget() {
    return othersToForget;
  }

  /** Keeps the stamp of a file found as stored, when the one stored is another, for the next import. */
  void stampIfNew(StoredNote stored, FileStamp stamp) {
    if (stamp != null && !stamp.equals(stored.fileStamp())) {
      restamps.put(stored.id(), stamp);
    }
  }

  /** False for a file that is stored as it is, here or (moved without edits) elsewhere: no need to parse it. */
  boolean needsParsing(String path, String hash) {
    return !unchanged(path, hash) && !(byPath.get(path) == null && vanishedByHash.containsKey(hash));
  }

  /** A vanished note with these very bytes, not claimed yet: the file was moved or renamed. */
  StoredNote claimMoved(String hash) {
    return claimIfFree(vanishedByHash.get(hash));
  }

  /** A vanished note of the same name, not claimed yet: the file was moved and edited at once. */
  StoredNote claimRenamed(String nameKey) {
    return claimIfFree(vanishedByName.get(nameKey));
  }

  private StoredNote claimIfFree(StoredNote note) {
    return note != null && claimed.add(note.id()) ? note : null;
  }

  /** Notes stored, their transaction committed. */
  void saved(SavedNotes saved) {
    writtenAsBefore += saved.writtenAsBefore();
    if (!everyonesAppearances) {
      touchedNames.addAll(saved.touchedNames());
    }
    written.add(saved);
  }

  void fail(String path, NoteParseException error) {
    failed.add(error);
    // A note that cannot be read (or stored) now keeps what was stored from it: it is not archived.
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
