package kith.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Where settings come from: the {@code .env} file in the working directory, overridden by the real environment. */
public final class EnvironmentSource {
  private EnvironmentSource() {}

  /** The merged variables; the real environment wins over {@code .env}. */
  public static Map<String, String> load(Path workingDirectory, Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>(dotenvFile(workingDirectory));
    merged.putAll(environment);
    return merged;
  }

  private static Map<String, String> dotenvFile(Path directory) {
    try {
      Dotenv dotenv =
          Dotenv.configure()
              .directory(directory.toString())
              .filename(".env")
              .ignoreIfMissing()
              .load();
      Map<String, String> values = new HashMap<>();
      for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
        values.put(entry.getKey(), entry.getValue());
      }
      return values;
    } catch (DotenvException e) {
      throw new SettingsException(".env", "cannot be read: " + e.getMessage());
    }
  }
}
