package kith.contact;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;

/**
 * What storing a batch of notes changed: the name keys whose appearances in other notes it may have changed, and
 * the people each note now names, which an import keeps for its last passes ({@link WrittenMentions}).
 */
public final class SavedNotes {
  private final Set<String> touchedNames;
  private final Map<Long, List<Mention>> mentionsByNote;

  /**
   * The notes' mentions, by contact id, and the other name keys storing them touched: the notes' own names and
   * aliases, the keys their mentions named before.
   */
  SavedNotes(Set<String> alsoTouched, Map<Long, List<Mention>> mentionsByNote) {
    this.touchedNames = new HashSet<>(alsoTouched);
    mentionsByNote.values().forEach(named -> named.forEach(mention -> touchedNames.add(mention.nameKey())));
    this.mentionsByNote = mentionsByNote;
  }

  /** The name keys named before and now by the notes' mentions, and the notes' own names and aliases. */
  public Set<String> touchedNames() {
    return touchedNames;
  }

  /** Each note's contact id and the people it names (an empty list for a note that names no one). */
  Map<Long, List<Mention>> mentionsByNote() {
    return mentionsByNote;
  }
}
