/** Reading an Obsidian-style vault: one Markdown people note at a time, into {@link kith.vault.PeopleNote}. */
package kith.vault;
