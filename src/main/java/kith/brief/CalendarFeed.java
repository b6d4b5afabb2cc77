package kith.brief;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import kith.Causes;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/**
 * Reads the meetings of an iCalendar feed (the "secret address in iCal format" of Google Calendar, a published Outlook
 * calendar, any .ics URL). Time zones come from the file's VTIMEZONEs or from the definitions bundled with ical4j,
 * never from the network (see {@code ical4j.properties}).
 */
public final class CalendarFeed {
  private static final int MAX_MESSAGE = 120;
  private static final String ICAL4J_LINE = "^Error at line \\d+:";

  private final Supplier<HttpClient> newClient;
  private final Duration timeout;
  private final long maxBytes;
  private HttpClient client;

  /**
   * @param newClient makes the client to fetch with, once, at the first fetch: building one sets up TLS, which took a
   *     third of a second of Kith's start; it should follow redirects, as published calendars often move
   * @param timeout how long a whole fetch may take, e.g. 10 s
   * @param maxBytes the largest calendar read, e.g. 5 MB
   */
  public CalendarFeed(Supplier<HttpClient> newClient, Duration timeout, long maxBytes) {
    if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("need a positive timeout and 0 < maxBytes < 2 GB");
    }
    this.newClient = Objects.requireNonNull(newClient, "newClient");
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** Fetches the .ics at url and returns the occurrences that START within [from, to), sorted by start. */
  public List<Meeting> meetings(URI url, Instant from, Instant to) throws CalendarException {
    return parse(download(httpUrl(url)), from, to);
  }

  /** The same from text already fetched (for tests and for re-use). */
  public static List<Meeting> parse(String ics, Instant from, Instant to) throws CalendarException {
    return CalendarEvents.within(read(ics), from, to);
  }

  /** webcal:// is how calendar links ask to be subscribed to; the feed itself is served over https. */
  static URI httpUrl(URI url) throws CalendarException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    URI http = switch (scheme) {
      case "http", "https" -> url;
      case "webcal", "webcals" -> URI.create("https:" + url.getRawSchemeSpecificPart());
      default -> throw new CalendarException("not an http, https or webcal URL");
    };
    if (http.getHost() == null) {
      throw new CalendarException("no host in the calendar URL");
    }
    return http;
  }

  private String download(URI url) throws CalendarException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "text/calendar, */*").build();
    CompletableFuture<HttpResponse<byte[]>> pending = http().sendAsync(request, this::body);
    try {
      // The request's own timeout stops at the headers; this one also bounds a body that trickles in.
      HttpResponse<byte[]> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() != 200) {
        throw new CalendarException("HTTP " + response.statusCode());
      }
      return new String(response.body(), StandardCharsets.UTF_8);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new CalendarException("timed out", e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new CalendarException("interrupted", e);
    } catch (ExecutionException e) {
      throw downloadFailure(e.getCause());
    }
  }

  private synchronized HttpClient http() {
    if (client == null) {
      client = newClient.get();
    }
    return client;
  }

  private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    return new CalendarBodyLimit(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
  }

  /** What a cause of a failed download says in a few words, or null when it is none Kith knows. */
  private static String knownFailure(Throwable cause) {
    if (cause instanceof CalendarBodyLimit.TooLarge) {
      return "calendar too large";
    }
    if (cause instanceof HttpTimeoutException) {
      return "timed out";
    }
    return cause instanceof ConnectException ? "could not connect" : null;
  }

  private static CalendarException downloadFailure(Throwable failure) {
    Optional<String> known = Causes.of(failure).map(CalendarFeed::knownFailure).filter(Objects::nonNull).findFirst();
    if (known.isPresent()) {
      return new CalendarException(known.get(), failure);
    }
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return new CalendarException("download failed: " + shortened(message), failure);
  }

  private static Calendar read(String ics) throws CalendarException {
    // A byte order mark is legal UTF-8 but not an iCalendar line start.
    String text = ics.startsWith("\uFEFF") ? ics.substring(1) : ics;
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      // ical4j's message starts "Error at line N:"; the line goes in front of the reason instead.
      String message = Objects.requireNonNullElse(e.getMessage(), "unreadable").replaceFirst(ICAL4J_LINE, "");
      String line = e.getLineNo() > 0 ? "line " + e.getLineNo() + ": " : "";
      throw new CalendarException("not an iCalendar file (" + line + shortened(message) + ")", e);
    } catch (IOException | RuntimeException e) {
      throw new CalendarException("not an iCalendar file (" + shortened(String.valueOf(e.getMessage())) + ")", e);
    }
  }

  /** Messages that quote the input are cut, so a reason stays one short line. */
  private static String shortened(String message) {
    String plain = message.strip().replaceFirst("^(?:[a-z]\\w*\\.)+\\w+(?:Exception|Error): ", "");
    return plain.length() <= MAX_MESSAGE ? plain : plain.substring(0, MAX_MESSAGE) + "…";
  }
}
