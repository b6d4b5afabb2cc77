package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kith.vault.PeopleNote.Attribute;
import kith.vault.PeopleNote.AttributeSource;

/** Reads every section of the body into the parts of a people note, in file order. */
final class BodyReader {
  /** What the body says. {@code profile} holds only what the Profile sections give. */
  record Body(
      PeopleNote.Profile profile,
      List<Attribute> attributes,
      List<PeopleNote.Interaction> interactions,
      List<String> keyFacts,
      List<String> topics,
      List<PeopleNote.Task> tasks,
      List<PeopleNote.Decision> decisions,
      List<PeopleNote.Related> related,
      List<PeopleNote.Section> otherSections) {}

  private final List<Attribute> attributes = new ArrayList<>();
  private final ProfileReader profile = new ProfileReader(attributes);
  private final List<PeopleNote.Interaction> interactions = new ArrayList<>();
  private final List<String> keyFacts = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private final List<PeopleNote.Task> tasks = new ArrayList<>();
  private final List<PeopleNote.Decision> decisions = new ArrayList<>();
  private final List<PeopleNote.Related> related = new ArrayList<>();
  private final List<PeopleNote.Section> otherSections = new ArrayList<>();

  private BodyReader() {}

  static Body read(Outline outline) {
    BodyReader reader = new BodyReader();
    outline.sections().forEach(reader::readSection);
    return reader.body();
  }

  private void readSection(Outline.BodySection section) {
    // An unknown section is kept whole; its tasks and fields are still read, but not taken out of it.
    if (section.kind() == SectionKind.UNKNOWN && !section.verbatim().isEmpty()) {
      otherSections.add(new PeopleNote.Section(section.heading(), section.verbatim()));
    }
    for (Item item : section.items()) {
      Item rest = section.kind() == SectionKind.PROFILE ? item : takeFields(item);
      if (rest != null && !takeTask(section.kind(), rest)) {
        readItem(section.kind(), rest);
      }
    }
  }

  /** Records the item's Dataview fields; returns the item without its whole-line fields, or null if that was all. */
  private Item takeFields(Item item) {
    List<String> kept = new ArrayList<>();
    for (String line : item.lines()) {
      Optional<InlineFields.Field> whole = InlineFields.wholeLine(line);
      if (whole.isPresent()) {
        attributes.add(whole.get().toAttribute(AttributeSource.INLINE));
      } else {
        InlineFields.embedded(line).forEach(f -> attributes.add(f.toAttribute(AttributeSource.INLINE)));
        kept.add(line);
      }
    }
    return kept.isEmpty() ? null : new Item(item.bullet(), kept);
  }

  /**
   * A checkbox bullet is a task wherever it stands, except a ticked one under Key Decisions: that is a decision.
   * An empty checkbox, a template's leftover, is taken and dropped.
   */
  private boolean takeTask(SectionKind kind, Item item) {
    Optional<PeopleNote.Task> task = item.bullet() ? TaskLine.checkbox(item.text()) : Optional.empty();
    if (task.isEmpty() || (kind == SectionKind.KEY_DECISIONS && task.get().done())) {
      return false;
    }
    if (!task.get().text().isEmpty()) {
      tasks.add(task.get());
    }
    return true;
  }

  private void readItem(SectionKind kind, Item item) {
    switch (kind) {
      case PROFILE -> profile.read(item);
      case RECENT_CONTEXT -> interactions.add(InteractionLine.parse(item.text()));
      case KEY_FACTS -> keyFacts.add(item.text());
      case TOPICS -> topics.addAll(item.bullet() ? List.of(item.text()) : TopicList.split(item.text()));
      case OPEN_TASKS -> {
        if (item.bullet()) {
          tasks.add(TaskLine.plain(item.text()));
        }
      }
      case KEY_DECISIONS -> decisions.add(DecisionLine.parse(item.text()));
      case RELATED_CUSTOMERS, RELATED_PROJECTS, RELATED_PEOPLE ->
          related.addAll(RelatedLine.parse(kind.relatedKind(), item));
      case UNKNOWN -> {}
    }
  }

  private Body body() {
    PeopleNote.Profile read = profile.profile();
    return new Body(
        read,
        List.copyOf(attributes),
        List.copyOf(interactions),
        List.copyOf(keyFacts),
        List.copyOf(topics),
        List.copyOf(tasks),
        List.copyOf(decisions),
        List.copyOf(related),
        List.copyOf(otherSections));
  }
}
