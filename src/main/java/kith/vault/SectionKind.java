package kith.vault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The sections Kith understands, each with the headings people give it. */
enum SectionKind {
  RECENT_CONTEXT(
      "recent context", "interactions", "interaction log", "meetings", "recent interactions", "meeting log", "log"),
  PROFILE("profile", "about", "bio", "summary", "context"),
  KEY_FACTS("key facts", "facts", "notes"),
  TOPICS("topics", "key topics"),
  OPEN_TASKS(
      "open tasks",
      "tasks",
      "action items",
      "open items",
      "follow-ups",
      "follow ups",
      "followups",
      "todo",
      "to do",
      "next steps"),
  KEY_DECISIONS("key decisions", "decisions"),
  RELATED_CUSTOMERS("related customers", "customers"),
  RELATED_PROJECTS("related projects", "projects"),
  RELATED_PEOPLE("related", "related people", "people", "contacts"),
  /** Any other heading, and the text before the first H2: kept verbatim. */
  UNKNOWN;

  /** A holder, because the constants are built (and normalize their headings) before an enum's static fields. */
  private static final class Patterns {
    static final Pattern DASHES = Pattern.compile("[-_]");
    static final Pattern OUTER_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    static final Pattern SPACES = Pattern.compile("\\s+");
  }

  private final Set<String> headings;

  SectionKind(String... headings) {
    this.headings = Arrays.stream(headings).map(SectionKind::normalize).collect(Collectors.toUnmodifiableSet());
  }

  static SectionKind of(String heading) {
    String normalized = normalize(heading);
    for (SectionKind kind : values()) {
      if (kind.headings.contains(normalized)) {
        return kind;
      }
    }
    return UNKNOWN;
  }

  /** The kind of related entry this section lists, or null when it lists none. */
  PeopleNote.RelatedKind relatedKind() {
    return switch (this) {
      case RELATED_CUSTOMERS -> PeopleNote.RelatedKind.CUSTOMER;
      case RELATED_PROJECTS -> PeopleNote.RelatedKind.PROJECT;
      case RELATED_PEOPLE -> PeopleNote.RelatedKind.PERSON;
      default -> null;
    };
  }

  /**
   * Lower case, hyphens as spaces, and no leading or trailing punctuation or emoji: "📌 Follow-Ups:" and
   * "follow ups" are the same heading.
   */
  static String normalize(String heading) {
    return isPlain(heading) ? heading.toLowerCase(Locale.ROOT) : normalizeFully(heading);
  }

  /**
   * True for a heading of ASCII letters and digits in words one space apart, as most are ("Recent Context"): one
   * that normalising leaves as it is, but for its case. Every heading of every note is normalised.
   */
  private static boolean isPlain(String heading) {
    if (heading.isEmpty() || heading.charAt(0) == ' ' || heading.charAt(heading.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alphanumeric && (c != ' ' || heading.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  static String normalizeFully(String heading) {
    String spaced = Patterns.DASHES.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return Patterns.SPACES.matcher(Patterns.OUTER_SYMBOLS.matcher(spaced).replaceAll("")).replaceAll(" ");
  }
}
