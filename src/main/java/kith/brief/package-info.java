/** Pre-meeting briefs: composed from the store, sent by DM now, at a time, or ahead of calendar meetings. */
package kith.brief;
