package kith.contact;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Text made safe and short enough for Slack. Slack reads {@code &}, {@code <} and {@code >} as control characters
 * (links, mentions, {@code <!channel>}), so everything taken from notes is escaped before it reaches a message, and
 * every text is cut to Block Kit's limits, counted in Java chars after escaping.
 */
public final class SlackText {
  /** The longest text Block Kit accepts in a section or a context element. */
  public static final int SECTION_LIMIT = 3000;

  private static final String ELLIPSIS = "…";
  private static final Pattern SAFE_URL = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]+");
  private static final int LONGEST_URL = 1000;
  private static final int LONGEST_USER_ID = 32;
  private static final int LONGEST_INLINE_ITEM = 150;

  private SlackText() {}

  /** {@code text} with {@code &}, {@code <} and {@code >} as entities: shown as typed, never a link or a ping. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    int first = firstToEscape(text);
    if (first < 0) {
      // Most lines of a card have nothing to escape: no copy for them.
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstToEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>') {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code text} cut to at most {@code max} chars, ending in "…" when cut: at the last space when that keeps at
   * least half, never inside a surrogate pair.
   */
  public static String truncate(String text, int max) {
    return cut(text == null ? "" : text, max, false);
  }

  /** {@link #escape} then {@link #truncate}, cutting the original text so no entity is split and the result fits. */
  public static String clip(String text, int max) {
    return cut(text == null ? "" : text, max, true);
  }

  /** {@link #clip} of {@code text} with every run of whitespace, line breaks included, made one space. */
  public static String clipLine(String text, int max) {
    return clip(text == null ? "" : oneLine(text).strip(), max);
  }

  /**
   * Every run of spaces, tabs, line and paragraph breaks made one space. A card clips dozens of lines, most with
   * nothing to change: they are returned as they are, without the copy a regular expression makes.
   */
  static String oneLine(String text) {
    int first = firstToChange(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isBreakOrSpace(c)) {
        out.append(c);
      } else if (i == first || !isBreakOrSpace(text.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** Where the first whitespace that is not a lone space is, or -1 when the text is one line already. */
  private static int firstToChange(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean loneSpace = c == ' ' && (i + 1 == text.length() || !isBreakOrSpace(text.charAt(i + 1)));
      if (isBreakOrSpace(c) && !loneSpace) {
        return i;
      }
    }
    return -1;
  }

  /** What {@code \\s} means in a Java pattern, and the line and paragraph separators. */
  private static boolean isBreakOrSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * A mrkdwn list: {@code heading} (mrkdwn, already escaped, or null), then one line per item as {@code line}
   * writes it (escaping is its job), at most {@code maxLines}, added while they fit in {@code budget} chars; when
   * some are left out the last line says {@code +N more}. The result is never longer than {@code budget}.
   */
  public static <T> String lines(
      String heading, List<? extends T> items, Function<? super T, String> line, int maxLines, int budget) {
    checkBudget(budget);
    StringBuilder out = new StringBuilder(heading == null ? "" : heading);
    int shown = fill(out, items, line, "\n", maxLines, budget);
    return more(out, "\n", items.size() - shown, budget);
  }

  /**
   * Items on one line, each escaped and clipped, joined by {@code separator} while they fit in {@code budget}
   * chars, ending in {@code +N more} when some are left out.
   */
  public static String inline(List<String> items, String separator, int budget) {
    checkBudget(budget);
    StringBuilder out = new StringBuilder();
    int itemMax = Math.min(LONGEST_INLINE_ITEM, budget);
    int shown = fill(out, items, item -> clipLine(item, itemMax), separator, Integer.MAX_VALUE, budget);
    return more(out, " ", items.size() - shown, budget);
  }

  /**
   * A mrkdwn link {@code <url|label>}, only for an http(s) URL: the characters that would end the link or start
   * another control sequence are percent-encoded. Empty for anything else (javascript:, file paths, wikilinks).
   *
   * @param label mrkdwn, already escaped; a stray {@code <} or {@code >} in it is escaped here
   */
  public static Optional<String> link(String url, String label) {
    if (url == null || url.length() > LONGEST_URL || !SAFE_URL.matcher(url.strip()).matches()) {
      return Optional.empty();
    }
    String safe = url.strip()
        .replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    return Optional.of("<" + safe + "|" + label.replace("<", "&lt;").replace(">", "&gt;") + ">");
  }

  /** A mention {@code <@U…>} of a Slack user id, empty when the id is not one (so nothing else becomes markup). */
  public static Optional<String> mention(String userId) {
    if (userId == null || userId.length() > LONGEST_USER_ID || !USER_ID.matcher(userId).matches()) {
      return Optional.empty();
    }
    return Optional.of("<@" + userId + ">");
  }

  private static <T> int fill(StringBuilder out, List<? extends T> items, Function<? super T, String> piece,
      String separator, int maxItems, int budget) {
    int reserve = (" +" + items.size() + " more").length();
    int shown = 0;
    for (T item : items) {
      if (shown == maxItems) {
        break;
      }
      String text = piece.apply(item);
      int joint = out.isEmpty() ? 0 : separator.length();
      boolean last = shown + 1 == items.size();
      if (out.length() + joint + text.length() + (last ? 0 : reserve) > budget) {
        break;
      }
      out.append(out.isEmpty() ? "" : separator).append(text);
      shown++;
    }
    return shown;
  }

  private static String more(StringBuilder out, String separator, int omitted, int budget) {
    if (omitted > 0) {
      out.append(out.isEmpty() ? "" : separator).append('+').append(omitted).append(" more");
    }
    // Only a heading longer than the budget gets here too long; cut it rather than break a limit.
    return out.length() <= budget ? out.toString() : truncate(out.toString(), budget);
  }

  private static void checkBudget(int budget) {
    if (budget < 1 || budget > SECTION_LIMIT) {
      throw new IllegalArgumentException("budget must be 1.." + SECTION_LIMIT + ": " + budget);
    }
  }

  private static String cut(String text, int max, boolean escaping) {
    if (max <= 0) {
      return "";
    }
    if (cost(text, escaping) <= max) {
      return escaping ? escape(text) : text;
    }
    int room = max - ELLIPSIS.length();
    int end = 0;
    for (int used = 0; end < text.length(); end++) {
      int next = escaping ? cost(text.charAt(end)) : 1;
      if (used + next > room) {
        break;
      }
      used += next;
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    end = atWordEnd(text, end);
    String kept = text.substring(0, end);
    return (escaping ? escape(kept) : kept) + ELLIPSIS;
  }

  /** Moves a cut back to the last space when that keeps at least half, then drops trailing spaces. */
  private static int atWordEnd(String text, int end) {
    if (!Character.isWhitespace(text.charAt(end))) {
      int space = end - 1;
      while (space > 0 && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      if (space > 0 && space >= end / 2) {
        end = space;
      }
    }
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int cost(String text, boolean escaping) {
    if (!escaping) {
      return text.length();
    }
    int total = 0;
    for (int i = 0; i < text.length(); i++) {
      total += cost(text.charAt(i));
    }
    return total;
  }

  private static int cost(char c) {
    return switch (c) {
      case '&' -> 5;
      case '<', '>' -> 4;
      default -> 1;
    };
  }
}
