package kith.brief;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a meeting read from a calendar feed.
 *
 * @param key identifies the occurrence across re-reads of the feed: the uid for a one-off meeting (so moving it keeps
 *     its brief); {@code uid + "|" + original start} for an occurrence of a series, the original
 *     start being the RECURRENCE-ID of an override or the generated start of an instance, as an ISO instant. A moved
 *     occurrence keeps the key of the slot it was moved from, so a brief already sent for it is not sent again.
 * @param title the SUMMARY, empty when the event has none
 * @param end the end (DTEND, or DTSTART + DURATION; the start when neither is given)
 * @param allDay a date-only event: it starts and ends at 00:00 UTC of its dates. The brief scheduler ignores these,
 *     since there is no start time to brief ahead of.
 * @param attendees the ORGANIZER then the ATTENDEEs with a mailto: address, each email once
 */
public record Meeting(
    String key, String uid, String title, Instant start, Instant end, boolean allDay, List<Attendee> attendees) {

  public Meeting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    attendees = List.copyOf(attendees);
  }

  /**
   * Someone invited to a meeting.
   *
   * @param email lower-cased, from the {@code mailto:} address
   * @param name the CN parameter, or null when there is none
   */
  public record Attendee(String email, String name) {
    public Attendee {
      Objects.requireNonNull(email, "email");
    }
  }
}
