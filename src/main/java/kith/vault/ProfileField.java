package kith.vault;

import java.util.Locale;

/** A field of the Profile section, and the keys (in the section or the frontmatter) that name it. */
enum ProfileField {
  ROLE,
  /** A job title: the role when the note gives no role. */
  TITLE,
  RELATIONSHIP,
  ORGANISATION,
  EMAIL,
  BACKGROUND;

  /** The field a Profile section key names, or null. */
  static ProfileField ofProfileKey(String key) {
    String name = key.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "employer" -> ORGANISATION;
      case "title" -> TITLE;
      case "background" -> BACKGROUND;
      default -> ofFrontmatterKey(name);
    };
  }

  /** The field a frontmatter key fills when the Profile section does not, or null. */
  static ProfileField ofFrontmatterKey(String key) {
    return switch (key.strip().toLowerCase(Locale.ROOT)) {
      case "role" -> ROLE;
      case "relationship" -> RELATIONSHIP;
      case "organisation", "organization", "company", "org" -> ORGANISATION;
      case "email" -> EMAIL;
      default -> null;
    };
  }
}
