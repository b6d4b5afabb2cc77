package kith.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;
import kith.vault.PeopleNote;

/** The people a note names besides its own: whoever an interaction came "via", and related people. */
final class Mentions {
  private Mentions() {}

  static List<Mention> of(PeopleNote note) {
    Set<String> self = NameKey.ofPerson(note.name(), note.aliases());
    List<Mention> mentions = new ArrayList<>();
    // A note's interactions come via a handful of people, each many times: each name is normalised once.
    Map<String, String> keys = new HashMap<>();
    for (PeopleNote.Interaction interaction : note.interactions()) {
      String via = interaction.via();
      String key = via == null ? null : keys.computeIfAbsent(via, NameKey::of);
      if (key != null && !self.contains(key) && !key.isEmpty()) {
        mentions.add(new Mention(via, key, "via", interaction.date()));
      }
    }
    for (PeopleNote.Related related : note.related()) {
      String key = NameKey.of(related.name());
      if (related.kind() == PeopleNote.RelatedKind.PERSON && !self.contains(key) && !key.isEmpty()) {
        mentions.add(new Mention(related.name(), key, "related", null));
      }
    }
    return mentions;
  }
}
