package kith.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kith.slack.ReplyJson;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a question about a person into the reply Slack shows: a card, a picker, no match, or help. */
public final class WhoAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(WhoAnswers.class);
  static final String GONE = "That person is no longer in your notes.";

  private final Directory directory;
  private final Cards cards;
  private final SlackPeople slackPeople;
  private final Clock clock;
  private final Jdbi jdbi;
  private final KeptCards kept;
  private final RenderedCards rendered;

  /** The cards whose rows {@code cards} keeps in memory are kept rendered too. */
  public WhoAnswers(Jdbi jdbi, Directory directory, Cards cards, SlackPeople slackPeople, Clock clock) {
    this.jdbi = jdbi;
    this.directory = directory;
    this.cards = cards;
    this.kept = cards.kept();
    this.rendered = RenderedCards.of(kept, directory, clock);
    this.slackPeople = slackPeople;
    this.clock = clock;
  }

  /** The reply to a name or a Slack user; only a Slack user needs a Web API call. */
  public WhoReply answer(WhoQuery query) {
    if (query instanceof WhoQuery.ByName byName) {
      return reply(byName.name(), directory.resolve(byName.name()));
    }
    if (query instanceof WhoQuery.ByUser byUser) {
      return reply("that Slack user", slackPeople.resolve(byUser.userId()));
    }
    if (query instanceof WhoQuery.LinkUser link) {
      return link(link);
    }
    if (query instanceof WhoQuery.LinkChannel link) {
      return linkChannel(link);
    }
    if (query instanceof WhoQuery.Decisions decisions) {
      return contactOf(decisions.who()).map(id -> decisions(id, 0)).orElseGet(() -> answer(decisions.who()));
    }
    if (query instanceof WhoQuery.Brief brief) {
      return answer(brief.who());
    }
    return help();
  }

  /**
   * The JSON of the private acknowledgement that answers {@code query}, for a query that needs no Web API call
   * ({@link WhoQuery#mayCallSlack()}): the card of a name that finds one person as kept rendered for today
   * ({@link RenderedCards}), anything else rendered now.
   */
  String ephemeralJson(WhoQuery query) {
    if (query instanceof WhoQuery.ByName byName) {
      NameMatch match = directory.resolve(byName.name());
      if (match instanceof NameMatch.Found found) {
        return rendered.card(found.entry().contactId(), this::cardJson);
      }
      return json(reply(byName.name(), match));
    }
    return json(answer(query));
  }

  /**
   * Renders every card kept in memory that is not rendered yet for today: what a server does once the cards are
   * read, on the thread that read them, so that a /who rarely renders its card.
   */
  public void renderKeptCards() {
    long start = System.nanoTime();
    List<Long> lookedUp = kept.keptIds().stream().filter(id -> directory.entry(id).isPresent()).toList();
    int count = rendered.renderAll(lookedUp, this::cardJson);
    LOG.info("{} cards rendered in {} ms; {} of {} people kept rendered", String.format("%,d", count),
        (System.nanoTime() - start) / 1_000_000, String.format("%,d", rendered.size()),
        String.format("%,d", lookedUp.size()));
  }

  /** How many cards are kept rendered for today. */
  public int renderedCards() {
    return rendered.size();
  }

  private String cardJson(long contactId) {
    return json(card(contactId, null));
  }

  /** {@code reply} as the JSON of a private acknowledgement. */
  private static String json(WhoReply reply) {
    return ReplyJson.message("ephemeral", reply.text(), reply.blocks());
  }

  /** Page {@code page} of every decision with {@code contactId}. */
  public WhoReply decisions(long contactId, int page) {
    Optional<NameEntry> entry = directory.entry(contactId);
    return entry.flatMap(e -> cards.decisions(contactId).map(all -> new WhoReply(
            DecisionList.page(contactId, e.name(), all, page),
            "Decisions with " + SlackText.escape(e.name()))))
        .orElse(WhoReply.text(GONE));
  }

  private WhoReply linkChannel(WhoQuery.LinkChannel link) {
    NameMatch match = directory.resolve(link.name());
    if (!(match instanceof NameMatch.Found found)) {
      return WhoReply.text("No single person matches \"" + SlackText.escape(link.name())
          + "\". Nothing was linked: give the name as it is in your notes.");
    }
    jdbi.useExtension(ChannelLinkStore.class, store -> store.link(link.channelId(), found.entry().contactId()));
    return WhoReply.text("Linked <#" + link.channelId() + "> to " + SlackText.escape(found.entry().name())
        + ": decisions recorded there are filed under them.");
  }

  /** The contact a query points to, when exactly one; "brief me on X" needs it. */
  public Optional<Long> contactOf(WhoQuery query) {
    NameMatch match = query instanceof WhoQuery.ByUser byUser
        ? slackPeople.resolve(byUser.userId())
        : query instanceof WhoQuery.ByName byName ? directory.resolve(byName.name()) : null;
    return match instanceof NameMatch.Found found ? Optional.of(found.entry().contactId()) : Optional.empty();
  }

  public WhoReply help() {
    return new WhoReply(WhoReplies.help(), WhoReplies.helpText());
  }

  /** The card of {@code contactId}; {@code sharedBy} is the user who shared it visibly, or null. */
  public WhoReply card(long contactId, String sharedBy) {
    Optional<Card> card = cards.card(contactId).filter(c -> directory.entry(c.contactId()).isPresent());
    return card.map(c -> new WhoReply(ProfileCard.card(c, today(), sharedBy), WhoReplies.fallback(c)))
        .orElse(WhoReply.text(GONE));
  }

  /** Page {@code page} of a card, for the More button. */
  public WhoReply page(long contactId, int page) {
    return cards.page(contactId, page)
        .map(p -> new WhoReply(ProfileCard.page(p, today()), WhoReplies.fallback(p)))
        .orElse(WhoReply.text(GONE));
  }

  private WhoReply reply(String asked, NameMatch match) {
    if (match instanceof NameMatch.Found found) {
      return card(found.entry().contactId(), null);
    }
    if (match instanceof NameMatch.Ambiguous ambiguous) {
      return new WhoReply(WhoReplies.picker(asked, ambiguous.candidates()),
          "Several people match \"" + SlackText.escape(asked) + "\"");
    }
    NameMatch.NotFound none = (NameMatch.NotFound) match;
    return new WhoReply(WhoReplies.notFound(asked, none.closest()), "No one matches \"" + SlackText.escape(asked) + "\"");
  }

  private WhoReply link(WhoQuery.LinkUser link) {
    NameMatch match = directory.resolve(link.name());
    if (!(match instanceof NameMatch.Found found)) {
      List<NameEntry> names = match instanceof NameMatch.Ambiguous ambiguous
          ? ambiguous.candidates() : ((NameMatch.NotFound) match).closest();
      String options = names.isEmpty() ? "" : " (" + String.join(", ",
          names.stream().map(n -> SlackText.escape(n.name())).toList()) + ")";
      String problem = match instanceof NameMatch.Ambiguous ? "Several people match" : "No one matches";
      return WhoReply.text(problem + " \"" + SlackText.escape(link.name()) + "\"" + options
          + ". Nothing was linked: give the name as it is in your notes.");
    }
    slackPeople.link(found.entry().contactId(), link.userId());
    return WhoReply.text("Linked <@" + link.userId() + "> to " + SlackText.escape(found.entry().name())
        + ": `/who <@" + link.userId() + ">` now shows their card.");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
