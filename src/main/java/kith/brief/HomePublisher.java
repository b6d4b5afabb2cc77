package kith.brief;

import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.util.List;
import kith.decision.DecisionStore;
import kith.slack.SlackApi;
import kith.slack.SlackCallException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes a user's Home tab ({@code views.publish}): when they open it, and when something on it changes. */
public final class HomePublisher implements HomeRefresh {
  private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);
  private final Jdbi jdbi;
  private final SlackApi api;
  private final BriefSender sender;
  private Briefs briefs;

  public HomePublisher(Jdbi jdbi, SlackApi api, BriefSender sender) {
    this.jdbi = jdbi;
    this.api = api;
    this.sender = sender;
  }

  /** Briefs and the Home tab refer to each other: briefs refresh the tab, the tab lists them. */
  void use(Briefs briefs) {
    this.briefs = briefs;
  }

  @Override
  public void refresh(String userId) {
    List<BriefStore.Scheduled> upcoming = jdbi.withExtension(BriefStore.class, s -> s.upcoming(userId));
    String calendar = briefs == null ? "" : briefs.calendarStatus(userId);
    List<DecisionStore.Recorded> decisions =
        jdbi.withExtension(DecisionStore.class, s -> s.recent(HomeTab.MAX_DECISIONS));
    View view = Views.view(v -> v.type("home")
        .blocks(HomeTab.blocks(upcoming, calendar, decisions, sender.zoneOf(userId))));
    try {
      api.call("views.publish", SlackApi.Safety.IDEMPOTENT,
          methods -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    } catch (SlackCallException e) {
      log.warn("could not publish the Home tab of {}: {}", userId, e.error());
    }
  }
}
