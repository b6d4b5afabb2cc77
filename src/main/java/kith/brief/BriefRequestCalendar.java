package kith.brief;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The secret iCalendar address after "/brief calendar", as Slack delivers it. */
final class BriefRequestCalendar {
  static final String USAGE = "That doesn't look like a calendar feed. Paste your calendar's secret iCalendar address "
      + "(it starts with `https://` or `webcal://` and usually ends in `.ics`), e.g. in Google Calendar: "
      + "Settings → your calendar → Integrate calendar → Secret address in iCal format. "
      + "`/brief calendar off` disconnects it.";

  /** Plain http only for a feed on this machine, which is what tests serve. */
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

  private BriefRequestCalendar() {}

  static Optional<String> feedUrl(String argument) {
    String url = unescape(unwrap(argument.strip()));
    String lower = url.toLowerCase(Locale.ROOT);
    boolean webcal = lower.startsWith("webcal://");
    if (webcal) {
      url = "https://" + url.substring("webcal://".length());
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException malformed) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean secure = scheme.equals("https") || scheme.equals("http") && LOCAL_HOSTS.contains(host);
    if (!secure || host.isEmpty()) {
      return Optional.empty();
    }
    // webcal:// says "calendar" by itself; iCloud's published feeds, for one, have no .ics in the path.
    return webcal || looksLikeICalendar(uri) ? Optional.of(url) : Optional.empty();
  }

  /** Slack sends links as {@code <https://…>} or {@code <https://…|label>}. */
  private static String unwrap(String text) {
    if (text.length() >= 2 && text.startsWith("<") && text.endsWith(">")) {
      String inner = text.substring(1, text.length() - 1);
      int bar = inner.indexOf('|');
      return bar < 0 ? inner : inner.substring(0, bar);
    }
    return text;
  }

  /** Slack escapes &, < and > in command text; a feed's query string needs its & back. */
  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static boolean looksLikeICalendar(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
    String query = uri.getQuery() == null ? "" : uri.getQuery().toLowerCase(Locale.ROOT);
    return path.endsWith(".ics") || path.contains("/ical") || query.contains("ics") || query.contains("ical");
  }
}
