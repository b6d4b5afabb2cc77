package kith.contact;

/**
 * Sends a user what they asked to be briefed on, by DM: what *Brief me* and "brief me on …" do. The briefs
 * feature provides it.
 */
@FunctionalInterface
public interface CardDelivery {
  /** Sends it and returns what to tell the user where they asked. */
  String sendByDm(String userId, long contactId);
}
