package kith.brief;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.time.Clock;
import kith.contact.Directory;
import kith.contact.WhoAnswers;
import kith.slack.Background;
import kith.slack.Deadline;
import kith.slack.Replies;
import kith.slack.SlackApi;
import org.jdbi.v3.core.Jdbi;

/** Registers briefs with Bolt: {@code /brief}, its *Cancel* buttons, the Home tab and its lookup. */
public final class BriefFeature {
  private BriefFeature() {}

  /** What the briefs feature gives the rest of Kith. */
  public record Parts(Briefs briefs, BriefSender sender, BriefScheduler scheduler, HomePublisher home) {}

  public static Parts build(Jdbi jdbi, SlackApi api, Replies replies, Directory directory, BriefSender sender,
      Clock clock) {
    HomePublisher home = new HomePublisher(jdbi, api, sender);
    Briefs briefs = new Briefs(jdbi, directory, clock, home);
    home.use(briefs);
    return new Parts(briefs, sender, new BriefScheduler(jdbi, sender, replies, clock), home);
  }

  public static void register(App app, Parts parts, SlackApi api, WhoAnswers answers, Replies replies,
      Background background, Deadline deadline, Clock clock) {
    app.command("/brief", new BriefCommand(parts.briefs(), parts.sender(), answers, deadline, replies, clock));
    app.blockAction(BriefIds.CANCEL, new CancelBriefAction(parts.briefs(), replies, background));
    app.event(AppHomeOpenedEvent.class, new HomeOpened(parts.home(), background));
    app.blockAction(BriefIds.LOOKUP, LookupModal.open(api));
    app.viewSubmission(BriefIds.LOOKUP_VIEW, LookupModal.submit(answers));
  }
}
