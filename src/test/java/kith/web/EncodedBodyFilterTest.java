package kith.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a servlet writes through the filter reaches the client exactly as Jetty's own writer sends it: the same
 * bytes and the same Content-Type, in every encoding a response may declare or leave to Jetty.
 */
class EncodedBodyFilterTest {
  private static final String TEXT = "Kith — café, 東京, ✓ & <@U1> 😀";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static Server plain;
  private static Server filtered;

  @BeforeAll
  static void start() throws Exception {
    plain = server(false);
    filtered = server(true);
  }

  @AfterAll
  static void stop() throws Exception {
    plain.stop();
    filtered.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json-utf8", "json", "text", "text-latin1", "split-pair", "by-character", "char-array",
      "lone-half", "empty", "reset", "stream-after-writer"})
  void sendsWhatJettysWriterSends(String path) throws Exception {
    HttpResponse<byte[]> expected = get(plain, path);
    HttpResponse<byte[]> actual = get(filtered, path);

    assertEquals(expected.statusCode(), actual.statusCode());
    assertEquals(expected.headers().firstValue("Content-Type"), actual.headers().firstValue("Content-Type"));
    assertArrayEquals(expected.body(), actual.body(), () -> new String(actual.body()));
  }

  /**
   * The filter's own writer is the one UTF-8 responses get: a lone half of a character pair inside the text comes
   * out as {@code ?}, where Jetty's writer sends the half's raw bytes.
   */
  @Test
  void utf8ResponsesAreWrittenByTheFiltersWriter() throws Exception {
    assertArrayEquals("a?b".getBytes(StandardCharsets.UTF_8), get(filtered, "inner-half").body());
    assertNotEquals("a?b", new String(get(plain, "inner-half").body(), StandardCharsets.UTF_8));
  }

  private static HttpResponse<byte[]> get(Server server, String path) throws Exception {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Server server(boolean withFilter) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    if (withFilter) {
      context.addFilter(new FilterHolder(new EncodedBodyFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
    context.addServlet(new ServletHolder(new Writing()), "/*");
    server.setHandler(context);
    server.start();
    return server;
  }

  /** Writes {@link #TEXT} the way the path names. */
  private static final class Writing extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String how = req.getPathInfo() == null ? req.getServletPath().substring(1) : req.getPathInfo().substring(1);
      switch (how) {
        case "json-utf8" -> resp.setHeader("Content-Type", "application/json; charset=utf-8");
        case "json" -> resp.setContentType("application/json");
        case "text-latin1" -> resp.setContentType("text/plain; charset=ISO-8859-1");
        case "text" -> {
          // A charset set, then a content type without one.
          resp.setContentType("text/plain; charset=utf-8");
          resp.setContentType("text/plain");
        }
        default -> resp.setContentType("text/plain; charset=utf-8");
      }
      PrintWriter writer = resp.getWriter();
      int pair = TEXT.length() - 2;
      switch (how) {
        case "split-pair" -> {
          writer.write(TEXT.substring(0, pair + 1));
          writer.write(TEXT.substring(pair + 1));
        }
        case "by-character" -> TEXT.chars().forEach(writer::write);
        case "char-array" -> writer.write(TEXT.toCharArray(), 3, 12);
        case "lone-half" -> {
          writer.write(TEXT.substring(0, pair + 1));
          writer.close();
        }
        case "empty" -> writer.write("");
        case "reset" -> {
          writer.write(TEXT);
          resp.reset();
          resp.setContentType("text/plain; charset=ISO-8859-1");
          resp.getWriter().write("café");
        }
        case "stream-after-writer" -> {
          try {
            resp.getOutputStream();
            writer.write("stream given");
          } catch (IllegalStateException refused) {
            writer.write("stream refused");
          }
        }
        case "inner-half" -> writer.write("a" + TEXT.charAt(pair) + "b");
        default -> writer.write(TEXT);
      }
    }
  }
}
