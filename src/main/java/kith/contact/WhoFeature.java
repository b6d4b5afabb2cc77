package kith.contact;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import java.util.regex.Pattern;
import kith.config.SlackSettings.MentionReply;
import kith.slack.Background;
import kith.slack.Deadline;
import kith.slack.Replies;
import org.jdbi.v3.core.Jdbi;

/** Registers everything of {@code /who} with Bolt: the command, the card's buttons, mentions. */
public final class WhoFeature {
  static final Pattern PICK_ACTIONS = Pattern.compile("^" + WhoIds.PICK + "(_\\d+)?$");

  private WhoFeature() {}

  public static void register(App app, Jdbi jdbi, Directory directory, WhoAnswers answers, Replies replies,
      Background background, Deadline deadline, MentionReply mentionReply, CardDelivery delivery) {
    app.command("/who", new WhoSlashCommand(answers, deadline, replies));
    app.blockAction(WhoIds.SHARE, new ShareCardAction(answers, replies, background));
    app.blockAction(WhoIds.BRIEF, new BriefMeAction(delivery, replies, background));
    app.blockAction(WhoIds.MORE, new MoreCardAction(answers, replies, background));
    app.blockAction(WhoIds.DECISIONS, new DecisionsListAction(answers, replies, background));
    app.blockAction(WhoIds.LINK_CHANNEL, new LinkChannelAction(jdbi, directory, replies, background));
    app.blockAction(PICK_ACTIONS, new PickCandidateAction(answers, replies, background));
    app.event(AppMentionEvent.class, new MentionHandler(answers, delivery, replies, background, mentionReply));
  }
}
