package kith.contact;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;
import kith.vault.PeopleNote;

/**
 * What storing a batch of notes changed: the name keys whose appearances in other notes it may have changed, the
 * notes that changed none, and the people each note now names, which an import keeps for its last passes
 * ({@link WrittenMentions}).
 */
public final class SavedNotes {
  private final List<Long> ids;
  private final List<PeopleNote> notes;
  private final Map<Long, List<Mention>> mentionedBefore;
  private final Map<Long, List<Mention>> mentionsByNote;
  private final Set<Long> asBefore;

  /**
   * The {@code notes} stored, at the contact ids at the same index; the people they named before they were stored
   * again and now, by contact id; and the notes written over whose names and mentions are as they were.
   */
  SavedNotes(List<Long> ids, List<PeopleNote> notes, Map<Long, List<Mention>> mentionedBefore,
      Map<Long, List<Mention>> mentionsByNote, Set<Long> asBefore) {
    this.ids = ids;
    this.notes = notes;
    this.mentionedBefore = mentionedBefore;
    this.mentionsByNote = mentionsByNote;
    this.asBefore = asBefore;
  }

  /**
   * The name keys named before and now by the notes' mentions, and the notes' own names and aliases, but for notes
   * written over with their names and mentions as they were. Worked out when asked for: an import that rebuilds
   * everyone's appearances (a first import) never asks.
   */
  public Set<String> touchedNames() {
    Set<String> touched = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      if (asBefore.contains(id)) {
        continue;
      }
      PeopleNote note = notes.get(i);
      touched.addAll(NameKey.ofPerson(note.name(), note.aliases()));
      mentionedBefore.getOrDefault(id, List.of()).forEach(mention -> touched.add(mention.nameKey()));
      mentionsByNote.getOrDefault(id, List.of()).forEach(mention -> touched.add(mention.nameKey()));
    }
    return touched;
  }

  /**
   * How many notes were written over with their names and mentions as they were: they changed nothing that the
   * people named without a note, or anyone's appearances, are worked out from.
   */
  public int writtenAsBefore() {
    return asBefore.size();
  }

  /** Each note's contact id and the people it names (an empty list for a note that names no one). */
  Map<Long, List<Mention>> mentionsByNote() {
    return mentionsByNote;
  }
}
