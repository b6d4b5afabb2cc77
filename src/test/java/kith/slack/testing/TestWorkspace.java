package kith.slack.testing;

/**
 * The one Slack workspace every stand-in and payload builder describes, so ids agree across them: the team Kith is
 * installed in, Kith's app and bot user, and the tokens and secret tests hand to Kith.
 */
public final class TestWorkspace {
  public static final String TEAM_ID = "T0001";
  public static final String TEAM_DOMAIN = "kith-test";
  public static final String TEAM_NAME = "Kith Test";
  public static final String APP_ID = "AKITH";
  public static final String BOT_USER_ID = "UKITHBOT";
  public static final String BOT_ID = "BKITH";
  public static final String BOT_NAME = "kith";
  /** The DM channel {@code conversations.open} answers with, and app_home_opened events come from. */
  public static final String DM_CHANNEL_ID = "D0001";
  public static final String BOT_TOKEN = "xoxb-test";
  public static final String APP_TOKEN = "xapp-test";
  public static final String SIGNING_SECRET = "test-signing-secret";
  /** The legacy verification token Slack still puts into payloads; Kith must not rely on it. */
  public static final String VERIFICATION_TOKEN = "legacy-fixed-value";
  /** Where workspace URLs (permalinks, auth.test's url) point. */
  public static final String WORKSPACE_URL = "https://example.slack.com/";

  private TestWorkspace() {}
}
