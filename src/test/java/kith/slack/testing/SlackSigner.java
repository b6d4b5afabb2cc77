package kith.slack.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs request bodies the way Slack does (version v0): HMAC-SHA256 of {@code v0:<timestamp>:<body>} keyed with the
 * app's signing secret, hex-encoded, sent with the timestamp in two headers.
 */
public final class SlackSigner {
  public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Slack-Signature";

  private final String secret;

  public SlackSigner(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("a signing secret is required");
    }
    this.secret = secret;
  }

  /** Both headers Slack sends, in its order. */
  public Map<String, String> headers(String body, long timestampSeconds) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TIMESTAMP_HEADER, Long.toString(timestampSeconds));
    headers.put(SIGNATURE_HEADER, signature(body, timestampSeconds));
    return headers;
  }

  /** {@code v0=} followed by the lower-case hex HMAC-SHA256 of {@code v0:<ts>:<body>}. */
  public String signature(String body, long timestampSeconds) {
    String base = "v0:" + timestampSeconds + ":" + body;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
