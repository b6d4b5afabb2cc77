package kith.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kith.slack.testing.SlackSigner;

/**
 * The JDK's own HTTP server on loopback, in Kith's place for the benchmark's clients: it notes each request it is
 * sent, then answers it as told.
 */
final class RecordingServer implements AutoCloseable {
  /** How to answer a request, once it is noted. */
  interface Answer {
    void answer(HttpExchange exchange) throws IOException;
  }

  /** What the server saw of a request: the client's port, whether it was signed with the secret, its body. */
  record Seen(int clientPort, boolean signedRight, String body) {
    /** A field of the form-encoded body, decoded; "" when the body has none. */
    String field(String name) {
      for (String pair : body.split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        if (nameAndValue[0].equals(name)) {
          return URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8);
        }
      }
      return "";
    }
  }

  private final HttpServer server;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  /** Serves Slack's events path, checking each request's signature against {@code secret}. */
  RecordingServer(String secret, Answer answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/slack/events", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String timestamp = exchange.getRequestHeaders().getFirst(SlashCommands.TIMESTAMP_HEADER);
      String signature = exchange.getRequestHeaders().getFirst(SlashCommands.SIGNATURE_HEADER);
      boolean signedRight = timestamp != null
          && new SlackSigner(secret).signature(body, Long.parseLong(timestamp)).equals(signature);
      seen.add(new Seen(exchange.getRemoteAddress().getPort(), signedRight, body));
      answer.answer(exchange);
    });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events");
  }

  /** Every request noted so far, in the order they came. */
  List<Seen> seen() {
    return seen;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
