package kith.brief;

/** A calendar feed that could not be read, with a short reason fit to show the user ("HTTP 404", "timed out"). */
public final class CalendarException extends Exception {
  private final String reason;

  CalendarException(String reason) {
    this(reason, null);
  }

  CalendarException(String reason, Throwable cause) {
    super(reason, cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
