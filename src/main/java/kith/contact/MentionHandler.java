package kith.contact;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import java.util.Optional;
import kith.config.SlackSettings.MentionReply;
import kith.slack.Background;
import kith.slack.Replies;
import kith.slack.SlackCallException;

/**
 * "@Kith who is Kushal?", "@Kith Kushal Datta", "@Kith brief me on Kushal", "@Kith help": answered in the
 * thread of the mention, only to the person who asked (with a *Share* button), or visibly when
 * {@code KITH_MENTION_REPLY=thread}.
 */
public final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
  private final WhoAnswers answers;
  private final CardDelivery delivery;
  private final Replies replies;
  private final Background background;
  private final MentionReply mode;

  public MentionHandler(WhoAnswers answers, CardDelivery delivery, Replies replies, Background background,
      MentionReply mode) {
    this.answers = answers;
    this.delivery = delivery;
    this.replies = replies;
    this.background = background;
    this.mode = mode;
  }

  @Override
  public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent event = payload.getEvent();
    if (event.getUser() == null || event.getBotId() != null) {
      return ctx.ack();
    }
    background.run("mention", () -> answer(event));
    return ctx.ack();
  }

  private void answer(AppMentionEvent event) {
    String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    WhoQuery query = WhoQuery.ofMention(event.getText());
    try {
      if (query instanceof WhoQuery.Brief brief) {
        Optional<Long> contact = answers.contactOf(brief.who());
        if (contact.isPresent()) {
          String sent = delivery.sendByDm(event.getUser(), contact.get());
          replies.ephemeralInChannel(event.getChannel(), event.getUser(), thread, sent);
          return;
        }
      }
      Optional<Long> visible = mode == MentionReply.THREAD ? answers.contactOf(query) : Optional.empty();
      if (visible.isPresent()) {
        // Visible answers are cards only; pickers and help stay with the person who asked.
        WhoReply shared = answers.card(visible.get(), event.getUser());
        replies.post(event.getChannel(), thread, shared.blocks(), shared.text());
      } else {
        WhoReply reply = answers.answer(query);
        replies.ephemeralInChannel(event.getChannel(), event.getUser(), thread, reply.blocks(), reply.text());
      }
    } catch (SlackCallException e) {
      replies.ephemeralInChannel(event.getChannel(), event.getUser(), thread,
          WhoReplies.errorText(e.method() + ": " + e.error()));
    }
  }
}
