package kith.vault;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a note is about a person: a {@code People} folder, {@code type: people}/{@code person}, or a
 * {@code type/people}/{@code type/person} tag in the frontmatter or the body.
 */
final class PeopleClassifier {
  private static final Pattern INLINE_TAG =
      Pattern.compile("(?:^|[\\s(\\[,;])#type/(?:people|person)(?![\\p{L}\\p{N}_/-])", Pattern.CASE_INSENSITIVE);
  private static final Pattern RAW_TYPE =
      Pattern.compile("^\\s*type:\\s*[\"']?(?:people|person)\\b", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  private static final Pattern RAW_TAG = Pattern.compile("type/(?:people|person)", Pattern.CASE_INSENSITIVE);

  private PeopleClassifier() {}

  static boolean isPeople(String path, PeopleNote.Frontmatter frontmatter, Outline outline) {
    return inPeopleFolder(path)
        || isPeopleWord(frontmatter.type())
        || frontmatter.tags().stream().anyMatch(PeopleClassifier::isPeopleTag)
        || hasInlineTag(outline);
  }

  /** Whether any folder on the path is named People (any case). */
  static boolean inPeopleFolder(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equalsIgnoreCase("people")) {
        return true;
      }
    }
    return false;
  }

  /** For frontmatter YAML cannot read: whether its text still says "people note". */
  static boolean rawLooksLikePeople(String rawFrontmatter) {
    return RAW_TYPE.matcher(rawFrontmatter).find() || RAW_TAG.matcher(rawFrontmatter).find();
  }

  private static boolean isPeopleWord(String word) {
    if (word == null) {
      return false;
    }
    String lower = word.strip().toLowerCase(Locale.ROOT);
    return lower.equals("people") || lower.equals("person");
  }

  private static boolean isPeopleTag(String tag) {
    String lower = tag.strip().replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
    return lower.equals("type/people") || lower.equals("type/person");
  }

  private static boolean hasInlineTag(Outline outline) {
    return outline.sections().stream()
        .flatMap(section -> section.items().stream())
        .flatMap(item -> item.lines().stream())
        .anyMatch(line -> INLINE_TAG.matcher(line).find());
  }
}
