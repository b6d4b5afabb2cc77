package kith.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kith.contact.Directory;
import kith.contact.SlackLinkStore;
import kith.decision.DecisionStore.NewDecision;
import kith.decision.DecisionStore.Recorded;
import kith.slack.SlackCallException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionCallback;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Records a Slack message as a decision: reads it, files it under the people it concerns, confirms in its thread
 * and queues the write-back to their notes. One message is one decision: the database's unique constraint
 * decides when reactions, retries or two servers race.
 */
public final class DecisionRecorder {
  private static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

  /** What recording gave. */
  public sealed interface Outcome {
    record Recorded(long decisionId) implements Outcome {}

    record AlreadyRecorded(long decisionId) implements Outcome {}

    /** Slack would not show the message: Kith is not in the channel, or it is private. */
    record Unreadable(String error) implements Outcome {}
  }

  private final Jdbi jdbi;
  private final MessageReader reader;
  private final Directory directory;
  private final Confirmations confirmations;
  private final NoteWrites noteWrites;
  private final Clock clock;
  /** Told which user changed the decisions, so their Home tab (which lists recent ones) is refreshed. */
  private final Consumer<String> changedFor;

  DecisionRecorder(Jdbi jdbi, MessageReader reader, Directory directory, Confirmations confirmations,
      NoteWrites noteWrites, Clock clock, Consumer<String> changedFor) {
    this.changedFor = changedFor;
    this.jdbi = jdbi;
    this.reader = reader;
    this.directory = directory;
    this.confirmations = confirmations;
    this.noteWrites = noteWrites;
    this.clock = clock;
  }

  /**
   * Records message {@code ts} in {@code channel}, on behalf of {@code userId}.
   *
   * @param via "reaction", "shortcut" or "reply"
   * @param stripPrefix a leading "Decision:" is not part of the decision
   */
  public Outcome record(String channel, String ts, String userId, String via, boolean stripPrefix) {
    Optional<Recorded> existing = store(s -> s.byMessage(channel, ts));
    if (existing.isPresent() && existing.get().standing()) {
      return new Outcome.AlreadyRecorded(existing.get().id());
    }
    SlackMessage message;
    try {
      message = reader.read(channel, ts);
    } catch (SlackCallException e) {
      return new Outcome.Unreadable(e.error());
    }
    if (existing.isPresent()) {
      return revive(existing.get(), userId);
    }
    String text = stripPrefix ? DecisionText.withoutPrefix(message.text()) : DecisionText.clean(message.text());
    NewDecision decision = new NewDecision(channel, ts, message.threadTs(), text, message.user(), userId, via,
        reader.permalink(channel, ts), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), clock.instant());
    long id;
    try {
      id = store(s -> s.insert(decision));
    } catch (UnableToExecuteStatementException raced) {
      // Another delivery of the same message won: it confirms, this one does not.
      return store(s -> s.byMessage(channel, ts)).<Outcome>map(r -> new Outcome.AlreadyRecorded(r.id()))
          .orElseThrow(() -> raced);
    }
    Set<Long> subjects = subjects(message);
    jdbi.useExtension(DecisionStore.class, s -> s.setSubjects(id, subjects));
    confirmations.post(id, message.replyThread());
    noteWrites.append(id, subjects);
    changedFor.accept(userId);
    return new Outcome.Recorded(id);
  }

  private Outcome revive(Recorded decision, String userId) {
    boolean revived = store(s -> s.revive(decision.id(), userId, clock.instant()));
    if (!revived) {
      return new Outcome.AlreadyRecorded(decision.id());
    }
    confirmations.refresh(decision.id());
    noteWrites.append(decision.id(), store(s -> s.subjects(decision.id())));
    changedFor.accept(userId);
    return new Outcome.Recorded(decision.id());
  }

  /** Undoes a decision; false when it was already undone. */
  public boolean undo(long decisionId, String userId) {
    boolean undone = store(s -> s.undo(decisionId, userId, clock.instant()));
    if (undone) {
      confirmations.refresh(decisionId);
      noteWrites.remove(decisionId, store(s -> s.subjects(decisionId)));
      changedFor.accept(userId);
    }
    return undone;
  }

  /** Files a decision under exactly {@code contactIds}, updating the notes and the confirmation. */
  public void changePeople(long decisionId, Set<Long> contactIds) {
    List<Long> before = store(s -> s.subjects(decisionId));
    jdbi.useExtension(DecisionStore.class, s -> s.setSubjects(decisionId, contactIds));
    Set<Long> added = new LinkedHashSet<>(contactIds);
    before.forEach(added::remove);
    Set<Long> dropped = new LinkedHashSet<>(before);
    dropped.removeAll(contactIds);
    noteWrites.remove(decisionId, dropped);
    noteWrites.append(decisionId, added);
    confirmations.refresh(decisionId);
  }

  /** People named in the message or its thread's parent, Slack users linked to contacts, the channel's contacts. */
  private Set<Long> subjects(SlackMessage message) {
    Set<Long> subjects = new LinkedHashSet<>(directory.namedIn(message.text() == null ? "" : message.text()));
    if (message.parentText() != null) {
      subjects.addAll(directory.namedIn(message.parentText()));
    }
    for (String text : new String[] {message.text(), message.parentText()}) {
      Matcher mention = USER_MENTION.matcher(text == null ? "" : text);
      while (mention.find()) {
        String user = mention.group(1);
        jdbi.withExtension(SlackLinkStore.class, s -> s.contactOf(user)).ifPresent(subjects::add);
      }
    }
    subjects.addAll(store(s -> s.channelContacts(message.channel())));
    subjects.removeIf(id -> directory.entry(id).isEmpty());
    return subjects;
  }

  private <T> T store(ExtensionCallback<T, DecisionStore, RuntimeException> call) {
    return jdbi.withExtension(DecisionStore.class, call);
  }
}
