package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load clients' HTTP/1.1 connection, against the JDK's own HTTP server and a server that hangs up. */
class LoopbackConnectionTest {
  private static final String SECRET = "a-secret";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final SlashCommands commands = new SlashCommands(SECRET, "http://127.0.0.1:1/response/bench");
  private RecordingServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void sendsSignedRequestsOverOneConnectionAndReadsSizedAndChunkedAnswers() throws IOException {
    URI url = serve(exchange -> {
      String reply = "réponse " + seen().size();
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      boolean chunked = seen().size() % 2 == 0;
      exchange.sendResponseHeaders(200, chunked ? 0 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });

    try (LoopbackConnection connection = new LoopbackConnection(url, TIMEOUT)) {
      for (int i = 1; i <= 4; i++) {
        String body = commands.body("/who", "Ann " + i);
        LoopbackConnection.Response response = connection.post(commands.signer(), body);

        assertEquals(new LoopbackConnection.Response(200, "réponse " + i), response);
        assertEquals(new RecordingServer.Seen(seen().get(0).clientPort(), true, body), seen().get(i - 1));
      }
    }
  }

  @Test
  void opensAnotherConnectionWhenTheServerSaysClose() throws IOException {
    URI url = serve(exchange -> {
      exchange.getResponseHeaders().add("Connection", "close");
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });

    try (LoopbackConnection connection = new LoopbackConnection(url, TIMEOUT)) {
      assertEquals(new LoopbackConnection.Response(404, ""), connection.post(commands.signer(), "a=1"));
      assertEquals(new LoopbackConnection.Response(404, ""), connection.post(commands.signer(), "a=2"));
    }

    assertNotEquals(seen().get(0).clientPort(), seen().get(1).clientPort());
  }

  @Test
  void aServerThatHangsUpWithoutAnAnswerIsAnErrorAndTheNextRequestConnectsAgain() throws Exception {
    try (ServerSocket hangsUpOnce = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread accepting = new Thread(() -> answerSecondConnectionOnly(hangsUpOnce));
      accepting.start();
      URI url = URI.create("http://127.0.0.1:" + hangsUpOnce.getLocalPort() + "/slack/events");

      try (LoopbackConnection connection = new LoopbackConnection(url, TIMEOUT)) {
        assertThrows(IOException.class, () -> connection.post(commands.signer(), "a=1"));
        assertEquals(new LoopbackConnection.Response(200, "ok"), connection.post(commands.signer(), "a=2"));
      }
      accepting.join(TIMEOUT.toMillis());
    }
  }

  @Test
  void aBrokenAnswerIsAnErrorOfTheRequestNotOfTheClient() throws Exception {
    List<String> answers = List.of(
        "HTTP/1.1 200 OK\r\nDate: today\r\n", // hangs up in the middle of the headers
        "HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\nhello",
        "HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> answerEachConnectionOnce(listening, answers));
      answering.start();
      URI url = URI.create("http://127.0.0.1:" + listening.getLocalPort() + "/slack/events");

      try (LoopbackConnection connection = new LoopbackConnection(url, TIMEOUT)) {
        for (int i = 0; i < answers.size(); i++) {
          assertThrows(IOException.class, () -> connection.post(commands.signer(), "a=1"), answers.get(i));
        }
      }
      answering.join(TIMEOUT.toMillis());
    }
  }

  @Test
  void aNoContentAnswerHasNoBodyAndKeepsTheConnection() throws IOException {
    URI url = serve(exchange -> {
      exchange.sendResponseHeaders(seen().size() == 1 ? 204 : 200, -1);
      exchange.close();
    });

    try (LoopbackConnection connection = new LoopbackConnection(url, TIMEOUT)) {
      assertEquals(new LoopbackConnection.Response(204, ""), connection.post(commands.signer(), "a=1"));
      assertEquals(new LoopbackConnection.Response(200, ""), connection.post(commands.signer(), "a=2"));
    }

    assertEquals(seen().get(0).clientPort(), seen().get(1).clientPort());
  }

  /** Answers one request on each connection with the next of {@code answers}, as written, then hangs up. */
  private static void answerEachConnectionOnce(ServerSocket listening, List<String> answers) {
    try {
      for (String answer : answers) {
        try (Socket connection = listening.accept()) {
          readRequestHead(connection.getInputStream());
          connection.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void answerSecondConnectionOnly(ServerSocket listening) {
    try {
      try (Socket first = listening.accept()) {
        readRequestHead(first.getInputStream());
      }
      try (Socket second = listening.accept()) {
        readRequestHead(second.getInputStream());
        second.getOutputStream().write(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads up to the blank line that ends a request's head; the body is not needed. */
  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int c = in.read(); c != -1 && matched < end.length; c = in.read()) {
      matched = c == end[matched] ? matched + 1 : c == '\r' ? 1 : 0;
    }
  }

  private URI serve(RecordingServer.Answer answer) throws IOException {
    server = new RecordingServer(SECRET, answer);
    return server.url();
  }

  private List<RecordingServer.Seen> seen() {
    return server.seen();
  }
}
