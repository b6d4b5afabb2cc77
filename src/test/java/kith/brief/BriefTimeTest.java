package kith.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BriefTimeTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  /** A Wednesday morning in London. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, LONDON);

  private static Optional<ZonedDateTime> london(String when) {
    return Optional.of(ZonedDateTime.parse(when + "[Europe/London]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "at 14:30       | 2026-11-25T14:30Z",
      "at 9           | 2026-11-26T09:00Z",
      "at 9am         | 2026-11-26T09:00Z",
      "at 9 AM        | 2026-11-26T09:00Z",
      "at 2:15pm      | 2026-11-25T14:15Z",
      "at 12pm        | 2026-11-25T12:00Z",
      "at 12am        | 2026-11-26T00:00Z",
      "at 0:05        | 2026-11-26T00:05Z",
      "at noon        | 2026-11-25T12:00Z",
      "at midnight    | 2026-11-26T00:00Z",
      "14:30          | 2026-11-25T14:30Z",
      "9:15           | 2026-11-26T09:15Z",
      "2pm            | 2026-11-25T14:00Z",
      "'  AT  14:30 ' | 2026-11-25T14:30Z",
      "at 10:00       | 2026-11-26T10:00Z",
      "at 10:01       | 2026-11-25T10:01Z",
  })
  void clockTimeIsTodayIfStillAheadElseTomorrow(String text, String expected) {
    assertEquals(london(expected), BriefTime.parse(text, NOW));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "in 45m                   | 2026-11-25T10:45Z",
      "in 45 min                | 2026-11-25T10:45Z",
      "in 45 mins               | 2026-11-25T10:45Z",
      "in 45 minutes            | 2026-11-25T10:45Z",
      "in 1 minute              | 2026-11-25T10:01Z",
      "in 2h                    | 2026-11-25T12:00Z",
      "in 2 hours               | 2026-11-25T12:00Z",
      "in 2 hrs                 | 2026-11-25T12:00Z",
      "in 1h30m                 | 2026-11-25T11:30Z",
      "in 1h 30m                | 2026-11-25T11:30Z",
      "in 1 hour and 30 minutes | 2026-11-25T11:30Z",
      "in an hour               | 2026-11-25T11:00Z",
      "In An Hour               | 2026-11-25T11:00Z",
      "in half an hour          | 2026-11-25T10:30Z",
      "in 90 minutes            | 2026-11-25T11:30Z",
      "in 0h 5m                 | 2026-11-25T10:05Z",
      "in 26h                   | 2026-11-26T12:00Z",
  })
  void relativeTimeIsNowPlusTheSpan(String text, String expected) {
    assertEquals(london(expected), BriefTime.parse(text, NOW));
  }

  @Test
  void relativeTimeRoundsUpToTheNextWholeMinute() {
    ZonedDateTime withSeconds = NOW.withSecond(20);
    assertEquals(london("2026-11-25T10:46Z"), BriefTime.parse("in 45m", withSeconds));
    assertEquals(london("2026-11-25T10:46Z"), BriefTime.parse("in 45m", NOW.withNano(1)));
    assertEquals(london("2026-11-25T11:01Z"), BriefTime.parse("in an hour", NOW.withSecond(59)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "tomorrow             | 2026-11-26T09:00Z",
      "tomorrow 9:00        | 2026-11-26T09:00Z",
      "tomorrow at 9:00     | 2026-11-26T09:00Z",
      "tomorrow 9am         | 2026-11-26T09:00Z",
      "tomorrow 9           | 2026-11-26T09:00Z",
      "Tomorrow at 2:15pm   | 2026-11-26T14:15Z",
      "tomorrow at noon     | 2026-11-26T12:00Z",
      "today at 15:00       | 2026-11-25T15:00Z",
      "today 10:30          | 2026-11-25T10:30Z",
  })
  void namedDays(String text, String expected) {
    assertEquals(london(expected), BriefTime.parse(text, NOW));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "on 2026-12-01 08:00    | 2026-12-01T08:00Z",
      "on 2026-12-01 at 08:00 | 2026-12-01T08:00Z",
      "2026-12-01 08:00       | 2026-12-01T08:00Z",
      "on 2026-12-01          | 2026-12-01T09:00Z",
      "on 2026-12-01 at 8pm   | 2026-12-01T20:00Z",
      "on 2027-06-01 08:00    | 2027-06-01T08:00+01:00",
      "on 2026-11-25 10:30    | 2026-11-25T10:30Z",
      "on 2027-11-26 10:00    | 2027-11-26T10:00Z",
  })
  void calendarDates(String text, String expected) {
    assertEquals(london(expected), BriefTime.parse(text, NOW));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "on Monday 10:00      | 2026-11-30T10:00Z",
      "monday at 10am       | 2026-11-30T10:00Z",
      "Monday               | 2026-11-30T09:00Z",
      "on mon               | 2026-11-30T09:00Z",
      "on Tues at 8:30      | 2026-12-01T08:30Z",
      "on thurs 17:00       | 2026-11-26T17:00Z",
      "friday               | 2026-11-27T09:00Z",
      "on Wednesday 11:00   | 2026-11-25T11:00Z",
      "wednesday at 9       | 2026-12-02T09:00Z",
      "on wednesday         | 2026-12-02T09:00Z",
      "on wed 10:00         | 2026-12-02T10:00Z",
  })
  void weekdaysAreTheNextSuchDayOrTodayIfLaterToday(String text, String expected) {
    assertEquals(london(expected), BriefTime.parse(text, NOW));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "9", "lunchtime", "at lunchtime", "at", "at 25:00", "at 24:00", "at 9:60", "at 13pm", "at 0am",
      "at 9:5", "at 123", "in 0m", "in 0 hours", "in -5m", "in 5", "in a bit", "in", "in 30m 1h", "in 1h 1h",
      "in 5 days", "in 45mm", "in 12345678m", "tomorrow morning", "tomorrow 25:00", "tomorrow at", "today",
      "today 9:00", "on 2026-02-30", "on 2026-13-01", "on 2026-12-1", "on 2020-01-01 08:00", "on 2026-11-25 09:00",
      "on 2026-11-25 10:00", "on 2027-11-26 10:01", "on 2030-01-01", "in 8785h", "on funday", "sun", "wed 10:00",
      "on monday at 25:00", "at 9 tomorrow", "14:30 tomorrow",
  })
  void pastTooFarOrInvalidIsEmpty(String text) {
    assertEquals(Optional.empty(), BriefTime.parse(text, NOW));
  }

  @Test
  void nullIsEmpty() {
    assertEquals(Optional.empty(), BriefTime.parse(null, NOW));
  }

  @Test
  void exactlyAYearAndADayAheadIsTheLimit() {
    assertEquals(london("2027-11-26T10:00Z"), BriefTime.parse("in 8784h", NOW));
    assertEquals(Optional.empty(), BriefTime.parse("in 8784h 1m", NOW));
  }

  @Test
  void theSameInstantIsADifferentDayInLosAngeles() {
    ZonedDateTime instant = ZonedDateTime.parse("2026-11-25T05:00Z[UTC]");
    ZonedDateTime inLondon = instant.withZoneSameInstant(LONDON);
    ZonedDateTime inLosAngeles = instant.withZoneSameInstant(LOS_ANGELES);
    assertEquals("2026-11-24T21:00-08:00[America/Los_Angeles]", inLosAngeles.toString());

    assertEquals(la("2026-11-25T09:00-08:00"), BriefTime.parse("tomorrow", inLosAngeles));
    assertEquals(london("2026-11-26T09:00Z"), BriefTime.parse("tomorrow", inLondon));
    assertEquals(la("2026-11-25T14:30-08:00"), BriefTime.parse("at 14:30", inLosAngeles));
    assertEquals(london("2026-11-25T14:30Z"), BriefTime.parse("at 14:30", inLondon));
    assertEquals(la("2026-11-24T22:00-08:00"), BriefTime.parse("at 22:00", inLosAngeles));
    assertEquals(london("2026-11-25T22:00Z"), BriefTime.parse("at 22:00", inLondon));
    assertEquals(la("2026-11-24T22:00-08:00"), BriefTime.parse("tuesday 22:00", inLosAngeles));
    assertEquals(london("2026-12-01T22:00Z"), BriefTime.parse("tuesday 22:00", inLondon));
    assertEquals(la("2026-12-01T08:00-08:00"), BriefTime.parse("on 2026-12-01 08:00", inLosAngeles));
    assertEquals(la("2026-11-24T21:45-08:00"), BriefTime.parse("in 45m", inLosAngeles));
    assertEquals(BriefTime.parse("in 45m", inLondon).map(ZonedDateTime::toInstant),
        BriefTime.parse("in 45m", inLosAngeles).map(ZonedDateTime::toInstant));
  }

  private static Optional<ZonedDateTime> la(String when) {
    return Optional.of(ZonedDateTime.parse(when + "[America/Los_Angeles]"));
  }

  @Test
  void aTimeInTheSpringForwardGapIsShiftedLikeZonedDateTimeOf() {
    // Europe/London skips 01:00-02:00 on 2027-03-28.
    ZonedDateTime dayBefore = ZonedDateTime.of(2027, 3, 27, 12, 0, 0, 0, LONDON);
    assertEquals(london("2027-03-28T02:30+01:00"), BriefTime.parse("tomorrow 1:30", dayBefore));
    assertEquals(london("2027-03-28T02:30+01:00"), BriefTime.parse("on 2027-03-28 01:30", dayBefore));
    assertEquals(london("2027-03-28T00:30Z"), BriefTime.parse("tomorrow 0:30", dayBefore));
    assertEquals(london("2027-03-28T02:00+01:00"), BriefTime.parse("tomorrow 2:00", dayBefore));

    ZonedDateTime justBefore = ZonedDateTime.of(2027, 3, 28, 0, 30, 0, 0, LONDON);
    assertEquals(london("2027-03-28T02:30+01:00"), BriefTime.parse("at 1:30", justBefore));
    assertEquals(london("2027-03-28T02:30+01:00"), BriefTime.parse("in 1h", justBefore));
    assertEquals(london("2027-03-28T02:15+01:00"), BriefTime.parse("in 45m", justBefore));
  }

  @Test
  void anAmbiguousTimeTakesTheEarlierOffset() {
    // Europe/London repeats 01:00-02:00 on 2026-10-25: first at +01:00, then at +00:00.
    ZonedDateTime dayBefore = ZonedDateTime.of(2026, 10, 24, 12, 0, 0, 0, LONDON);
    assertEquals(london("2026-10-25T01:30+01:00"), BriefTime.parse("tomorrow 1:30", dayBefore));
    assertEquals(london("2026-10-25T01:30+01:00"), BriefTime.parse("on 2026-10-25 01:30", dayBefore));
    assertEquals(london("2026-10-25T01:30+01:00"), BriefTime.parse("on Sunday 1:30", dayBefore));

    ZonedDateTime firstPass = ZonedDateTime.parse("2026-10-25T01:30+01:00[Europe/London]");
    assertEquals(london("2026-10-25T01:45+01:00"), BriefTime.parse("at 1:45", firstPass));
    assertEquals(london("2026-10-25T01:30Z"), BriefTime.parse("in 1h", firstPass));
    assertEquals(london("2026-10-25T01:15Z"), BriefTime.parse("at 1:15", firstPass));
  }

  @Test
  void duringTheRepeatedHourAPassedEarlierOffsetFallsToTheLaterOne() {
    ZonedDateTime secondPass = ZonedDateTime.parse("2026-10-25T01:30Z[Europe/London]");
    assertEquals(london("2026-10-25T01:45Z"), BriefTime.parse("at 1:45", secondPass));
    assertEquals(london("2026-10-25T01:45Z"), BriefTime.parse("today 1:45", secondPass));
    assertEquals(london("2026-10-26T01:15Z"), BriefTime.parse("at 1:15", secondPass));
    assertEquals(Optional.empty(), BriefTime.parse("today 1:15", secondPass));
  }

  @Test
  void examplesListTheFormsThatWork() {
    String examples = BriefTime.examples();
    for (String example : new String[] {"`/brief Kushal at 14:30`", "`/brief Kushal in 45m`",
        "`/brief Kushal tomorrow 9:00`", "`/brief Kushal on 2026-12-01 08:00`"}) {
      assertTrue(examples.contains(example), example);
      String time = example.substring("`/brief Kushal ".length(), example.length() - 1);
      assertTrue(BriefTime.parse(time, NOW).isPresent(), time);
    }
  }
}
