package kith.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BriefRequestTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** A Wednesday morning in London. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, LONDON);

  private static BriefRequest parse(String text) {
    return BriefRequest.parse(text, NOW);
  }

  private static BriefRequest.At at(String who, String when) {
    return new BriefRequest.At(who, ZonedDateTime.parse(when + "[Europe/London]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "help", "HELP", " Help "})
  void help(String text) {
    assertEquals(new BriefRequest.Help(), parse(text));
  }

  @Test
  void nullTextIsHelp() {
    assertEquals(new BriefRequest.Help(), parse(null));
  }

  @Test
  void list() {
    assertEquals(new BriefRequest.ListScheduled(), parse("list"));
    assertEquals(new BriefRequest.ListScheduled(), parse(" List "));
  }

  @Test
  void cancelByNumber() {
    assertEquals(new BriefRequest.Cancel(2), parse("cancel 2"));
    assertEquals(new BriefRequest.Cancel(1), parse("Cancel  1"));
    assertEquals(new BriefRequest.Cancel(12), parse("cancel #12"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cancel", "cancel ", "cancel x", "cancel 0", "cancel -1", "cancel 2 3", "cancel 1.5",
      "cancel 9999999999"})
  void cancelWithoutAUsableNumberExplainsItself(String text) {
    assertEquals(new BriefRequest.BadCommand(
        "Say which scheduled brief to cancel by its number in `/brief list`, e.g. `/brief cancel 2`."), parse(text));
  }

  @Test
  void cancelNumbersStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> new BriefRequest.Cancel(0));
  }

  @Test
  void calendarStatusAndOff() {
    assertEquals(new BriefRequest.CalendarStatus(), parse("calendar"));
    assertEquals(new BriefRequest.CalendarStatus(), parse(" Calendar "));
    assertEquals(new BriefRequest.CalendarOff(), parse("calendar off"));
    assertEquals(new BriefRequest.CalendarOff(), parse("Calendar OFF"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ' ', value = {
      // Slack wraps links in angle brackets, with the shown text after a bar.
      "<https://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/private-f00/basic.ics> "
          + "https://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/private-f00/basic.ics",
      "<https://user.fm/calendar/v1-abc/Calendar.ics|user.fm/calendar/v1-abc/Calendar.ics> "
          + "https://user.fm/calendar/v1-abc/Calendar.ics",
      "https://outlook.office365.com/owa/calendar/x@y.com/secret/calendar.ics "
          + "https://outlook.office365.com/owa/calendar/x@y.com/secret/calendar.ics",
      // webcal:// is iCalendar over https, whatever the path looks like.
      "<webcal://p01-caldav.icloud.com/published/2/MTIzNDU> https://p01-caldav.icloud.com/published/2/MTIzNDU",
      "WEBCAL://example.com/feed https://example.com/feed",
      // Slack escapes & in command text.
      "<https://example.com/feed?format=ics&amp;token=abc> https://example.com/feed?format=ics&token=abc",
      "http://localhost:8089/cal.ics http://localhost:8089/cal.ics",
      "<http://127.0.0.1:9000/feed.ics> http://127.0.0.1:9000/feed.ics",
  })
  void calendarFeedAddresses(String typed, String url) {
    assertEquals(new BriefRequest.CalendarSet(url), parse("calendar " + typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"calendar http://example.com/cal.ics", "calendar https://example.com/page.html",
      "calendar <https://example.com/>", "calendar my work calendar", "calendar ftp://example.com/cal.ics",
      "calendar <mailto:kushal@example.com|kushal@example.com>", "calendar https:///cal.ics", "calendar on",
      "calendar <https://exa mple.com/cal.ics>"})
  void otherCalendarArgumentsAskForTheSecretAddress(String text) {
    assertEquals(new BriefRequest.BadCommand(BriefRequestCalendar.USAGE), parse(text));
    assertTrue(BriefRequestCalendar.USAGE.contains("secret iCalendar address"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kushal", "José Núñez", "<@U123|kushal>", "<@U123>", "Mary In Hayes", "Li Sun",
      "Anna On", "Tuesday Weld", "Zoë D'Arcy-Brown"})
  void aNameAloneIsABriefNow(String text) {
    assertEquals(new BriefRequest.Now(text), parse(text));
  }

  @Test
  void theNameIsTrimmedButOtherwiseAsTyped() {
    assertEquals(new BriefRequest.Now("José Núñez"), parse("  José Núñez  "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Kushal at 14:30                     ; Kushal              ; 2026-11-25T14:30Z",
      "Kushal in 45m                       ; Kushal              ; 2026-11-25T10:45Z",
      "Kushal tomorrow 9:00                ; Kushal              ; 2026-11-26T09:00Z",
      "Kushal on 2026-12-01 08:00          ; Kushal              ; 2026-12-01T08:00Z",
      "José Núñez at 9                     ; José Núñez          ; 2026-11-26T09:00Z",
      "Zoë D'Arcy-Brown on 2026-12-01      ; Zoë D'Arcy-Brown    ; 2026-12-01T09:00Z",
      "kushal TOMORROW AT 2:15PM           ; kushal              ; 2026-11-26T14:15Z",
      "Kushal tomorrow                     ; Kushal              ; 2026-11-26T09:00Z",
      "Kushal 14:30                        ; Kushal              ; 2026-11-25T14:30Z",
      "Kushal today at 15:00               ; Kushal              ; 2026-11-25T15:00Z",
      "Kushal on Monday at 10am            ; Kushal              ; 2026-11-30T10:00Z",
      "Kushal monday 10:00                 ; Kushal              ; 2026-11-30T10:00Z",
      "Kushal in 1h 30m                    ; Kushal              ; 2026-11-25T11:30Z",
      "Kushal in an hour                   ; Kushal              ; 2026-11-25T11:00Z",
      "<@U123|kushal> in 45m               ; <@U123|kushal>      ; 2026-11-25T10:45Z",
      "<@U1|Ana María> tomorrow            ; <@U1|Ana María>     ; 2026-11-26T09:00Z",
      "Anna On at 9                        ; Anna On             ; 2026-11-26T09:00Z",
      "Mary In Hayes in 2h                 ; Mary In Hayes       ; 2026-11-25T12:00Z",
      "Li Sun on sun                       ; Li Sun              ; 2026-11-29T09:00Z",
      "Tuesday Weld at 9                   ; Tuesday Weld        ; 2026-11-26T09:00Z",
  })
  void aNameThenATimeIsABriefThen(String text, String who, String when) {
    assertEquals(at(who, when), parse(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kushal at lunchtime              | Kushal     | at lunchtime",
      "Kushal in a bit                  | Kushal     | in a bit",
      "Kushal tomorrow morning          | Kushal     | tomorrow morning",
      "Kushal at 25:00                  | Kushal     | at 25:00",
      "José Núñez on 2026-02-30         | José Núñez | on 2026-02-30",
      "Kushal in 0m                     | Kushal     | in 0m",
      "Kushal today                     | Kushal     | today",
      "Kushal at                        | Kushal     | at",
      // A time that parses further on must not pull the unreadable words into the name.
      "Kushal on 2020-01-01 08:00       | Kushal     | on 2020-01-01 08:00",
      "Kushal at 9 tomorrow             | Kushal     | at 9 tomorrow",
      "Anna On at lunch                 | Anna On    | at lunch",
  })
  void aTimeWordFollowedByNoTimeIsABadTime(String text, String who, String timeText) {
    assertEquals(new BriefRequest.BadTime(who, timeText), parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"at 14:30", "in 45m", "tomorrow", "on 2026-12-01 08:00", "monday at 10am"})
  void aTimeWithoutANameAsksWhose(String text) {
    assertEquals(new BriefRequest.BadCommand(
        "Whose brief? Put the name before the time, e.g. `/brief Kushal at 14:30`."), parse(text));
  }
}
