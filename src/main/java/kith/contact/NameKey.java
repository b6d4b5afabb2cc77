package kith.contact;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The form in which stored names are compared, built from the same tokens the name index uses:
 * "José  O'Neil" → "jose o neil". Mentions find their contact by it.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    return String.join(" ", NameTokens.of(name));
  }

  /**
   * The keys other notes name a person by: their name's, then each alias's. Cards, the import and the upkeep of
   * ready cards must agree on them, or a ready card would count other appearances than a card read live.
   */
  static Set<String> ofPerson(String name, Collection<String> aliases) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(of(name));
    aliases.forEach(alias -> keys.add(of(alias)));
    return keys;
  }
}
