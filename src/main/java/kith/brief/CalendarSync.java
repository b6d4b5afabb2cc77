package kith.brief;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kith.brief.CalendarStore.Connected;
import kith.contact.Directory;
import kith.contact.NameMatch;
import kith.contact.SlackLinkStore;
import kith.contact.SlackText;
import kith.slack.Replies;
import kith.slack.SlackCallException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each connected calendar and keeps one brief per meeting in the next day whose attendees are known
 * contacts (by email first, then by name), due {@code KITH_BRIEF_LEAD_MINUTES} before it starts. A moved meeting
 * moves its brief; a cancelled or vanished one cancels it; the unique (user, meeting) key keeps it to one brief.
 * A calendar that cannot be read is retried on every pass; after {@link #FAILURES_BEFORE_TELLING} failures in a
 * row the user is told once, with the reason.
 */
public final class CalendarSync {
  static final Duration WINDOW = Duration.ofDays(1);
  static final int FAILURES_BEFORE_TELLING = 3;
  private static final Logger log = LoggerFactory.getLogger(CalendarSync.class);

  private final Jdbi jdbi;
  private final CalendarFeed feed;
  private final Directory directory;
  private final Replies replies;
  private final Duration lead;
  private final Clock clock;
  private final HomeRefresh home;

  public CalendarSync(Jdbi jdbi, CalendarFeed feed, Directory directory, Replies replies, Duration lead,
      Clock clock, HomeRefresh home) {
    this.jdbi = jdbi;
    this.feed = feed;
    this.directory = directory;
    this.replies = replies;
    this.lead = lead;
    this.clock = clock;
    this.home = home;
  }

  /** One pass over every connected calendar. */
  public void syncAll() {
    for (Connected calendar : jdbi.withExtension(CalendarStore.class, CalendarStore::all)) {
      try {
        sync(calendar);
      } catch (RuntimeException e) {
        log.error("calendar of {} not synced", calendar.userId(), e);
      }
    }
  }

  void sync(Connected calendar) {
    Instant now = clock.instant();
    List<Meeting> meetings;
    try {
      meetings = feed.meetings(URI.create(calendar.url()), now, now.plus(WINDOW));
    } catch (CalendarException e) {
      failed(calendar, e.reason());
      return;
    }
    jdbi.useExtension(CalendarStore.class, s -> s.readOk(calendar.userId(), now));
    Set<String> seen = new HashSet<>();
    boolean changed = false;
    for (Meeting meeting : meetings) {
      Set<Long> people = contactsAt(meeting);
      if (meeting.allDay() || people.isEmpty() || !meeting.start().isAfter(now)) {
        continue;
      }
      seen.add(meeting.key());
      changed |= keep(calendar.userId(), meeting, people);
    }
    for (BriefStore.Scheduled brief : jdbi.withExtension(BriefStore.class,
        s -> s.calendarBriefs(calendar.userId(), now, now.plus(WINDOW)))) {
      if (!seen.contains(brief.meetingKey())) {
        changed |= jdbi.withExtension(BriefStore.class, s -> s.cancelVanished(brief.id()));
      }
    }
    if (changed) {
      home.refresh(calendar.userId());
    }
  }

  /** Schedules or moves the meeting's brief; true when something changed. */
  private boolean keep(String userId, Meeting meeting, Set<Long> people) {
    Instant due = meeting.start().minus(lead);
    Optional<BriefStore.Scheduled> existing =
        jdbi.withExtension(BriefStore.class, s -> s.byMeeting(userId, meeting.key()));
    if (existing.isEmpty()) {
      jdbi.useExtension(BriefStore.class, s -> s.schedule(userId, meeting.title(), meeting.key(), meeting.start(),
          due, people, clock.instant()));
      return true;
    }
    BriefStore.Scheduled brief = existing.get();
    if (jdbi.withExtension(BriefStore.class, s -> s.revive(brief.id(), due, meeting.start(), meeting.title()))) {
      jdbi.useExtension(BriefStore.class, s -> s.setPeople(brief.id(), people));
      return true;
    }
    if (!"scheduled".equals(brief.state())) {
      return false;
    }
    jdbi.useExtension(BriefStore.class, s -> s.setPeople(brief.id(), people));
    if (!due.equals(brief.dueAt()) || !meeting.start().equals(brief.meetingStart())) {
      jdbi.useExtension(BriefStore.class, s -> s.move(brief.id(), due, meeting.start(), meeting.title()));
      return true;
    }
    return false;
  }

  /** Known contacts among the attendees: by email first, then by name when that finds exactly one. */
  private Set<Long> contactsAt(Meeting meeting) {
    Set<Long> people = new LinkedHashSet<>();
    for (Meeting.Attendee attendee : meeting.attendees()) {
      List<Long> byEmail = attendee.email() == null ? List.of()
          : jdbi.withExtension(SlackLinkStore.class, s -> s.contactsWithEmail(attendee.email()));
      if (byEmail.size() == 1) {
        people.add(byEmail.get(0));
      } else if (attendee.name() != null && !attendee.name().isBlank()
          && directory.resolve(attendee.name()) instanceof NameMatch.Found found
          && !found.entry().mentionedOnly()) {
        people.add(found.entry().contactId());
      }
    }
    return people;
  }

  private void failed(Connected calendar, String reason) {
    jdbi.useExtension(CalendarStore.class, s -> s.readFailed(calendar.userId(), reason));
    log.warn("calendar of {} could not be read: {}", calendar.userId(), reason);
    if (calendar.failures() + 1 >= FAILURES_BEFORE_TELLING
        && jdbi.withExtension(CalendarStore.class, s -> s.markNotified(calendar.userId()))) {
      try {
        replies.directMessage(calendar.userId(), List.of(), "I couldn't read your calendar " + (calendar.failures() + 1)
            + " times in a row (" + SlackText.escape(reason) + "), so briefs before meetings may be "
            + "missing. Check the address, or connect it again with `/brief calendar <address>`.");
      } catch (SlackCallException e) {
        log.warn("could not tell {} about their calendar: {}", calendar.userId(), e.getMessage());
      }
    }
  }
}
