package kith.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting Kith has, read once at start-up.
 *
 * @param dbUrl JDBC URL of the store ({@code KITH_DB_URL})
 * @param vault the vault folder ({@code KITH_VAULT}), or empty when none is configured
 */
public record Settings(String dbUrl, Optional<Path> vault) {

  /** H2 file database under ./data, so a first run needs nothing installed. */
  public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/kith";

  /**
   * Reads the settings from {@code env}, which the caller builds from the real environment over the
   * {@code .env} file (see {@link EnvironmentSource}).
   *
   * @throws SettingsException naming the first setting that is wrong
   */
  public static Settings from(Map<String, String> env) {
    return new Settings(dbUrl(env), vault(env));
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

  /** Resolves {@code text} to a folder that exists, or fails naming {@code setting}. */
  public static Path existingFolder(String setting, String text) {
    Path folder = Path.of(text).toAbsolutePath().normalize();
    if (!Files.exists(folder)) {
      throw new SettingsException(setting, "folder " + folder + " does not exist");
    }
    if (!Files.isDirectory(folder)) {
      throw new SettingsException(setting, folder + " is a file, not a folder");
    }
    return folder;
  }

  /** A value that is set and not blank, trimmed. */
  static Optional<String> value(Map<String, String> env, String key) {
    return Optional.ofNullable(env.get(key)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
