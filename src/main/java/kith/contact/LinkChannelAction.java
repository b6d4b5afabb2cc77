package kith.contact;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import kith.slack.Background;
import kith.slack.Replies;
import org.jdbi.v3.core.Jdbi;

/** *File decisions here* on a card: decisions recorded in this channel are filed under the person. */
public final class LinkChannelAction implements BlockActionHandler {
  private final Jdbi jdbi;
  private final Directory directory;
  private final Replies replies;
  private final Background background;

  public LinkChannelAction(Jdbi jdbi, Directory directory, Replies replies, Background background) {
    this.jdbi = jdbi;
    this.directory = directory;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    long contactId = CardButton.contactId(req);
    String channel = req.getPayload().getChannel() == null ? null : req.getPayload().getChannel().getId();
    String responseUrl = req.getPayload().getResponseUrl();
    background.run("link channel", () -> {
      Optional<NameEntry> entry = directory.entry(contactId);
      String reply;
      if (channel == null || entry.isEmpty()) {
        reply = channel == null ? "This card is not in a channel." : WhoAnswers.GONE;
      } else {
        jdbi.useExtension(ChannelLinkStore.class, store -> store.link(channel, contactId));
        reply = "Decisions recorded in <#" + channel + "> are now filed under "
            + SlackText.escape(entry.get().name()) + ".";
      }
      if (responseUrl != null) {
        replies.ephemeralText(responseUrl, reply);
      }
    });
    return ctx.ack();
  }
}
