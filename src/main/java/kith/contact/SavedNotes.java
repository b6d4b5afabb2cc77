package kith.contact;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;
import kith.vault.PeopleNote;

/**
 * What storing a batch of notes changed: the name keys whose appearances in other notes it may have changed, and
 * the people each note now names, which an import keeps for its last passes ({@link WrittenMentions}).
 */
public final class SavedNotes {
  private final Set<String> mentionedBefore;
  private final List<PeopleNote> notes;
  private final Map<Long, List<Mention>> mentionsByNote;

  /**
   * The {@code notes} stored, their mentions by contact id, and the name keys their mentions named before they
   * were stored again.
   */
  SavedNotes(Set<String> mentionedBefore, List<PeopleNote> notes, Map<Long, List<Mention>> mentionsByNote) {
    this.mentionedBefore = mentionedBefore;
    this.notes = notes;
    this.mentionsByNote = mentionsByNote;
  }

  /**
   * The name keys named before and now by the notes' mentions, and the notes' own names and aliases. Worked out
   * when asked for: an import that rebuilds everyone's appearances (a first import) never asks.
   */
  public Set<String> touchedNames() {
    Set<String> touched = new HashSet<>(mentionedBefore);
    notes.forEach(note -> touched.addAll(NameKey.ofPerson(note.name(), note.aliases())));
    mentionsByNote.values().forEach(named -> named.forEach(mention -> touched.add(mention.nameKey())));
    return touched;
  }

  /** Each note's contact id and the people it names (an empty list for a note that names no one). */
  Map<Long, List<Mention>> mentionsByNote() {
    return mentionsByNote;
  }
}
