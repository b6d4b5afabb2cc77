package kith.brief;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VEVENTs of a parsed calendar as the occurrences that start in a window. A series is expanded by ical4j (RRULE,
 * RDATE, EXDATE); its overrides, the VEVENTs with the same UID and a RECURRENCE-ID, are matched here, since ical4j
 * expands each component on its own: an override takes the place of the instance it names, wherever it moves it,
 * and a cancelled one (STATUS:CANCELLED) just removes it.
 */
final class CalendarEvents {
  private static final Logger log = LoggerFactory.getLogger(CalendarEvents.class);

  private final Instant from;
  private final Instant to;
  /** By UID, the original starts that an override replaces or cancels. */
  private final Map<String, Set<Instant>> overridden = new HashMap<>();

  private CalendarEvents(Instant from, Instant to) {
    this.from = from;
    this.to = to;
  }

  static List<Meeting> within(Calendar calendar, Instant from, Instant to) {
    return new CalendarEvents(from, to).occurrences(calendar.getComponents(Component.VEVENT));
  }

  private List<Meeting> occurrences(List<VEvent> events) {
    for (VEvent event : events) {
      readable(event, () -> recurrenceId(event).ifPresent(
          id -> overridden.computeIfAbsent(uid(event), uid -> new HashSet<>()).add(id)));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (VEvent event : events) {
      readable(event, () -> meetings.addAll(occurrencesOf(event)));
    }
    meetings.sort(Comparator.comparing(Meeting::start).thenComparing(Meeting::key));
    return meetings;
  }

  /** One event that cannot be read (a TZID nobody defines, say) is left out rather than failing the calendar. */
  private static void readable(VEvent event, Runnable reading) {
    try {
      reading.run();
    } catch (DateTimeException | IllegalArgumentException e) {
      log.debug("Skipping calendar event {}: {}", event.getUid().map(Property::getValue).orElse("without UID"), e);
    }
  }

  private List<Meeting> occurrencesOf(VEvent event) {
    Optional<DtStart<Temporal>> dtStart = event.getProperty(Property.DTSTART);
    if (dtStart.isEmpty() || cancelled(event)) {
      return List.of();
    }
    Temporal first = dtStart.get().getDate();
    String uid = uid(event);
    Optional<Instant> recurrenceId = recurrenceId(event);
    Set<Instant> skipped = recurrenceId.isPresent() ? Set.of() : skippedStarts(event, uid);
    Set<Period<Temporal>> periods = event.calculateRecurrenceSet(CalendarTimes.window(first, from, to));
    List<Meeting> meetings = new ArrayList<>();
    for (Period<Temporal> period : periods) {
      Instant start = CalendarTimes.instant(period.getStart());
      // An override stands for one occurrence, at its own DTSTART, even if it carries a rule of its own.
      boolean own = recurrenceId.isEmpty() || start.equals(CalendarTimes.instant(first));
      if (!own || start.isBefore(from) || !start.isBefore(to) || skipped.contains(start)) {
        continue;
      }
      // A one-off meeting stays the same meeting wherever it moves; only a series tells occurrences apart by start.
      String key = recurrenceId.isPresent() || series(event) ? uid + "|" + recurrenceId.orElse(start) : uid;
      meetings.add(new Meeting(key, uid, title(event), start, CalendarTimes.instant(period.getEnd()),
          first instanceof LocalDate, CalendarAttendees.of(event)));
    }
    return meetings;
  }

  /**
   * Starts of a series that do not happen as generated: those an override replaces, and the EXDATEs compared as
   * instants, since ical4j misses an EXDATE written in UTC when the series has a TZID.
   */
  private Set<Instant> skippedStarts(VEvent event, String uid) {
    Set<Instant> skipped = new HashSet<>(overridden.getOrDefault(uid, Set.of()));
    for (DateListProperty<Temporal> exDate : event.<DateListProperty<Temporal>>getProperties(Property.EXDATE)) {
      exDate.getDates().forEach(date -> skipped.add(CalendarTimes.instant(date)));
    }
    return skipped;
  }

  private static boolean series(VEvent event) {
    return !event.getProperties(Property.RRULE).isEmpty() || !event.getProperties(Property.RDATE).isEmpty();
  }

  private static Optional<Instant> recurrenceId(VEvent event) {
    return event.<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID)
        .map(id -> CalendarTimes.instant(id.getDate()));
  }

  private static boolean cancelled(VEvent event) {
    return event.<Status>getProperty(Property.STATUS)
        .map(status -> Status.VALUE_CANCELLED.equalsIgnoreCase(status.getValue()))
        .orElse(false);
  }

  /** The UID; an event without one (which RFC 5545 forbids) gets one made of what it says, stable across reads. */
  private static String uid(VEvent event) {
    return event.getUid().map(Property::getValue).filter(uid -> !uid.isBlank()).orElseGet(() -> {
      String start = event.getProperty(Property.DTSTART).map(Property::getValue).orElse("");
      return "no-uid-" + Integer.toHexString((title(event) + "|" + start).hashCode());
    });
  }

  private static String title(VEvent event) {
    return event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
  }
}
