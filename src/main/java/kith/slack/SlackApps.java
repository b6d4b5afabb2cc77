package kith.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import kith.config.SlackSettings;

/** Builds Slack's client and the Bolt app from Kith's own settings, never from Bolt's environment lookups. */
public final class SlackApps {
  private SlackApps() {}

  /** The Web API client, pointed at {@code SLACK_API_URL}. */
  public static Slack client(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // Kith logs failures itself, without tokens; the SDK's own request logging stays off.
    config.setPrettyResponseLoggingEnabled(false);
    return Slack.getInstance(config);
  }

  /**
   * The Bolt app with Kith's middleware, before any feature registers its handlers. Every Events API event is
   * acknowledged, handled or not, so Slack never retries one Kith chose to ignore.
   */
  public static App app(SlackSettings settings, Slack slack, EventsOnce eventsOnce, FreshRequests freshRequests,
      AccessControl accessControl) {
    AppConfig config = AppConfig.builder()
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret() != null ? settings.signingSecret() : "unused-in-socket-mode")
        .slack(slack)
        .allEventsApiAutoAckEnabled(true)
        .subtypedMessageEventsAutoAckEnabled(true)
        .build();
    App app = new App(config);
    app.use(freshRequests);
    app.use(eventsOnce);
    app.use(accessControl);
    return app;
  }
}
