package kith.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A calendar feed on this machine: serves whatever .ics text the test last set (or an HTTP error), at any path, and
 * counts the reads. The test swaps the content between syncs to move, cancel or remove meetings.
 */
final class CalendarServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger reads = new AtomicInteger();
  private volatile String ics = "";
  private volatile int status = 200;

  CalendarServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The address of the feed at {@code path}, e.g. {@code /private-s3cr3t/basic.ics}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves {@code text} from now on, with the CRLF line ends RFC 5545 asks for. */
  void serve(String text) {
    ics = text.replace("\r\n", "\n").replace("\n", "\r\n");
    status = 200;
  }

  /** Serves a fixture of {@code src/test/resources/calendars-it/}. */
  void serveFixture(String name) {
    serve(fixture(name));
  }

  /** Answers every read with {@code httpStatus} and no calendar. */
  void fail(int httpStatus) {
    status = httpStatus;
  }

  int reads() {
    return reads.get();
  }

  static String fixture(String name) {
    try (InputStream in = CalendarServer.class.getResourceAsStream("/calendars-it/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture calendars-it/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    reads.incrementAndGet();
    try (exchange) {
      int answer = status;
      byte[] body = (answer == 200 ? ics : "no such calendar").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer == 200 ? "text/calendar; charset=utf-8" : "text/plain");
      exchange.sendResponseHeaders(answer, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
