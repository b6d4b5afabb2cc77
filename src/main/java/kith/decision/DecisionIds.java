package kith.decision;

/** Block Kit ids of decision confirmations; values carry the decision id. */
public final class DecisionIds {
  private DecisionIds() {}

  public static final String UNDO = "decision_undo";
  /** The multi-select of people, whose options are searched in the contact store as the user types. */
  public static final String PEOPLE = "decision_people";
  public static final String SHORTCUT = "record_decision";
}
