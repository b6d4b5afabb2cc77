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
    // Kith reads none of the SDK's call statistics, and keeping them costs a Web API call: the first call with a
    // token asks auth.test for the team to file it under, so Kith's own auth.test went out twice.
    config.setStatsEnabled(false);
    return Slack.getInstance(config);
  }

  /** Authorization for Kith's one workspace with the bot token, trusting {@code auth.test} as long as the app does. */
  public static BotAuthorization authorization(SlackSettings settings, Slack slack) {
    return new BotAuthorization(settings.botToken(), slack.methods(settings.botToken()),
        config(settings, slack).getAuthTestCacheExpirationMillis());
  }

  /**
   * The Bolt app with Kith's middleware, before any feature registers its handlers. Every Events API event is
   * acknowledged, handled or not, so Slack never retries one Kith chose to ignore.
   */
  public static App app(SlackSettings settings, Slack slack, BotAuthorization authorization, EventsOnce eventsOnce,
      FreshRequests freshRequests, AccessControl accessControl) {
    App app = new KithApp(config(settings, slack), authorization);
    app.use(freshRequests);
    app.use(eventsOnce);
    app.use(accessControl);
    return app;
  }

  /** Bolt's settings for Kith; with {@code slack} given, Bolt builds no Web API client (HTTP and TLS) of its own. */
  private static AppConfig config(SlackSettings settings, Slack slack) {
    return AppConfig.builder()
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret() != null ? settings.signingSecret() : "unused-in-socket-mode")
        .slack(slack)
        .allEventsApiAutoAckEnabled(true)
        .subtypedMessageEventsAutoAckEnabled(true)
        .build();
  }
}
