package kith.vault;

import java.util.ArrayList;
import java.util.List;

/** Entries of a Related section: one per wikilink, or the bullet's text when it links nothing. */
final class RelatedLine {
  private RelatedLine() {}

  static List<PeopleNote.Related> parse(PeopleNote.RelatedKind kind, Item item) {
    List<PeopleNote.Related> related = new ArrayList<>();
    for (Wikilink link : Wikilink.findAll(item.text())) {
      related.add(new PeopleNote.Related(kind, link.displayName(), link.target()));
    }
    // Prose between the bullets ("none yet") names nothing; a bullet without a link still names someone.
    if (related.isEmpty() && item.bullet()) {
      related.add(new PeopleNote.Related(kind, item.text(), null));
    }
    return related;
  }
}
