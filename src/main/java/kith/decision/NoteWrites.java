package kith.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kith.decision.NoteWriteStore.Pending;
import kith.slack.Background;
import kith.vault.NoteWriter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes decisions back to the people's notes. Every change is queued in the database first, so a note that
 * cannot be written now (read-only, on a disk that is away) keeps the decision recorded in the store and is
 * written when it can be: queued changes are retried at start and every minute.
 */
public final class NoteWrites {
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(NoteWrites.class);

  private final Jdbi jdbi;
  private final Optional<Path> vault;
  private final NoteWriter writer;
  private final Clock clock;
  private final Background background;

  public NoteWrites(Jdbi jdbi, Optional<Path> vault, NoteWriter writer, Clock clock, Background background) {
    this.jdbi = jdbi;
    this.vault = vault;
    this.writer = writer;
    this.clock = clock;
    this.background = background;
  }

  void append(long decisionId, Collection<Long> contactIds) {
    queue(decisionId, contactIds, "append", "remove");
  }

  void remove(long decisionId, Collection<Long> contactIds) {
    queue(decisionId, contactIds, "remove", "append");
  }

  private void queue(long decisionId, Collection<Long> contactIds, String action, String opposite) {
    if (vault.isEmpty() || contactIds.isEmpty()) {
      return;
    }
    jdbi.useExtension(NoteWriteStore.class, store -> {
      for (long contactId : contactIds) {
        // An append still waiting when the decision is undone simply never happens, and the other way round.
        if (!store.cancelPending(decisionId, contactId, opposite)) {
          store.enqueue(decisionId, contactId, action, "", clock.instant());
        }
      }
    });
    background.run("note write-back", this::writeDue);
  }

  /** Makes every queued change that is due; returns how many were made. */
  public int writeDue() {
    Instant now = clock.instant();
    return write(store -> store.due(now));
  }

  /** Tries every queued change now, whatever its schedule: at start, and from {@code kith status --retry}. */
  public int writeAllNow() {
    return write(NoteWriteStore::pending);
  }

  private synchronized int write(
      ExtensionCallback<List<Pending>, NoteWriteStore, RuntimeException> changes) {
    if (vault.isEmpty()) {
      return 0;
    }
    int written = 0;
    for (Pending change : jdbi.withExtension(NoteWriteStore.class, changes)) {
      written += write(change) ? 1 : 0;
    }
    return written;
  }

  /** The changes still waiting, for {@code kith status}. */
  public List<Pending> pending() {
    return jdbi.withExtension(NoteWriteStore.class, NoteWriteStore::pending);
  }

  private boolean write(Pending change) {
    if (change.notePath() == null) {
      jdbi.useExtension(NoteWriteStore.class, store -> store.done(change.id()));
      return false;
    }
    Path note = vault.get().resolve(change.notePath());
    try {
      if ("append".equals(change.action())) {
        writer.appendDecision(note, change.text(), change.permalink(), change.decidedOn());
      } else {
        writer.removeLine(note, NoteWriter.decisionLine(change.text(), change.permalink(), change.decidedOn()));
      }
      jdbi.useExtension(NoteWriteStore.class, store -> store.done(change.id()));
      return true;
    } catch (IOException | RuntimeException e) {
      String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      log.warn("could not write {} ({} decision {}): {}; will retry", change.notePath(), change.action(),
          change.decisionId(), error);
      jdbi.useExtension(NoteWriteStore.class, store ->
          store.failed(change.id(), error, clock.instant().plus(RETRY_AFTER)));
      return false;
    }
  }
}
