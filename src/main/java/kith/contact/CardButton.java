package kith.contact;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import kith.slack.Replies;
import kith.slack.SlackCallException;

/** What the card's buttons share: which contact a click is about, and telling the user when Slack fails. */
final class CardButton {
  private CardButton() {}

  /** The contact id a button carries (its value, or the part before ":"), or -1 when it is not one. */
  static long contactId(BlockActionRequest req) {
    String value = value(req);
    try {
      return Long.parseLong(value.split(":", 2)[0]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static String value(BlockActionRequest req) {
    BlockActionPayload payload = req.getPayload();
    String value = payload.getActions().isEmpty() ? null : payload.getActions().get(0).getValue();
    return value == null ? "" : value;
  }

  /** The page a button carries after the contact id ("42:3"), or {@code otherwise}. */
  static int page(BlockActionRequest req, int otherwise) {
    String[] parts = value(req).split(":", 2);
    return parts.length == 2 && parts[1].matches("\\d{1,6}") ? Integer.parseInt(parts[1]) : otherwise;
  }

  /** Replaces the message the button is on with {@code reply}. */
  static void replaceOriginal(Replies replies, BlockActionRequest req, WhoReply reply) {
    replies.respond(req.getPayload().getResponseUrl(), Replies.Mode.REPLACE_ORIGINAL, reply.blocks(), reply.text());
  }

  static String userId(BlockActionRequest req) {
    return req.getPayload().getUser().getId();
  }

  /** Runs {@code work}; when Slack refuses it, tells the user through the click's response_url. */
  static void tellingTheUser(Replies replies, BlockActionRequest req, Runnable work) {
    try {
      work.run();
    } catch (SlackCallException e) {
      String url = req.getPayload().getResponseUrl();
      if (url != null) {
        replies.ephemeralText(url, WhoReplies.errorText(e.method() + ": " + e.error()));
      }
    }
  }
}
