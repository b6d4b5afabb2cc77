package kith.contact;

/** Block Kit action ids of the /who card and its pickers; each button's value is the contact id (and page). */
public final class WhoIds {
  private WhoIds() {}

  /** Share in channel: value = contact id. */
  public static final String SHARE = "who_share";
  /** Brief me: value = contact id. */
  public static final String BRIEF = "who_brief";
  /** More: value = "contactId:nextPage". */
  public static final String MORE = "who_more";
  /** A candidate in the picker or a closest name after no match: value = contact id. */
  public static final String PICK = "who_pick";
  /** Block id prefix of the card's actions row. */
  public static final String ACTIONS_BLOCK = "who_actions";
  /** Decisions: lists every decision with the person, paged; value = "contactId:page". */
  public static final String DECISIONS = "who_decisions";
  /** File decisions here: links the channel the card is in to the person; value = contact id. */
  public static final String LINK_CHANNEL = "who_link_channel";
}
