package kith.contact;

import java.util.List;

/**
 * One way of writing a contact's name (the name itself, an alias, or either with its inner punctuation
 * dropped), tokenised once at build time.
 *
 * @param entry the position of the contact in the index
 * @param text the tokens joined by single spaces: what an exact query must equal
 */
record Spelling(int entry, String text, List<String> tokens) {}
