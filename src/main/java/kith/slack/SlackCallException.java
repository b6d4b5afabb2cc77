package kith.slack;

/** A Web API call that failed for good: which method, and Slack's error (or the transport's). */
public final class SlackCallException extends RuntimeException {
  private final String method;
  private final String error;

  public SlackCallException(String method, String error, Throwable cause) {
    super(method + " failed: " + error, cause);
    this.method = method;
    this.error = error;
  }

  public String method() {
    return method;
  }

  public String error() {
    return error;
  }
}
