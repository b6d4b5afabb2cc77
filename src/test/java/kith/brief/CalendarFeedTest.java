package kith.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kith.brief.Meeting.Attendee;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {
  private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant MAY = Instant.parse("2025-05-01T00:00:00Z");
  private static final String WEEKLY = "weekly-sync@kith.test";

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final CountDownLatch slowServerMayAnswer = new CountDownLatch(1);

  @AfterEach
  void stopServers() {
    slowServerMayAnswer.countDown();
    servers.forEach(server -> server.stop(0));
    handlers.shutdownNow();
  }

  // Reading a calendar

  @Test
  void aSingleEventInNewYorkTimeWithTheOrganizerAndAttendees() throws Exception {
    String uid = "4k2c9v0s1qj8h7f3@google.com";
    // 09:00 in New York on 12 March 2025 is EDT (UTC-4): daylight saving started on the 9th.
    Meeting expected = new Meeting(uid, uid, "Q2 planning, budget",
        at("2025-03-12T13:00:00Z"), at("2025-03-12T14:00:00Z"), false,
        List.of(new Attendee("priya@example.com", "Priya Natarajan"), new Attendee("tom.obrien@example.com",
            "O'Brien, Tom"), new Attendee("lee.wong@example.com", null)));
    assertEquals(List.of(expected), parse("single-new-york.ics", MARCH, MAY));
  }

  @Test
  void aWeeklySeriesWithExdatesAnRdateAMovedAndACancelledOccurrence() throws Exception {
    // Thursdays 09:30 London: GMT until 30 March, BST after. 13 March and 17 April are EXDATEs (the second written in
    // UTC), 2 April is an extra RDATE, 20 March moved to Friday 21 March 14:00, 10 April cancelled.
    assertEquals(List.of(
            WEEKLY + "|2025-03-06T09:30:00Z 2025-03-06T09:30:00Z-2025-03-06T10:00:00Z Weekly sync",
            WEEKLY + "|2025-03-20T09:30:00Z 2025-03-21T14:00:00Z-2025-03-21T14:45:00Z Weekly sync (moved to Friday)",
            WEEKLY + "|2025-03-27T09:30:00Z 2025-03-27T09:30:00Z-2025-03-27T10:00:00Z Weekly sync",
            WEEKLY + "|2025-04-02T15:00:00Z 2025-04-02T15:00:00Z-2025-04-02T15:30:00Z Weekly sync",
            WEEKLY + "|2025-04-03T08:30:00Z 2025-04-03T08:30:00Z-2025-04-03T09:00:00Z Weekly sync",
            WEEKLY + "|2025-04-24T08:30:00Z 2025-04-24T08:30:00Z-2025-04-24T09:00:00Z Weekly sync"),
        summaries(parse("weekly-london.ics", MARCH, MAY)));
  }

  @Test
  void theMovedOccurrenceKeepsTheKeyOfItsSlotAndHasItsOwnAttendees() throws Exception {
    List<Meeting> friday = parse("weekly-london.ics", at("2025-03-21T00:00:00Z"), at("2025-03-22T00:00:00Z"));
    assertEquals(1, friday.size());
    Meeting moved = friday.get(0);
    assertEquals(WEEKLY + "|2025-03-20T09:30:00Z", moved.key());
    assertEquals(WEEKLY, moved.uid());
    assertEquals(at("2025-03-21T14:00:00Z"), moved.start());
    assertEquals(List.of(new Attendee("sam@example.com", "Sam Patel"), new Attendee("ana@example.com", "Ana Silva"),
        new Attendee("joe@example.com", "Joe Bloggs")), moved.attendees());
  }

  @Test
  void theSlotAnOccurrenceWasMovedOutOfStaysEmpty() throws Exception {
    assertEquals(List.of(), parse("weekly-london.ics", at("2025-03-20T00:00:00Z"), at("2025-03-21T00:00:00Z")));
  }

  @Test
  void theWindowIncludesItsStartAndExcludesItsEnd() throws Exception {
    List<Meeting> meetings = parse("weekly-london.ics", at("2025-03-06T09:30:00Z"), at("2025-03-27T09:30:00Z"));
    assertEquals(List.of(WEEKLY + "|2025-03-06T09:30:00Z", WEEKLY + "|2025-03-20T09:30:00Z"), keys(meetings));
  }

  @Test
  void cancelledEventsAndSeriesAreLeftOut() throws Exception {
    Meeting standUp = new Meeting("standup@kith.test", "standup@kith.test", "Stand-up",
        at("2025-03-12T16:00:00Z"), at("2025-03-12T16:15:00Z"), false, List.of());
    assertEquals(List.of(standUp), parse("cancelled.ics", MARCH, MAY));
  }

  @Test
  void allDayEventsStartAtMidnightUtcAndFloatingTimesAreUtc() throws Exception {
    assertEquals(List.of(
            "offsite-day@kith.test 2025-03-14T00:00:00Z-2025-03-15T00:00:00Z Team offsite",
            "floating-lunch@kith.test 2025-03-14T12:30:00Z-2025-03-14T13:30:00Z Lunch with Joe",
            "holiday@kith.test 2025-03-17T00:00:00Z-2025-03-18T00:00:00Z Bank holiday"),
        summaries(parse("all-day-and-floating.ics", MARCH, MAY)));
    assertEquals(List.of(true, false, true),
        parse("all-day-and-floating.ics", MARCH, MAY).stream().map(Meeting::allDay).toList());
  }

  @Test
  void theFilesVtimezoneCarriesBerlinAcrossTheClockChange() throws Exception {
    // Berlin is UTC+1 until 02:00 on 30 March 2025, then UTC+2: the deploy from 01:30 to 04:00 lasts 90 minutes.
    assertEquals(List.of(
            "jour-fixe@kith.test|2025-03-21T09:00:00Z 2025-03-21T09:00:00Z-2025-03-21T10:00:00Z Jour fixe",
            "jour-fixe@kith.test|2025-03-28T09:00:00Z 2025-03-28T09:00:00Z-2025-03-28T10:00:00Z Jour fixe",
            "night-deploy@kith.test 2025-03-30T00:30:00Z-2025-03-30T02:00:00Z "
                + "Night deploy over the clock change",
            "jour-fixe@kith.test|2025-04-04T08:00:00Z 2025-04-04T08:00:00Z-2025-04-04T09:00:00Z Jour fixe"),
        summaries(parse("berlin-vtimezone.ics", MARCH, MAY)));
  }

  @Test
  void outlookWindowsZoneNamesAndACustomizedTimeZone() throws Exception {
    List<Meeting> meetings = parse("outlook.ics", MARCH, MAY);
    // Pacific Standard Time from the file's VTIMEZONE (daylight from 9 March), "Customized Time Zone" (UTC+10) only
    // defined in the file, and W. Europe Standard Time with no VTIMEZONE at all, known to ical4j by its Windows name.
    assertEquals(List.of(at("2025-03-03T17:00:00Z"), at("2025-03-10T16:00:00Z"), at("2025-03-11T23:00:00Z"),
        at("2025-03-12T08:00:00Z")), meetings.stream().map(Meeting::start).toList());
    assertEquals(List.of("Vendor review", "Vendor review", "Brisbane check-in", "Munich supplier call"),
        meetings.stream().map(Meeting::title).toList());
    assertEquals(List.of(new Attendee("maria.rivera@contoso.com", "Rivera, Maria"),
        new Attendee("kenji.sato@fabrikam.com", "Kenji Sato")), meetings.get(0).attendees());
    assertEquals(at("2025-03-11T23:45:00Z"), meetings.get(2).end());
  }

  @Test
  void anEventInAZoneNobodyDefinesIsLeftOutAndTheRestRead() throws Exception {
    assertEquals(List.of("earth@kith.test"), keys(parse("unknown-zone.ics", MARCH, MAY)));
  }

  @Test
  void aBrokenFileSaysWhereAndWhy() {
    CalendarException error = assertThrows(CalendarException.class,
        () -> CalendarFeed.parse(fixture("broken.ics"), MARCH, MAY));
    assertEquals("not an iCalendar file (line 6: Text '2025-03-12T09:00:00' could not be parsed at index 4)",
        error.reason());
  }

  @Test
  void aWebPageIsNotACalendar() {
    CalendarException error = assertThrows(CalendarException.class,
        () -> CalendarFeed.parse("<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", MARCH, MAY));
    assertEquals("not an iCalendar file (line 1: Expected [BEGIN], read [<!DOCTYPE html>])", error.reason());
  }

  @Test
  void aByteOrderMarkIsAllowed() throws Exception {
    assertEquals(keys(parse("cancelled.ics", MARCH, MAY)),
        keys(CalendarFeed.parse("\uFEFF" + fixture("cancelled.ics"), MARCH, MAY)));
  }

  @Test
  void timeZonesLoadWithoutTheNetwork() throws Exception {
    assertEquals("false", Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse(null));
    assertFalse(new TimeZoneUpdater().isEnabled());
    // With updates on, loading a zone ical4j has not loaded yet asks for https://www.tzurl.org/zoneinfo/…
    List<URI> asked = new CopyOnWriteArrayList<>();
    ProxySelector before = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    });
    try {
      List<Meeting> meetings = parse("kathmandu.ics", MARCH, MAY);
      assertEquals(List.of(at("2025-03-12T03:15:00Z")), meetings.stream().map(Meeting::start).toList());
    } finally {
      ProxySelector.setDefault(before);
    }
    assertEquals(List.of(), asked);
  }

  // Fetching over HTTP

  @Test
  void fetchesAndReadsACalendar() throws Exception {
    URI url = serve(exchange -> answer(exchange, 200, bytes("single-new-york.ics"), true));
    List<Meeting> meetings = feed(Duration.ofSeconds(5), 5_000_000).meetings(url, MARCH, MAY);
    assertEquals(parse("single-new-york.ics", MARCH, MAY), meetings);
    assertEquals(at("2025-03-12T13:00:00Z"), meetings.get(0).start());
  }

  @Test
  void aStatusOtherThan200IsTheReason() throws Exception {
    URI url = serve(exchange -> answer(exchange, 404, "Not Found".getBytes(StandardCharsets.UTF_8), true));
    CalendarException error = assertThrows(CalendarException.class,
        () -> feed(Duration.ofSeconds(5), 5_000_000).meetings(url, MARCH, MAY));
    assertEquals("HTTP 404", error.reason());
  }

  @Test
  void aBodyOverTheLimitIsTooLargeWithOrWithoutAContentLength() throws Exception {
    byte[] calendar = bytes("single-new-york.ics");
    URI declared = serve(exchange -> answer(exchange, 200, calendar, true));
    URI chunked = serve(exchange -> answer(exchange, 200, calendar, false));
    CalendarFeed oneByteShort = feed(Duration.ofSeconds(5), calendar.length - 1);
    for (URI url : List.of(declared, chunked)) {
      CalendarException error = assertThrows(CalendarException.class, () -> oneByteShort.meetings(url, MARCH, MAY));
      assertEquals("calendar too large", error.reason(), url.toString());
    }
    CalendarFeed exactly = feed(Duration.ofSeconds(5), calendar.length);
    assertEquals(1, exactly.meetings(declared, MARCH, MAY).size());
    assertEquals(1, exactly.meetings(chunked, MARCH, MAY).size());
  }

  @Test
  void aServerSlowerThanTheTimeoutTimesOut() throws Exception {
    URI url = serve(exchange -> {
      try {
        slowServerMayAnswer.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answer(exchange, 200, bytes("single-new-york.ics"), true);
    });
    CalendarException error = assertThrows(CalendarException.class,
        () -> feed(Duration.ofSeconds(1), 5_000_000).meetings(url, MARCH, MAY));
    assertEquals("timed out", error.reason());
  }

  @Test
  void webcalLinksAreFetchedOverHttps() throws Exception {
    assertEquals(URI.create("https://calendar.example.com/ical/basic.ics?key=a%20b"),
        CalendarFeed.httpUrl(URI.create("webcal://calendar.example.com/ical/basic.ics?key=a%20b")));
    assertEquals(URI.create("https://p52-caldav.icloud.com/published/2/abc"),
        CalendarFeed.httpUrl(URI.create("WEBCAL://p52-caldav.icloud.com/published/2/abc")));
    URI plain = URI.create("http://127.0.0.1:8080/c.ics");
    assertEquals(plain, CalendarFeed.httpUrl(plain));
    CalendarException error = assertThrows(CalendarException.class,
        () -> CalendarFeed.httpUrl(URI.create("file:///etc/passwd")));
    assertEquals("not an http, https or webcal URL", error.reason());
    assertEquals("no host in the calendar URL",
        assertThrows(CalendarException.class, () -> CalendarFeed.httpUrl(URI.create("webcal:calendar.ics"))).reason());
  }

  private CalendarFeed feed(Duration timeout, long maxBytes) {
    return new CalendarFeed(HttpClient::newHttpClient, timeout, maxBytes);
  }

  private URI serve(HttpHandler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", handler);
    server.setExecutor(handlers);
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/calendar.ics");
  }

  /** Answers with a Content-Length when {@code declared}, else chunked. */
  private static void answer(HttpExchange exchange, int status, byte[] body, boolean declared) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/calendar; charset=utf-8");
    exchange.sendResponseHeaders(status, declared ? body.length : 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static List<Meeting> parse(String fixture, Instant from, Instant to) throws CalendarException {
    return CalendarFeed.parse(fixture(fixture), from, to);
  }

  private static List<String> keys(List<Meeting> meetings) {
    return meetings.stream().map(Meeting::key).toList();
  }

  private static List<String> summaries(List<Meeting> meetings) {
    return meetings.stream().map(m -> m.key() + " " + m.start() + "-" + m.end() + " " + m.title()).toList();
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static String fixture(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = CalendarFeedTest.class.getResourceAsStream("/calendars/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
