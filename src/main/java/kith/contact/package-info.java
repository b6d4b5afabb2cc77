/** The contact feature: store, lookup, card. */
package kith.contact;
