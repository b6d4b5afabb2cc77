package kith.config;

/** A setting that is missing or wrong. The message is one line naming the setting, fit for the user. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String setting, String problem) {
    super(setting + ": " + problem);
  }
}
