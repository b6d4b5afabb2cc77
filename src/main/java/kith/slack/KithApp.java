package kith.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's app with {@link BotAuthorization} in place of Bolt's single-workspace authorization, which asks Slack
 * {@code auth.test} while the app is built. The rest of the list is Bolt's own for a single-workspace app (Bolt
 * 1.47's {@code App.buildDefaultMiddlewareList}), in Bolt's order, from the same settings: the SSL check, request
 * signatures, then authorization, then ignoring the bot's own events, which needs the bot's user from it.
 */
final class KithApp extends App {
  private final BotAuthorization authorization;

  KithApp(AppConfig config, BotAuthorization authorization) {
    super(config);
    this.authorization = authorization;
  }

  /** Bolt builds this list at the first {@code use} or request, after the constructor has run. */
  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = new ArrayList<>();
    if (config.isSslCheckEnabled()) {
      middleware.add(new SSLCheck(config.getVerificationToken()));
    }
    if (config.isRequestVerificationEnabled()) {
      String secret = config.getSigningSecret() == null || config.getSigningSecret().isBlank()
          ? "---" : config.getSigningSecret();
      middleware.add(new RequestVerification(new SlackSignature.Verifier(new SlackSignature.Generator(secret))));
    }
    middleware.add(authorization);
    if (config.isIgnoringSelfEventsEnabled()) {
      middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(),
          config.isIgnoringSelfAssistantMessageEventsEnabled()));
    }
    return middleware;
  }
}
