package kith.vault;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kith.vault.FrontmatterReader.Entry;
import kith.vault.PeopleNote.Attribute;
import kith.vault.PeopleNote.AttributeSource;

/**
 * Splits frontmatter entries into the keys Kith understands and the rest. A known key is taken only when its
 * value fits (a text where a text is expected, say); anything not taken becomes an attribute, so nothing is lost.
 */
final class FrontmatterFields {
  private static final Set<String> LAST_CONTACT =
      Set.of("last_contact", "last-contact", "lastcontact", "last_contacted");

  private final List<Entry> entries;
  private final Set<Entry> taken = Collections.newSetFromMap(new IdentityHashMap<>());
  private final PeopleNote.Frontmatter frontmatter;
  private final List<String> aliases = new ArrayList<>();

  private FrontmatterFields(List<Entry> entries) {
    this.entries = entries;
    String type = text(take(key("type"), FrontmatterFields::isScalar));
    Entry title = take(key("title"), FrontmatterFields::isNonBlankScalar);
    Entry name = title == null ? take(key("name"), FrontmatterFields::isNonBlankScalar) : null;
    Entry lastContact = take(entry -> LAST_CONTACT.contains(lower(entry.key())), FrontmatterFields::isScalar);
    Entry created = take(key("created"), FrontmatterFields::isScalar);
    Entry tags = take(key("tags"), FrontmatterFields::isTextOrList);
    takeAliases();
    this.frontmatter =
        new PeopleNote.Frontmatter(
            type,
            text(title != null ? title : name),
            text(lastContact),
            lastContact == null ? null : Dates.fromYaml(lastContact.value()),
            text(created),
            created == null ? null : Dates.fromYaml(created.value()),
            tags == null ? List.of() : List.copyOf(words(tags.value(), true)));
  }

  /** Both {@code aliases} and {@code alias}, in file order: notes written over the years use either. */
  private void takeAliases() {
    Predicate<Entry> aliasKey = key("aliases").or(key("alias"));
    for (Entry entry = take(aliasKey, FrontmatterFields::isTextOrList);
        entry != null;
        entry = take(aliasKey, FrontmatterFields::isTextOrList)) {
      aliases.addAll(words(entry.value(), false));
    }
  }

  static FrontmatterFields of(List<Entry> entries) {
    return new FrontmatterFields(entries);
  }

  PeopleNote.Frontmatter frontmatter() {
    return frontmatter;
  }

  /** The aliases as written, before cleaning. */
  List<String> aliases() {
    return aliases;
  }

  /** The profile keys (role, email…) that fill fields the Profile section left empty. */
  Map<Entry, ProfileField> profileFallbacks(PeopleNote.Profile fromBody) {
    Map<Entry, ProfileField> used = new LinkedHashMap<>();
    for (Entry entry : entries) {
      ProfileField field = ProfileField.ofFrontmatterKey(entry.key());
      if (field != null && !taken.contains(entry) && entry.readable() && isNonBlankScalar(entry.value())
          && profileValue(fromBody, field) == null && !used.containsValue(field)) {
        used.put(entry, field);
      }
    }
    return used;
  }

  /** The profile with empty fields filled from the frontmatter. */
  PeopleNote.Profile profile(PeopleNote.Profile fromBody) {
    Map<ProfileField, String> filled = new EnumMap<>(ProfileField.class);
    profileFallbacks(fromBody).forEach((entry, field) -> filled.put(field, entry.value().toString().strip()));
    return new PeopleNote.Profile(
        fromBody.role() != null ? fromBody.role() : filled.get(ProfileField.ROLE),
        fromBody.relationship() != null ? fromBody.relationship() : filled.get(ProfileField.RELATIONSHIP),
        fromBody.organisation() != null ? fromBody.organisation() : filled.get(ProfileField.ORGANISATION),
        fromBody.email() != null ? fromBody.email() : filled.get(ProfileField.EMAIL),
        fromBody.background());
  }

  /** Every entry neither a known key nor a profile fallback took, in file order. */
  List<Attribute> attributes(PeopleNote.Profile fromBody) {
    Set<Entry> fallbacks = profileFallbacks(fromBody).keySet();
    List<Attribute> attributes = new ArrayList<>();
    for (Entry entry : entries) {
      if (!taken.contains(entry) && !fallbacks.contains(entry)) {
        String json = Json.of(entry.value());
        attributes.add(new Attribute(AttributeSource.FRONTMATTER, entry.key(), json, entry.readable()));
      }
    }
    return attributes;
  }

  private Entry take(Predicate<Entry> key, Predicate<Object> fits) {
    for (Entry entry : entries) {
      if (entry.readable() && !taken.contains(entry) && key.test(entry) && fits.test(entry.value())) {
        taken.add(entry);
        return entry;
      }
    }
    return null;
  }

  private static Predicate<Entry> key(String name) {
    return entry -> lower(entry.key()).equals(name);
  }

  private static String text(Entry entry) {
    return entry == null || entry.value() == null ? null : entry.value().toString().strip();
  }

  /** A list's items, or a text's words split at commas (and spaces, for tags); tags lose their leading #. */
  private static List<String> words(Object value, boolean tags) {
    Collection<?> items = value instanceof List<?> list ? list : List.of(value);
    List<String> words = new ArrayList<>();
    for (Object item : items) {
      if (item == null) {
        continue;
      }
      String text = item.toString();
      for (String word : (tags && !(value instanceof List)) ? text.split("[,\\s]+") : new String[] {text}) {
        String clean = tags ? word.strip().replaceFirst("^#+", "") : word.strip();
        if (!clean.isEmpty()) {
          words.add(clean);
        }
      }
    }
    return words;
  }

  private static String profileValue(PeopleNote.Profile profile, ProfileField field) {
    return switch (field) {
      case ROLE -> profile.role();
      case RELATIONSHIP -> profile.relationship();
      case ORGANISATION -> profile.organisation();
      case EMAIL -> profile.email();
      default -> profile.background();
    };
  }

  private static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof TemporalAccessor || value instanceof Date;
  }

  private static boolean isNonBlankScalar(Object value) {
    return isScalar(value) && !value.toString().isBlank();
  }

  private static boolean isTextOrList(Object value) {
    return value instanceof String || value instanceof List;
  }

  private static String lower(String key) {
    return key.strip().toLowerCase(Locale.ROOT);
  }
}
