package kith.vault;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wikilink or Markdown link at the very start of a text, and what follows it.
 *
 * @param title the wikilink's display name or the Markdown link's text
 * @param link the wikilink target as written, or the URL
 * @param rest the text after the link, unstripped
 */
record LeadingLink(String title, String link, String rest) {
  /** {@code [text](url)} or {@code [text](<url> "title")}; the URL may hold one level of parentheses. */
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile(
          "^\\[([^\\[\\]]*)]\\(\\s*<?([^\\s()<>]*(?:\\([^\\s()]*\\)[^\\s()<>]*)*)>?"
              + "(?:\\s+\"[^\"]*\")?\\s*\\)");

  private static final Pattern ANY_MARKDOWN_LINK = Pattern.compile("\\[[^\\[\\]]*]\\(\\s*<?([^\\s<>]+?)>?\\s*\\)");
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)>]+");

  static Optional<LeadingLink> of(String text) {
    // Both kinds open with "[" (an embed with "!["): most texts are neither, and need no matcher.
    if (text.isEmpty() || (text.charAt(0) != '[' && text.charAt(0) != '!')) {
      return Optional.empty();
    }
    Wikilink.Leading wikilink = Wikilink.leading(text);
    if (wikilink != null) {
      Wikilink link = wikilink.link();
      return Optional.of(new LeadingLink(link.displayName(), link.target(), text.substring(wikilink.end())));
    }
    Matcher markdown = MARKDOWN_LINK.matcher(text);
    if (markdown.lookingAt()) {
      return Optional.of(
          new LeadingLink(markdown.group(1).strip(), markdown.group(2), text.substring(markdown.end())));
    }
    return Optional.empty();
  }

  /** The first URL in a text: a Markdown link's target, a wikilink's target, or a bare http(s) URL. */
  static String firstLinkIn(String text) {
    Matcher markdown = ANY_MARKDOWN_LINK.matcher(text);
    if (markdown.find()) {
      return markdown.group(1);
    }
    Matcher wikilink = Wikilink.PATTERN.matcher(text);
    if (wikilink.find()) {
      return Wikilink.of(wikilink).target();
    }
    Matcher url = BARE_URL.matcher(text);
    return url.find() ? url.group() : null;
  }
}
