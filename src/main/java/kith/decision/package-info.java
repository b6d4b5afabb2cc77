/** Decisions recorded from Slack threads, filed under the people they concern and written back to their notes. */
package kith.decision;
