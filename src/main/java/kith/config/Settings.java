package kith.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting Kith has, read once at start-up.
 *
 * @param dbUrl JDBC URL of the store ({@code KITH_DB_URL})
 * @param vault the vault folder ({@code KITH_VAULT}), or empty when none is configured
 * @param slack the Slack app's settings; checked for completeness only by {@code kith serve}
 * @param decisionEmojis the reactions that record a decision ({@code KITH_DECISION_EMOJI})
 * @param briefLead how long before a calendar meeting its brief is sent ({@code KITH_BRIEF_LEAD_MINUTES})
 */
public record Settings(
    String dbUrl, Optional<Path> vault, SlackSettings slack, Set<String> decisionEmojis, Duration briefLead) {

  /** H2 file database under ./data, so a first run needs nothing installed. */
  public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/kith";

  /** Every interface, as a server behind a proxy or in a container expects. */
  public static final String DEFAULT_BIND_HOST = "0.0.0.0";

  public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

  /**
   * Reads the settings from {@code env}, which the caller builds from the real environment over the
   * {@code .env} file (see {@link EnvironmentSource}).
   *
   * @throws SettingsException naming the first setting that is wrong
   */
  public static Settings from(Map<String, String> env) {
    return new Settings(dbUrl(env), vault(env), slack(env), decisionEmojis(env), briefLead(env));
  }

  private static String dbUrl(Map<String, String> env) {
    String url = value(env, "KITH_DB_URL").orElse(DEFAULT_DB_URL);
    if (!url.startsWith("jdbc:")) {
      throw new SettingsException(
          "KITH_DB_URL", "\"" + url + "\" is not a JDBC URL (expected jdbc:h2:… or jdbc:postgresql:…)");
    }
    return url;
  }

  private static Optional<Path> vault(Map<String, String> env) {
    return value(env, "KITH_VAULT").map(text -> existingFolder("KITH_VAULT", text));
  }

  /** {@code KITH_BRIEF_LEAD_MINUTES}: how long before a calendar meeting its brief is sent. */
  private static Duration briefLead(Map<String, String> env) {
    String text = value(env, "KITH_BRIEF_LEAD_MINUTES").orElse("15");
    try {
      int minutes = Integer.parseInt(text);
      if (minutes < 0 || minutes > 24 * 60) {
        throw new NumberFormatException();
      }
      return Duration.ofMinutes(minutes);
    } catch (NumberFormatException e) {
      throw new SettingsException("KITH_BRIEF_LEAD_MINUTES", "\"" + text + "\" is not a number of minutes (0 to 1440)");
    }
  }

  /** {@code KITH_DECISION_EMOJI}: emoji names, with or without colons, comma-separated. */
  private static Set<String> decisionEmojis(Map<String, String> env) {
    String text = value(env, "KITH_DECISION_EMOJI").orElse("white_check_mark");
    Set<String> names = Arrays.stream(text.split(","))
        .map(name -> name.trim().replaceAll("^:|:$", ""))
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String name : names) {
      if (!name.matches("[a-z0-9_+'-]+(::skin-tone-[2-6])?")) {
        throw new SettingsException("KITH_DECISION_EMOJI", "\"" + name + "\" is not an emoji name (like white_check_mark)");
      }
    }
    if (names.isEmpty()) {
      throw new SettingsException("KITH_DECISION_EMOJI", "names no emoji");
    }
    return Set.copyOf(names);
  }

  private static SlackSettings slack(Map<String, String> env) {
    return new SlackSettings(
        value(env, "SLACK_BOT_TOKEN").orElse(null),
        value(env, "SLACK_SIGNING_SECRET").orElse(null),
        value(env, "SLACK_APP_TOKEN").orElse(null),
        apiUrl(env),
        port(env),
        bindHost(env),
        ids(env, "KITH_ALLOWED_USERS"),
        value(env, "KITH_ALLOWED_USERGROUP").orElse(null),
        mentionReply(env));
  }

  private static int port(Map<String, String> env) {
    String text = value(env, "PORT").orElse("3000");
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new SettingsException("PORT", "\"" + text + "\" is not a port number (0 to 65535)");
    }
  }

  /** {@code KITH_BIND_HOST}: an IP address or host name of this machine; 127.0.0.1 keeps Kith off the network. */
  private static String bindHost(Map<String, String> env) {
    String host = value(env, "KITH_BIND_HOST").orElse(DEFAULT_BIND_HOST);
    if (!host.matches("[A-Za-z0-9.:_-]+")) {
      throw new SettingsException("KITH_BIND_HOST", "\"" + host + "\" is not an address or host name (like 0.0.0.0 "
          + "or 127.0.0.1)");
    }
    return host;
  }

  private static String apiUrl(Map<String, String> env) {
    String url = value(env, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL);
    try {
      URI uri = new URI(url);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new SettingsException("SLACK_API_URL", "\"" + url + "\" is not an http(s) URL");
      }
    } catch (URISyntaxException e) {
      throw new SettingsException("SLACK_API_URL", "\"" + url + "\" is not a URL");
    }
    return url.endsWith("/") ? url : url + "/";
  }

  private static SlackSettings.MentionReply mentionReply(Map<String, String> env) {
    String text = value(env, "KITH_MENTION_REPLY").orElse("ephemeral").toLowerCase(Locale.ROOT);
    return switch (text) {
      case "ephemeral" -> SlackSettings.MentionReply.EPHEMERAL;
      case "thread" -> SlackSettings.MentionReply.THREAD;
      default -> throw new SettingsException("KITH_MENTION_REPLY", "\"" + text + "\" is not ephemeral or thread");
    };
  }

  private static Set<String> ids(Map<String, String> env, String key) {
    return value(env, key)
        .map(text -> Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  /** Resolves {@code text} to a folder that exists, or fails naming {@code setting}. */
  public static Path existingFolder(String setting, String text) {
    return existingFolder(text, problem -> new SettingsException(setting, problem));
  }

  /** Resolves {@code text} to a folder that exists, or throws what {@code refusal} makes of the problem. */
  public static Path existingFolder(String text, Function<String, RuntimeException> refusal) {
    Path folder = Path.of(text).toAbsolutePath().normalize();
    if (!Files.exists(folder)) {
      throw refusal.apply("folder " + folder + " does not exist");
    }
    if (!Files.isDirectory(folder)) {
      throw refusal.apply(folder + " is a file, not a folder");
    }
    return folder;
  }

  /** A value that is set and not blank, trimmed. */
  static Optional<String> value(Map<String, String> env, String key) {
    return Optional.ofNullable(env.get(key)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
