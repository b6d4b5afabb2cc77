package kith.contact;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import kith.slack.Deadline;
import kith.slack.Replies;
import kith.slack.ReplyJson;
import kith.slack.SlackCallException;

/**
 * {@code /who <name>}, {@code /who @user}, {@code /who link @user <name>}: answers with the card, only to the
 * person who asked. A name is looked up in memory and answered in the acknowledgement (a card as kept rendered, see
 * {@link RenderedCards}), on the request's thread: handed to the background threads, it would wait behind whatever
 * they are doing (a brief, a note written back, a Web API call sleeping out a rate limit). The price: a store that
 * stops answering (a PostgreSQL pool with no free connection) now holds the acknowledgement for up to the pool's
 * wait, where the background path sent "Looking that up…"; H2's file and a healthy pool answer in milliseconds. A
 * Slack user needs the Web API, so that lookup runs in the background and, if it is slow, the answer follows
 * through the command's {@code response_url}.
 */
public final class WhoSlashCommand implements SlashCommandHandler {
  private final WhoAnswers answers;
  private final Deadline deadline;
  private final Replies replies;

  public WhoSlashCommand(WhoAnswers answers, Deadline deadline, Replies replies) {
    this.answers = answers;
    this.deadline = deadline;
    this.replies = replies;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    WhoQuery query = WhoQuery.ofCommand(req.getPayload().getText());
    if (!query.mayCallSlack()) {
      return Response.json(200, answers.ephemeralJson(query));
    }
    String responseUrl = req.getPayload().getResponseUrl();
    Optional<WhoReply> ready = deadline.within("/who", () -> safely(query),
        late -> replies.respond(responseUrl, Replies.Mode.EPHEMERAL, late.blocks(), late.text()));
    if (ready.isEmpty()) {
      return ctx.ack(r -> r.responseType("ephemeral").text("Looking that up…"));
    }
    WhoReply reply = ready.get();
    return ReplyJson.ephemeralAck(reply.text(), reply.blocks());
  }

  private WhoReply safely(WhoQuery query) {
    try {
      return answers.answer(query);
    } catch (SlackCallException e) {
      return WhoReply.text(WhoReplies.error(e.method() + ": " + e.error()));
    }
  }
}
