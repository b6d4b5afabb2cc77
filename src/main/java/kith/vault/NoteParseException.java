package kith.vault;

/** A note that cannot be read: says where (1-based line, 0 when unknown) and why. */
public final class NoteParseException extends Exception {
  private final String path;
  private final int line;
  private final String reason;

  public NoteParseException(String path, int line, String reason) {
    super(path + (line > 0 ? ":" + line : "") + ": " + reason);
    this.path = path;
    this.line = line;
    this.reason = reason;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
