package kith.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteContentStore.MentionRow;
import kith.vault.PeopleNote;

/** The people a note names besides its own: whoever an interaction came "via", and related people. */
final class Mentions {
  private Mentions() {}

  static List<MentionRow> of(PeopleNote note) {
    Set<String> self = NameKey.ofPerson(note.name(), note.aliases());
    List<MentionRow> rows = new ArrayList<>();
    // A note's interactions come via a handful of people, each many times: each name is normalised once.
    Map<String, String> keys = new HashMap<>();
    for (PeopleNote.Interaction interaction : note.interactions()) {
      String via = interaction.via();
      String key = via == null ? null : keys.computeIfAbsent(via, NameKey::of);
      if (key != null && !self.contains(key) && !key.isEmpty()) {
        String detail = interaction.title() != null ? interaction.title() : interaction.summary();
        rows.add(new MentionRow(rows.size(), via, key, "via", detail, interaction.date()));
      }
    }
    for (PeopleNote.Related related : note.related()) {
      String key = NameKey.of(related.name());
      if (related.kind() == PeopleNote.RelatedKind.PERSON && !self.contains(key) && !key.isEmpty()) {
        rows.add(new MentionRow(rows.size(), related.name(), key, "related", null, null));
      }
    }
    return rows;
  }
}
