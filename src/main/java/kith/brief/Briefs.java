package kith.brief;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kith.contact.Directory;
import kith.contact.SlackText;
import org.jdbi.v3.core.Jdbi;

/** What users do with briefs: schedule, list, cancel, connect a calendar. Each change refreshes their Home tab. */
public final class Briefs {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final Jdbi jdbi;
  private final Directory directory;
  private final Clock clock;
  private final HomeRefresh home;

  public Briefs(Jdbi jdbi, Directory directory, Clock clock, HomeRefresh home) {
    this.jdbi = jdbi;
    this.directory = directory;
    this.clock = clock;
    this.home = home;
  }

  /** Schedules a brief on one contact; returns the confirmation to show. */
  public String schedule(String userId, long contactId, ZonedDateTime when) {
    String name = directory.entry(contactId).map(e -> e.name()).orElse("them");
    jdbi.useExtension(BriefStore.class, s ->
        s.schedule(userId, name, null, null, when.toInstant(), List.of(contactId), clock.instant()));
    home.refresh(userId);
    return "I'll DM you a brief on " + SlackText.escape(name) + " on " + WHEN.format(when) + " ("
        + when.getZone().getId() + ").";
  }

  public List<BriefStore.Scheduled> upcoming(String userId) {
    return jdbi.withExtension(BriefStore.class, s -> s.upcoming(userId));
  }

  /** Cancels the user's {@code number}th upcoming brief (1-based, as {@code /brief list} shows them). */
  public String cancelNumber(String userId, int number) {
    List<BriefStore.Scheduled> upcoming = upcoming(userId);
    if (number < 1 || number > upcoming.size()) {
      return upcoming.isEmpty() ? "You have no briefs scheduled."
          : "There is no brief " + number + ": `/brief list` shows " + upcoming.size() + ".";
    }
    return cancel(userId, upcoming.get(number - 1).id());
  }

  /** Cancels brief {@code id} if it is the user's and still to be sent. */
  public String cancel(String userId, long id) {
    Optional<BriefStore.Scheduled> brief = jdbi.withExtension(BriefStore.class, s -> s.byId(id))
        .filter(b -> b.userId().equals(userId));
    if (brief.isEmpty() || !jdbi.withExtension(BriefStore.class, s -> s.cancel(id))) {
      return "That brief is no longer scheduled.";
    }
    home.refresh(userId);
    return "Cancelled the brief" + (brief.get().title() == null ? "" : " on " + SlackText.escape(brief.get().title()))
        + ".";
  }

  public String connectCalendar(String userId, String url) {
    jdbi.useExtension(CalendarStore.class, s -> s.connect(userId, url, clock.instant()));
    home.refresh(userId);
    return "Connected your calendar (" + masked(url) + "). I'll read it every few minutes and DM you a brief "
        + "before meetings with people in your notes. `/brief calendar off` disconnects it.";
  }

  public String disconnectCalendar(String userId) {
    boolean removed = jdbi.withExtension(CalendarStore.class, s -> s.remove(userId));
    jdbi.useExtension(BriefStore.class, s -> s.cancelCalendarBriefs(userId));
    home.refresh(userId);
    return removed ? "Disconnected your calendar; Kith no longer reads it." : "No calendar was connected.";
  }

  public String calendarStatus(String userId) {
    return jdbi.withExtension(CalendarStore.class, s -> s.of(userId)).map(c -> "Your calendar (" + masked(c.url())
        + ") is connected" + (c.lastReadAt() == null ? "; not read yet." : ", last read " + ago(c.lastReadAt()) + ".")
        + (c.failures() > 0 ? " The last " + c.failures() + " reads failed: " + SlackText.escape(c.lastError()) : ""))
        .orElse("No calendar connected. `/brief calendar <secret iCalendar address>` connects one.");
  }

  /** The address with its secret part hidden: scheme, host and the last few characters. */
  static String masked(String url) {
    try {
      URI uri = URI.create(url);
      String tail = url.length() > 8 ? url.substring(url.length() - 4) : "";
      return uri.getScheme() + "://" + uri.getHost() + "/…" + tail;
    } catch (IllegalArgumentException e) {
      return "…";
    }
  }

  private String ago(Instant instant) {
    long minutes = Math.max(0, Duration.between(instant, clock.instant()).toMinutes());
    return minutes < 1 ? "just now" : minutes + " min ago";
  }

  static String when(Instant instant, ZoneId zone) {
    return WHEN.format(instant.atZone(zone));
  }
}
