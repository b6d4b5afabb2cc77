package kith.vault;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one people note says, parsed. Nothing in the note may be lost: what the parser does not
 * understand is kept verbatim in {@link #otherSections} or {@link #attributes}.
 *
 * @param path the note's path relative to the vault root, with forward slashes
 * @param contentHash SHA-256 of the file's bytes, lower-case hex
 * @param name the person's name: frontmatter {@code title} or {@code name}, else the first H1, else the file name
 * @param aliases frontmatter {@code aliases} (and {@code alias}), in order, without the name itself
 * @param frontmatter the known frontmatter keys
 * @param attributes every other frontmatter key, Dataview inline field and unknown profile field, in file order
 * @param profile the Profile section (or its synonyms)
 * @param interactions Recent Context bullets, in file order
 * @param keyFacts Key Facts bullets, in file order
 * @param topics the Topics section, split into topics
 * @param tasks task items, open and done, in file order
 * @param decisions Key Decisions bullets, in file order
 * @param related wikilinks and names under the Related sections, in file order
 * @param otherSections sections the parser does not know, verbatim, in file order
 */
public record PeopleNote(
    String path,
    String contentHash,
    String name,
    List<String> aliases,
    Frontmatter frontmatter,
    List<Attribute> attributes,
    Profile profile,
    List<Interaction> interactions,
    List<String> keyFacts,
    List<String> topics,
    List<Task> tasks,
    List<Decision> decisions,
    List<Related> related,
    List<Section> otherSections) {

  /**
   * The frontmatter keys Kith understands. Dates are kept both as written ({@code *Text}) and parsed when
   * they are ISO dates, so {@code last_contact: unknown} is neither lost nor mistaken for a date.
   */
  public record Frontmatter(
      String type,
      String title,
      String lastContactText,
      LocalDate lastContact,
      String createdText,
      LocalDate created,
      List<String> tags) {}

  /** Where an attribute came from. */
  public enum AttributeSource {
    FRONTMATTER,
    INLINE,
    PROFILE
  }

  /**
   * A key and value that has no column of its own.
   *
   * @param valueJson the value as JSON (a YAML scalar, list or map); for an unreadable key, the raw text as a
   *     JSON string
   * @param readable false when the value could not be read (a template placeholder such as {@code {{date}}})
   */
  public record Attribute(AttributeSource source, String key, String valueJson, boolean readable) {}

  /** The Profile section. Absent fields are null; background keeps its bullets as lines. */
  public record Profile(
      String role, String relationship, String organisation, String email, String background) {
    public static final Profile EMPTY = new Profile(null, null, null, null, null);
  }

  /**
   * One dated interaction.
   *
   * @param date the date when written as an ISO date, else null
   * @param dateText the date as written ({@code unknown}, {@code 2025-11-4}), or null when there is none
   * @param title the linked note's name or the link text, or null
   * @param link the link target: a wikilink target or a URL, or null
   * @param summary the text after the title, or null
   * @param via the person named in a trailing {@code (via Name)}, or null
   */
  public record Interaction(
      LocalDate date, String dateText, String title, String link, String summary, String via) {}

  /** A task item. {@code due} is the Obsidian Tasks 📅 date, {@code doneOn} the ✅ date. */
  public record Task(String text, boolean done, LocalDate due, LocalDate doneOn) {}

  /**
   * A decision as the note records it.
   *
   * @param date the decision's date when the bullet gives one, else null
   * @param link a link given with it (such as a Slack permalink), or null
   */
  public record Decision(String text, LocalDate date, String link) {}

  /** The kind of a related entry, from the heading it stands under. */
  public enum RelatedKind {
    CUSTOMER,
    PROJECT,
    PERSON
  }

  /**
   * A related entity.
   *
   * @param name the display name: the wikilink label, else the target's last path segment
   * @param target the wikilink target as written (path and heading), or null for plain text
   */
  public record Related(RelatedKind kind, String name, String target) {}

  /** A section the parser does not interpret, kept as its Markdown text. */
  public record Section(String heading, String body) {}
}
