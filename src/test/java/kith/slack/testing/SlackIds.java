package kith.slack.testing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/** Fresh Slack-looking identifiers: message timestamps and trigger ids. */
public final class SlackIds {
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final SecureRandom RANDOM = new SecureRandom();

  private SlackIds() {}

  /**
   * A new message timestamp, {@code <epoch seconds>.<6 digits>}, never repeated in this JVM and increasing as Slack's
   * are (the seconds come from the wall clock, the digits from a counter).
   */
  public static String newTs() {
    long sequence = SEQUENCE.incrementAndGet();
    return (Instant.now().getEpochSecond() + sequence / 1_000_000) + "." + String.format("%06d", sequence % 1_000_000);
  }

  /** A trigger id as Slack sends them: {@code <digits>.<digits>.<32 hex>}. */
  public static String triggerId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Math.abs(RANDOM.nextLong() % 1_000_000_000_000L) + "."
        + Math.abs(RANDOM.nextLong() % 10_000_000_000L) + "."
        + HexFormat.of().formatHex(bytes);
  }

  /** Permalink form of a ts: the dot dropped, as in {@code p1583636399000700}. */
  public static String permalinkTs(String ts) {
    return "p" + ts.replace(".", "");
  }
}
