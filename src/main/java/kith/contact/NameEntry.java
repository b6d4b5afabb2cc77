package kith.contact;

import java.util.List;
import java.util.Objects;

/**
 * One contact as the name index sees it.
 *
 * @param aliases other names the contact goes by, without the name itself; null is read as none
 * @param role the contact's role, or null
 * @param organisation the contact's organisation, or null
 * @param mentionedOnly true for a contact known only from mentions in other notes, without a note of its own
 */
public record NameEntry(
    long contactId,
    String name,
    List<String> aliases,
    String role,
    String organisation,
    boolean mentionedOnly) {

  public NameEntry {
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
