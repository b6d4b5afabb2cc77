package kith.brief;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import kith.contact.SlackText;
import kith.contact.WhoAnswers;
import kith.contact.WhoQuery;
import kith.contact.WhoReply;
import kith.contact.WhoReplies;
import kith.slack.Deadline;
import kith.slack.Replies;
import kith.slack.ReplyJson;
import kith.slack.SlackCallException;

/**
 * {@code /brief <name> [time]}, {@code /brief list}, {@code /brief cancel <n>}, {@code /brief calendar …}. The
 * user's time zone comes from Slack, so the answer may follow the acknowledgement through the response_url.
 */
public final class BriefCommand implements SlashCommandHandler {
  private final Briefs briefs;
  private final BriefSender sender;
  private final WhoAnswers answers;
  private final Deadline deadline;
  private final Replies replies;
  private final Clock clock;

  public BriefCommand(Briefs briefs, BriefSender sender, WhoAnswers answers, Deadline deadline, Replies replies,
      Clock clock) {
    this.briefs = briefs;
    this.sender = sender;
    this.answers = answers;
    this.deadline = deadline;
    this.replies = replies;
    this.clock = clock;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    String user = req.getPayload().getUserId();
    String text = req.getPayload().getText();
    String responseUrl = req.getPayload().getResponseUrl();
    Optional<WhoReply> ready = deadline.within("/brief", () -> safely(user, text),
        late -> replies.respond(responseUrl, Replies.Mode.EPHEMERAL, late.blocks(), late.text()));
    if (ready.isEmpty()) {
      return ctx.ack(r -> r.responseType("ephemeral").text("Working on it…"));
    }
    WhoReply reply = ready.get();
    return ReplyJson.ephemeralAck(reply.text(), reply.blocks());
  }

  private WhoReply safely(String user, String text) {
    try {
      return answer(user, text);
    } catch (SlackCallException e) {
      return WhoReply.text(WhoReplies.error(e.method() + ": " + e.error()));
    }
  }

  WhoReply answer(String user, String text) {
    ZoneId zone = sender.zoneOf(user);
    BriefRequest request = BriefRequest.parse(text == null ? "" : text, ZonedDateTime.now(clock.withZone(zone)));
    if (request instanceof BriefRequest.Now now) {
      return forPerson(now.who(), id -> {
        sender.send(user, null, null, List.of(id));
        return "Sent you a brief by DM.";
      });
    }
    if (request instanceof BriefRequest.At at) {
      return forPerson(at.who(), id -> briefs.schedule(user, id, at.when()));
    }
    if (request instanceof BriefRequest.BadTime bad) {
      return WhoReply.text("I couldn't read \"" + SlackText.escape(bad.timeText()) + "\" as a time. "
          + "These work: " + BriefTime.examples());
    }
    if (request instanceof BriefRequest.BadCommand bad) {
      return WhoReply.text(bad.message());
    }
    if (request instanceof BriefRequest.ListScheduled) {
      return BriefLists.reply(briefs.upcoming(user), zone);
    }
    if (request instanceof BriefRequest.Cancel cancel) {
      return WhoReply.text(briefs.cancelNumber(user, cancel.number()));
    }
    if (request instanceof BriefRequest.CalendarSet set) {
      return WhoReply.text(briefs.connectCalendar(user, set.url()));
    }
    if (request instanceof BriefRequest.CalendarOff) {
      return WhoReply.text(briefs.disconnectCalendar(user));
    }
    if (request instanceof BriefRequest.CalendarStatus) {
      return WhoReply.text(briefs.calendarStatus(user));
    }
    return WhoReply.text(HELP);
  }

  /**
   * Runs {@code action} for the one person {@code who} names. Otherwise it says who matched, by name: a picker's
   * buttons would show a card and lose the time that was asked for.
   */
  private WhoReply forPerson(String who, LongFunction<String> action) {
    WhoQuery query = WhoQuery.ofCommand(who);
    Optional<Long> contact = answers.contactOf(query);
    if (contact.isPresent()) {
      return WhoReply.text(action.apply(contact.get()));
    }
    WhoReply lookup = answers.answer(query);
    return WhoReply.text(lookup.text() + ". Say `/brief` again with the name as it is in your notes"
        + (lookup.blocks().isEmpty() ? "." : ": " + candidates(lookup) + "."));
  }

  /** The names offered as buttons in a picker or a no-match reply. */
  private static String candidates(WhoReply lookup) {
    return String.join(", ", lookup.blocks().stream()
        .filter(b -> b instanceof ActionsBlock)
        .flatMap(b -> ((ActionsBlock) b).getElements().stream())
        .filter(e -> e instanceof ButtonElement)
        .map(e -> ((ButtonElement) e).getText().getText())
        .toList());
  }

  static final String HELP = "*/brief* sends you a brief on the people you are about to meet, by DM.\n"
      + "• `/brief Kushal Datta`: now\n"
      + "• `/brief Kushal at 14:30`, `in 45m`, `tomorrow 9:00`, `on 2026-12-01 08:00`: at that time, in your time zone\n"
      + "• `/brief list` and `/brief cancel 2`: your scheduled briefs\n"
      + "• `/brief calendar <secret iCalendar address>`: brief you before every meeting with people in your notes; "
      + "`/brief calendar off` disconnects it";
}
