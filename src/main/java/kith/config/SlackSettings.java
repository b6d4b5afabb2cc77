package kith.config;

import java.util.Set;

/**
 * The Slack app's settings. Tokens are never printed: {@link #toString()} leaves them out.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}, xoxb-…
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; required over HTTP
 * @param appToken {@code SLACK_APP_TOKEN}, xapp-…; when set, Kith connects over Socket Mode
 * @param apiUrl {@code SLACK_API_URL}, ending in a slash
 * @param port {@code PORT} for HTTP
 * @param bindHost {@code KITH_BIND_HOST}: the address HTTP listens on (all of them by default)
 * @param allowedUsers {@code KITH_ALLOWED_USERS}
 * @param allowedUsergroup {@code KITH_ALLOWED_USERGROUP}, or null
 * @param mentionReply {@code KITH_MENTION_REPLY}
 */
public record SlackSettings(
    String botToken,
    String signingSecret,
    String appToken,
    String apiUrl,
    int port,
    String bindHost,
    Set<String> allowedUsers,
    String allowedUsergroup,
    MentionReply mentionReply) {

  /** How Kith answers a mention: only to the person who asked, or visibly in the thread. */
  public enum MentionReply {
    EPHEMERAL,
    THREAD
  }

  public boolean socketMode() {
    return appToken != null;
  }

  /** Fails with a message that says where to find what is missing, as {@code kith serve} needs it. */
  public SlackSettings requireForServe() {
    if (botToken == null) {
      throw new SettingsException("SLACK_BOT_TOKEN", "not set: copy the Bot User OAuth Token (xoxb-…) from your "
          + "Slack app's settings, OAuth & Permissions page, into .env");
    }
    if (!botToken.startsWith("xoxb-")) {
      throw new SettingsException("SLACK_BOT_TOKEN", "should start with xoxb- (the Bot User OAuth Token)");
    }
    if (appToken != null && !appToken.startsWith("xapp-")) {
      throw new SettingsException("SLACK_APP_TOKEN", "should start with xapp- (an app-level token with the "
          + "connections:write scope, from Basic Information → App-Level Tokens)");
    }
    if (appToken == null && signingSecret == null) {
      throw new SettingsException("SLACK_SIGNING_SECRET", "not set: copy the Signing Secret from your Slack app's "
          + "settings, Basic Information → App Credentials, into .env (or set SLACK_APP_TOKEN for Socket Mode)");
    }
    return this;
  }

  public boolean restrictsAccess() {
    return !allowedUsers.isEmpty() || allowedUsergroup != null;
  }

  @Override
  public String toString() {
    return "SlackSettings[apiUrl=" + apiUrl + ", port=" + port + ", bindHost=" + bindHost + ", socketMode=" + socketMode()
        + ", allowedUsers=" + allowedUsers + ", allowedUsergroup=" + allowedUsergroup
        + ", mentionReply=" + mentionReply + "]";
  }
}
