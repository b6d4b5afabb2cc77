package kith.contact;

/** One row of the name-index query: a contact with one of its aliases (null when it has none). */
public record NameEntryRow(long id, String kind, String name, String role, String organisation, String alias) {}
