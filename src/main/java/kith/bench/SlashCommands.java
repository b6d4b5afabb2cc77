package kith.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slash commands as Slack sends them: the form fields in Slack's order, form-encoded with spaces as {@code +}, and
 * signed (v0): {@code X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:<timestamp>:<body>">} keyed with the signing
 * secret, beside {@code X-Slack-Request-Timestamp}.
 */
final class SlashCommands {
  static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  static final String SIGNATURE_HEADER = "X-Slack-Signature";
  static final String USER_ID = "U0ASKER";
  private static final String CHANNEL_ID = "C0GENERAL";

  private final String secret;
  private final String responseUrl;

  SlashCommands(String secret, String responseUrl) {
    this.secret = secret;
    this.responseUrl = responseUrl;
  }

  /** The form-encoded body of {@code command} with {@code text}. */
  String body(String command, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy-unused");
    fields.put("api_app_id", "A0KITH");
    fields.put("team_id", WebApiStandIn.TEAM_ID);
    fields.put("team_domain", "kith-bench");
    fields.put("channel_id", CHANNEL_ID);
    fields.put("channel_name", "general");
    fields.put("user_id", USER_ID);
    fields.put("user_name", "asker");
    fields.put("command", command);
    fields.put("text", text);
    fields.put("response_url", responseUrl);
    fields.put("trigger_id", "1234567890.1234567890.abcdef");
    fields.put("is_enterprise_install", "false");
    return fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** A signer for one thread: {@link Mac} is not safe to share. */
  Signer signer() {
    return new Signer(secret);
  }

  /** Signs bodies with the signing secret. */
  static final class Signer {
    private final Mac mac;

    private Signer(String secret) {
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
      }
    }

    /** {@code v0=} and the lower-case hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}. */
    String signature(long timestampSeconds, String body) {
      byte[] base = ("v0:" + timestampSeconds + ":" + body).getBytes(StandardCharsets.UTF_8);
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(base));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
