package kith.decision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision's text as it is kept and written to notes: Slack's markup made readable, one line. The text is
 * escaped again whenever it is shown in Slack, so "@here" here never pings.
 */
final class DecisionText {
  private static final Pattern PREFIX = Pattern.compile("^\\s*decision\\s*:\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABELLED = Pattern.compile("<([@#!]?)([^<>|]+)\\|([^<>]*)>");
  private static final Pattern BARE = Pattern.compile("<([@#!]?)([^<>|]+)>");

  private DecisionText() {}

  static boolean hasPrefix(String text) {
    return text != null && PREFIX.matcher(text).find();
  }

  static String withoutPrefix(String text) {
    return clean(PREFIX.matcher(text == null ? "" : text).replaceFirst(""));
  }

  static String clean(String text) {
    String readable = LABELLED.matcher(text == null ? "" : text).replaceAll(m -> switch (m.group(1)) {
      case "@" -> Matcher.quoteReplacement("@" + m.group(3));
      case "#" -> Matcher.quoteReplacement("#" + m.group(3));
      case "!" -> Matcher.quoteReplacement("@" + m.group(3));
      default -> Matcher.quoteReplacement(m.group(3) + " (" + m.group(2) + ")");
    });
    readable = BARE.matcher(readable).replaceAll(m -> Matcher.quoteReplacement(
        ("!".equals(m.group(1)) ? "@" : m.group(1)) + m.group(2)));
    readable = readable.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return readable.replaceAll("\\s+", " ").trim();
  }
}
