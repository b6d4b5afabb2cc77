package kith.decision;

import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import java.util.List;
import kith.slack.SlackApi;
import kith.slack.SlackCallException;

/**
 * Reads a message through {@code conversations.replies}, which returns a lone message, or a thread's parent and
 * replies, with the {@code channels:history} / {@code groups:history} scopes the manifest asks for.
 */
final class MessageReader {
  private final SlackApi api;

  MessageReader(SlackApi api) {
    this.api = api;
  }

  /** @throws SlackCallException when Slack will not show it (Kith not in the channel, say) */
  SlackMessage read(String channel, String ts) {
    ConversationsRepliesResponse response = api.call("conversations.replies", SlackApi.Safety.IDEMPOTENT,
        methods -> methods.conversationsReplies(r -> r.channel(channel).ts(ts).inclusive(true).limit(200)));
    List<Message> messages = response.getMessages() == null ? List.of() : response.getMessages();
    Message target = messages.stream().filter(m -> ts.equals(m.getTs())).findFirst()
        .orElseThrow(() -> new SlackCallException("conversations.replies", "message_not_found", null));
    String threadTs = target.getThreadTs();
    String parentText = null;
    if (threadTs != null && !threadTs.equals(ts)) {
      parentText = messages.stream().filter(m -> threadTs.equals(m.getTs())).map(Message::getText)
          .findFirst().orElse(null);
    }
    return new SlackMessage(channel, ts, threadTs, target.getUser(), target.getText(), parentText);
  }

  /** The message's permalink, or null when Slack will not give one (the decision is recorded all the same). */
  String permalink(String channel, String ts) {
    try {
      return api.call("chat.getPermalink", SlackApi.Safety.IDEMPOTENT,
          methods -> methods.chatGetPermalink(r -> r.channel(channel).messageTs(ts))).getPermalink();
    } catch (SlackCallException e) {
      return null;
    }
  }
}
