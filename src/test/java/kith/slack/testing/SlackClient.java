package kith.slack.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends what Slack sends to an app's request URL: slash commands and interactivity form-encoded, events as JSON, each
 * signed with the clock's current time. {@link #post} and {@link #unsigned} make the tampered, expired and unsigned
 * requests an app must refuse.
 */
public final class SlackClient {
  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON = "application/json";
  /** The User-Agent Slack's servers send. */
  public static final String USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI eventsUrl;
  private final SlackSigner signer;
  private final Clock clock;
  private final HttpClient http;

  public SlackClient(URI eventsUrl, SlackSigner signer, Clock clock) {
    this.eventsUrl = eventsUrl;
    this.signer = signer;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** What the app answered. */
  public record Response(int status, String body, Map<String, List<String>> headers) {
    /** The body parsed as JSON; fails when it is not JSON. */
    public JsonElement json() {
      return JsonParser.parseString(body);
    }

    /** The first value of a header, matched case-insensitively, or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /** A slash command, its fields form-encoded (build them with {@link Payloads#slashCommand}). */
  public Response slashCommand(Map<String, String> fields) {
    return signed(form(fields), FORM);
  }

  /** An interactivity payload (block_actions, message_action, view_submission…) as {@code payload=<JSON>}. */
  public Response interactivity(JsonObject payload) {
    return signed(interactivityBody(payload), FORM);
  }

  /** An Events API request: an event_callback envelope or a url_verification challenge, as JSON. */
  public Response event(JsonObject envelope) {
    return signed(envelope.toString(), JSON);
  }

  /**
   * Any body, signed for the given timestamp (epoch seconds); extra headers are added after the signature headers
   * and replace them when they share a name, so a test can send a wrong signature or a retry header.
   */
  public Response post(String body, String contentType, Map<String, String> extraHeaders, long timestamp) {
    Map<String, String> headers = new LinkedHashMap<>(signer.headers(body, timestamp));
    headers.putAll(extraHeaders);
    return send(body, contentType, headers);
  }

  /** A signed body sent without a length, in chunks, as a proxy may forward it. */
  public Response chunked(String body, String contentType) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
        contentType, signer.headers(body, now()));
  }

  /** A body sent without any signature headers. */
  public Response unsigned(String body, String contentType) {
    return send(body, contentType, Map.of());
  }

  /** Now, in epoch seconds, by this client's clock. */
  public long now() {
    return clock.instant().getEpochSecond();
  }

  /** {@code application/x-www-form-urlencoded}, in the map's order, spaces as {@code +} as Slack sends them. */
  public static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue() == null ? "" : field.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The body of an interactivity request. */
  public static String interactivityBody(JsonObject payload) {
    return "payload=" + encode(payload.toString());
  }

  private Response signed(String body, String contentType) {
    return post(body, contentType, Map.of(), now());
  }

  private Response send(String body, String contentType, Map<String, String> headers) {
    return send(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType, headers);
  }

  private Response send(HttpRequest.BodyPublisher body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(eventsUrl)
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .header("User-Agent", USER_AGENT)
            .POST(body);
    headers.forEach(request::setHeader);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + eventsUrl + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to " + eventsUrl, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
