package kith.contact;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone asked Kith for, from {@code /who} text or a mention. With {@code should_escape} on, Slack sends a
 * mentioned user as {@code <@U123|name>} and a channel as {@code <#C123|name>}.
 */
public sealed interface WhoQuery {
  Pattern USER = Pattern.compile("^<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>$");
  Pattern LINK_USER = Pattern.compile("^link\\s+<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  Pattern LINK_CHANNEL = Pattern.compile("^link\\s+<#([CG][A-Z0-9]+)(?:\\|[^>]*)?>\\s+(.+)$",
      Pattern.CASE_INSENSITIVE);
  Pattern DECISIONS = Pattern.compile("^(.+?)\\s+decisions$", Pattern.CASE_INSENSITIVE);
  Pattern MENTION = Pattern.compile("<@[UWB][A-Z0-9]+(?:\\|[^>]*)?>");
  Pattern BRIEF = Pattern.compile("^(?:please\\s+)?brief\\s+(?:me\\s+)?(?:on|about|for)?\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  Pattern WHO = Pattern.compile("^(?:who\\s+is|who's|whos|who\\s+are|tell\\s+me\\s+about|about|who)\\s+(.+)$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Whether answering may wait on Slack's Web API: a Slack user is looked up with {@code users.info} unless Kith
   * has linked them already. Everything else is answered from the names in memory and the store.
   */
  default boolean mayCallSlack() {
    return false;
  }

  record Help() implements WhoQuery {}

  record ByName(String name) implements WhoQuery {}

  record ByUser(String userId) implements WhoQuery {
    @Override
    public boolean mayCallSlack() {
      return true;
    }
  }

  record LinkUser(String userId, String name) implements WhoQuery {}

  /** {@code /who link #channel <name>}: decisions in that channel are filed under the person. */
  record LinkChannel(String channelId, String name) implements WhoQuery {}

  /** {@code /who <name> decisions}: every decision with the person, paged. */
  record Decisions(WhoQuery who) implements WhoQuery {
    @Override
    public boolean mayCallSlack() {
      return who.mayCallSlack();
    }
  }

  /** "brief me on X": the brief, by name or Slack user. */
  record Brief(WhoQuery who) implements WhoQuery {
    @Override
    public boolean mayCallSlack() {
      return who.mayCallSlack();
    }
  }

  /** Parses the text of {@code /who}. */
  static WhoQuery ofCommand(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("help")) {
      return new Help();
    }
    Matcher link = LINK_USER.matcher(trimmed);
    if (link.matches()) {
      return new LinkUser(link.group(1), link.group(2).trim());
    }
    Matcher channel = LINK_CHANNEL.matcher(trimmed);
    if (channel.matches()) {
      return new LinkChannel(channel.group(1), channel.group(2).trim());
    }
    Matcher decisions = DECISIONS.matcher(trimmed);
    if (decisions.matches()) {
      return new Decisions(person(decisions.group(1).trim()));
    }
    return person(trimmed);
  }

  /** Parses a mention: "@Kith who is Kushal?", "@Kith brief me on Kushal", "@Kith Kushal Datta", "@Kith help". */
  static WhoQuery ofMention(String text) {
    String rest = MENTION.matcher(text == null ? "" : text).replaceFirst("").trim();
    rest = rest.replaceAll("[?!.]+$", "").trim();
    if (rest.isEmpty() || rest.toLowerCase(Locale.ROOT).matches("help|hi|hello|hey")) {
      return new Help();
    }
    Matcher brief = BRIEF.matcher(rest);
    if (brief.matches()) {
      return new Brief(person(brief.group(1).trim()));
    }
    Matcher who = WHO.matcher(rest);
    return person(who.matches() ? who.group(1).trim() : rest);
  }

  private static WhoQuery person(String text) {
    Matcher user = USER.matcher(text);
    return user.matches() ? new ByUser(user.group(1)) : new ByName(text);
  }
}
