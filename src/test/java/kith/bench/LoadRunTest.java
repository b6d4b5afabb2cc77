package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two loads taking turns, against the JDK's own HTTP server, which notes each command it is sent, in order. */
class LoadRunTest {
  private static final int WHO_QUERIES = 500;

  private final List<String> received = new CopyOnWriteArrayList<>();
  private final SlashCommands commands = new SlashCommands("a-secret", "http://127.0.0.1:1/response/bench");
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void theLoadsTakeTurnsOfASecondAndEachTurnGoesOnFromTheRequestWhereTheLastStopped() throws Exception {
    URI url = serve();
    List<LoadRun.Request> who = IntStream.range(0, WHO_QUERIES)
        .mapToObj(i -> new LoadRun.Request("/who n" + i, commands.body("/who", "n" + i), body -> "card"))
        .toList();
    List<LoadRun.Request> noop = List.of(new LoadRun.Request("/noop", commands.body("/noop", ""), body -> "ack"));

    LoadRun.InTurn measured = new LoadRun(url, commands, 1)
        .inTurn(new LoadRun.Requests(who, 1), new LoadRun.Requests(noop, 1), Duration.ZERO, Duration.ofSeconds(2));

    assertEquals(List.of("/who", "/noop", "/who", "/noop"), turns(received));
    List<String> whoTexts = received.stream().filter(each -> each.startsWith("/who ")).toList();
    assertEquals(IntStream.range(0, whoTexts.size()).mapToObj(i -> "/who n" + i % WHO_QUERIES).toList(), whoTexts,
        "one client's second turn goes on from its first, past the end of the list to its start");
    assertEquals(2.0, measured.first().seconds());
    assertEquals(2.0, measured.second().seconds());
    assertEquals(whoTexts.size(), measured.first().requests());
    assertEquals(whoTexts.size(), measured.first().latencies().nanos().length);
    assertEquals(Map.of("card", whoTexts.size()), sizes(measured.first()));
    assertEquals(received.size() - whoTexts.size(), measured.second().requests());
    assertEquals(0, measured.first().errors() + measured.second().errors());
  }

  @Test
  void aWrongAnswerDuringTheWarmUpIsAnErrorOfItsLoad() throws Exception {
    URI url = serve();
    List<LoadRun.Request> wrong = List.of(new LoadRun.Request("/who x", commands.body("/who", "x"), body -> null));
    List<LoadRun.Request> noop = List.of(new LoadRun.Request("/noop", commands.body("/noop", ""), body -> "ack"));

    LoadRun.InTurn measured = new LoadRun(url, commands, 1).inTurn(new LoadRun.Requests(wrong, 1),
        new LoadRun.Requests(noop, 1), Duration.ofSeconds(1), Duration.ZERO);

    assertEquals(0, measured.first().requests());
    assertEquals(received.stream().filter(each -> each.startsWith("/who")).count(), measured.first().errors());
    assertEquals("/who x: HTTP 200: ok", measured.first().firstError());
    assertEquals(0, measured.second().errors());
  }

  /** The commands in the order received, each run of one command as one entry. */
  private static List<String> turns(List<String> received) {
    List<String> turns = new ArrayList<>();
    for (String each : received) {
      String command = each.split(" ")[0];
      if (turns.isEmpty() || !turns.get(turns.size() - 1).equals(command)) {
        turns.add(command);
      }
    }
    return turns;
  }

  private static Map<String, Integer> sizes(LoadRun.Result result) {
    Map<String, Integer> sizes = new HashMap<>();
    result.outcomes().forEach((outcome, latencies) -> sizes.put(outcome, latencies.nanos().length));
    return sizes;
  }

  /** Answers every request "ok", noting its command and text. */
  private URI serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Map<String, String> form = new HashMap<>();
      for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        form.put(nameAndValue[0], URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "",
            StandardCharsets.UTF_8));
      }
      received.add((form.get("command") + " " + form.get("text")).strip());
      byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ok);
      }
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events");
  }
}
