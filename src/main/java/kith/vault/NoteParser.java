package kith.vault;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one Markdown file of the vault. Never throws for a bad note: a note that cannot be read comes back as
 * {@link NoteReading.Unreadable} saying where and why, so one broken file never stops an import.
 */
public final class NoteParser {
  static final String NOT_PEOPLE = "not a people note";
  static final String EMPTY = "empty file";

  /**
   * Reads a file.
   *
   * @param relativePath the file's path in the vault, with forward slashes, such as {@code People/Ann.md}
   * @param bytes the file's content
   */
  public NoteReading read(String relativePath, byte[] bytes) {
    return read(relativePath, bytes, ContentHash.sha256(bytes));
  }

  /**
   * Reads a file whose {@link ContentHash} the caller has already computed, as the importer has to decide
   * whether to read it at all.
   */
  public NoteReading read(String relativePath, byte[] bytes, String contentHash) {
    try {
      return readOrFail(relativePath, bytes, contentHash);
    } catch (NoteParseException e) {
      return new NoteReading.Unreadable(e);
    }
  }

  private NoteReading readOrFail(String path, byte[] bytes, String contentHash) throws NoteParseException {
    NoteText text = NoteText.decode(path, bytes);
    if (text.isBlank()) {
      return new NoteReading.Other(EMPTY);
    }
    FrontmatterBlock block = FrontmatterBlock.find(text.lines());
    List<FrontmatterReader.Entry> entries;
    try {
      entries = readFrontmatter(path, block);
    } catch (NoteParseException e) {
      // A note YAML cannot read is only an error when it is a people note, as far as one can tell.
      boolean people =
          PeopleClassifier.inPeopleFolder(path) || PeopleClassifier.rawLooksLikePeople(block.rawText());
      if (people) {
        throw e;
      }
      return new NoteReading.Other(NOT_PEOPLE);
    }
    FrontmatterFields fields = FrontmatterFields.of(entries);
    Outline outline = Outline.parse(text.lines(), block.bodyStart());
    if (!PeopleClassifier.isPeople(path, fields.frontmatter(), outline)) {
      return new NoteReading.Other(NOT_PEOPLE);
    }
    return new NoteReading.Person(assemble(path, contentHash, fields, outline));
  }

  private static List<FrontmatterReader.Entry> readFrontmatter(String path, FrontmatterBlock block)
      throws NoteParseException {
    if (!block.closed()) {
      throw new NoteParseException(path, 1, "frontmatter opened with --- but never closed");
    }
    return FrontmatterReader.read(path, block);
  }

  private static PeopleNote assemble(
      String path, String contentHash, FrontmatterFields fields, Outline outline) {
    BodyReader.Body body = BodyReader.read(outline);
    String name = name(path, fields.frontmatter(), outline);
    List<PeopleNote.Attribute> attributes = new ArrayList<>(fields.attributes(body.profile()));
    attributes.addAll(body.attributes());
    return new PeopleNote(
        path,
        contentHash,
        name,
        aliases(fields.aliases(), name),
        fields.frontmatter(),
        List.copyOf(attributes),
        fields.profile(body.profile()),
        body.interactions(),
        body.keyFacts(),
        body.topics(),
        body.tasks(),
        body.decisions(),
        body.related(),
        body.otherSections());
  }

  /** Frontmatter title or name, else the first H1, else the file name. */
  private static String name(String path, PeopleNote.Frontmatter frontmatter, Outline outline) {
    if (frontmatter.title() != null) {
      return frontmatter.title();
    }
    String heading = outline.title();
    if (heading != null && !heading.isBlank()) {
      return heading;
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    return file.toLowerCase(Locale.ROOT).endsWith(".md") ? file.substring(0, file.length() - 3) : file;
  }

  /** Trimmed, without blanks or repeats (any case), and without the name itself. */
  private static List<String> aliases(List<String> written, String name) {
    Set<String> seen = new HashSet<>(Set.of(name.strip().toLowerCase(Locale.ROOT)));
    List<String> aliases = new ArrayList<>();
    for (String alias : written) {
      String clean = alias.strip();
      if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) {
        aliases.add(clean);
      }
    }
    return List.copyOf(aliases);
  }
}
