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
  private final Set<String> alsoTouched;
  private final Map<Long, List<Mention>> mentionsByNote;

  /**
   * The notes' mentions, by contact id, and the other name keys storing them touched: the notes' own names and
   * aliases, the keys their mentions named before.
   */
  SavedNotes(Set<String> alsoTouched, Map<Long, List<Mention>> mentionsByNote) {
    this.alsoTouched = alsoTouched;
    this.mentionsByNote = mentionsByNote;
  }

  /**
   * The name keys named before and now by the notes' mentions, and the notes' own names and aliases. Gathered when
   * asked for: an import that rebuilds everyone's appearances (a first import) never asks.
   */
  public Set<String> touchedNames() {
    Set<String> touched = new HashSet<>(alsoTouched);
    mentionsByNote.values().forEach(named -> named.forEach(mention -> touched.add(mention.nameKey())));
    return touched;
  }

  /** Each note's contact id and the people it names (an empty list for a note that names no one). */
  Map<Long, List<Mention>> mentionsByNote() {
    return mentionsByNote;
  }
}
