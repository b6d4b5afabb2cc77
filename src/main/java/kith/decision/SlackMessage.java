package kith.decision;

/**
 * A message read back from Slack, with the parent of its thread when it is a reply.
 *
 * @param threadTs the thread it belongs to (the parent's ts), or null when it is not in a thread
 * @param parentText the thread parent's text when the message is a reply, else null
 */
record SlackMessage(String channel, String ts, String threadTs, String user, String text, String parentText) {

  /** Where a reply about this message goes: its thread, or a new thread under it. */
  String replyThread() {
    return threadTs != null ? threadTs : ts;
  }
}
