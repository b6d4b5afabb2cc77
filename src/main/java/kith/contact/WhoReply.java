package kith.contact;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * An answer ready to send whichever way Slack needs it: blocks, and the plain text Slack shows in notifications
 * and where blocks cannot be shown.
 */
public record WhoReply(List<LayoutBlock> blocks, String text) {
  public static WhoReply text(String text) {
    return new WhoReply(List.of(), text);
  }
}
