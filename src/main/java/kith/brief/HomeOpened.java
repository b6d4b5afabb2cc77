package kith.brief;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import kith.slack.Background;

/** Opening Kith's Home tab publishes it, fresh. */
public final class HomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {
  private final HomePublisher home;
  private final Background background;

  HomeOpened(HomePublisher home, Background background) {
    this.home = home;
    this.background = background;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent event = payload.getEvent();
    if ("home".equals(event.getTab()) || event.getTab() == null) {
      background.run("publish home", () -> home.refresh(event.getUser()));
    }
    return ctx.ack();
  }
}
