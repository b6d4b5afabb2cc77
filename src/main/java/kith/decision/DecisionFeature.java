package kith.decision;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import kith.contact.Directory;
import kith.slack.Background;
import kith.slack.Replies;
import kith.slack.SlackApi;
import org.jdbi.v3.core.Jdbi;

/** Registers everything about decisions with Bolt: reactions, the shortcut, "Decision:" replies, the buttons. */
public final class DecisionFeature {
  private DecisionFeature() {}

  /** Registers the handlers and returns the recorder, which other features (and tests) may use. */
  public static DecisionRecorder register(App app, Jdbi jdbi, SlackApi api, Replies replies, Directory directory,
      NoteWrites noteWrites, Set<String> emojis, Background background, Clock clock,
      Consumer<String> changedFor) {
    DecisionRecorder recorder = new DecisionRecorder(jdbi, new MessageReader(api), directory,
        new Confirmations(jdbi, replies, api, directory), noteWrites, clock, changedFor);
    app.event(ReactionAddedEvent.class, new DecisionReactionAdded(emojis, recorder, replies, background));
    app.event(ReactionRemovedEvent.class, new DecisionReactionRemoved(emojis, recorder, api, jdbi, background));
    app.event(MessageEvent.class, new DecisionReply(recorder, replies, background));
    app.messageShortcut(DecisionIds.SHORTCUT, new RecordDecisionShortcut(recorder, replies, background));
    app.blockAction(DecisionIds.UNDO, new UndoDecisionAction(recorder, background));
    app.blockAction(DecisionIds.PEOPLE, new ChangePeopleAction(recorder, background));
    app.blockSuggestion(DecisionIds.PEOPLE, new PeopleOptions(directory));
    return recorder;
  }
}
