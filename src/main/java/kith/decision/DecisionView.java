package kith.decision;

import java.util.List;

/**
 * What a confirmation shows of a decision.
 *
 * @param subjects whom it is filed under, by name
 * @param undoneBy who undid it, or null while it stands
 */
record DecisionView(long id, String text, String permalink, String recordedBy, List<Subject> subjects,
    String undoneBy) {

  record Subject(long contactId, String name) {}
}
