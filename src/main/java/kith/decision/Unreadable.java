package kith.decision;

import java.util.List;
import kith.slack.Replies;
import kith.slack.SlackCallException;

/** Tells someone, privately, that Kith could not read the message they wanted recorded, and how to fix it. */
final class Unreadable {
  private Unreadable() {}

  static String explanation(String error) {
    String why = switch (error == null ? "" : error) {
      case "not_in_channel", "channel_not_found" -> "I'm not in that channel";
      case "missing_scope" -> "it's in a private channel I'm not a member of";
      default -> "Slack wouldn't show it to me (" + error + ")";
    };
    return "I couldn't record that as a decision: " + why + ". Invite me with `/invite @kith` in the channel, "
        + "then react again.";
  }

  /** Ephemeral in the channel when Kith may post there, else by DM. */
  static void tell(Replies replies, String channel, String userId, String threadTs, String error) {
    String text = explanation(error);
    try {
      replies.ephemeralInChannel(channel, userId, threadTs, text);
    } catch (SlackCallException notThere) {
      replies.directMessage(userId, List.of(), text);
    }
  }
}
