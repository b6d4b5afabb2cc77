/**
 * The vault: reading people notes into {@link kith.vault.PeopleNote}, importing them, and writing decisions back
 * into them without touching anything else.
 */
package kith.vault;
