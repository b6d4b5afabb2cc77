package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two loads taking turns, against the JDK's own HTTP server, which notes each command it is sent, in order. */
class LoadRunTest {
  /** Fewer than a client sends in a turn here (~20), so that a turn goes past the end of the list to its start. */
  private static final int WHO_QUERIES = 7;

  private static final String SECRET = "a-secret";

  private final SlashCommands commands = new SlashCommands(SECRET, "http://127.0.0.1:1/response/bench");
  private RecordingServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theLoadsTakeTurnsOfASecondEachGoingOnFromTheRequestWhereTheLastStoppedOnTheSameConnection()
      throws Exception {
    URI url = serve();
    List<LoadRun.Request> who = IntStream.range(0, WHO_QUERIES)
        .mapToObj(i -> new LoadRun.Request("/who n" + i, commands.body("/who", "n" + i), body -> "card"))
        .toList();
    List<LoadRun.Request> noop = List.of(new LoadRun.Request("/noop", commands.body("/noop", ""), body -> "ack"));

    LoadRun.InTurn measured = new LoadRun(url, commands, 1)
        .inTurn(new LoadRun.Load(who, 1), new LoadRun.Load(noop, 1), Duration.ZERO, Duration.ofSeconds(2));

    assertEquals(List.of("/who", "/noop", "/who", "/noop"), turns(server.seen()));
    List<String> whoTexts = commands("/who ");
    assertTrue(whoTexts.size() > WHO_QUERIES, "the list was not gone through: " + whoTexts);
    assertEquals(IntStream.range(0, whoTexts.size()).mapToObj(i -> "/who n" + i % WHO_QUERIES).toList(), whoTexts,
        "one client's second turn goes on from its first, past the end of the list to its start");
    assertEquals(1, ports("/who").size(), "one keep-alive connection for all of a client's turns");
    assertEquals(1, ports("/noop").size(), "one keep-alive connection for all of a client's turns");
    assertNotEquals(ports("/who"), ports("/noop"));
    assertEquals(2.0, measured.first().seconds());
    assertEquals(2.0, measured.second().seconds());
    assertEquals(whoTexts.size(), measured.first().requests());
    assertEquals(whoTexts.size(), measured.first().latencies().nanos().length);
    assertEquals(Map.of("card", whoTexts.size()), sizes(measured.first()));
    assertEquals(commands("/noop").size(), measured.second().requests());
    assertEquals(0, measured.first().errors() + measured.second().errors());
  }

  @Test
  void aWrongAnswerDuringTheWarmUpIsAnErrorOfItsLoad() throws Exception {
    URI url = serve();
    List<LoadRun.Request> wrong = List.of(new LoadRun.Request("/who x", commands.body("/who", "x"), body -> null));
    List<LoadRun.Request> noop = List.of(new LoadRun.Request("/noop", commands.body("/noop", ""), body -> "ack"));

    LoadRun.InTurn measured = new LoadRun(url, commands, 1).inTurn(new LoadRun.Load(wrong, 1),
        new LoadRun.Load(noop, 1), Duration.ofSeconds(1), Duration.ZERO);

    assertEquals(0, measured.first().requests());
    assertEquals(commands("/who").size(), measured.first().errors());
    assertEquals("/who x: HTTP 200: ok", measured.first().firstError());
    assertEquals(0, measured.second().errors());
    assertEquals(CpuTime.Spent.NONE, measured.first().cpu(), "a warm-up's CPU is not counted");
    assertEquals(CpuTime.Spent.NONE, measured.second().cpu(), "a warm-up's CPU is not counted");
  }

  @Test
  void theWarmUpTakesTurnsToo() throws Exception {
    URI url = serve();
    List<LoadRun.Request> who = List.of(new LoadRun.Request("/who x", commands.body("/who", "x"), body -> "card"));
    List<LoadRun.Request> noop = List.of(new LoadRun.Request("/noop", commands.body("/noop", ""), body -> "ack"));

    LoadRun.InTurn measured = new LoadRun(url, commands, 1)
        .inTurn(new LoadRun.Load(who, 1), new LoadRun.Load(noop, 1), Duration.ofSeconds(2), Duration.ofSeconds(1));

    assertEquals(List.of("/who", "/noop", "/who", "/noop", "/who", "/noop"), turns(server.seen()),
        "no connection waits through more than a second of the other load");
    assertEquals(1.0, measured.first().seconds());
    assertEquals(1, ports("/who").size());
  }

  @Test
  void aStoppedLoadEndsItsClientsBeforeItClosesTheirConnections() throws Exception {
    Thread[] loading = new Thread[1];
    URI url = serve(() -> loading[0].interrupt());
    List<LoadRun.Request> who = List.of(new LoadRun.Request("/who x", commands.body("/who", "x"), body -> "card"));
    Exception[] thrown = new Exception[1];
    List<List<String>> clientsAfter = new CopyOnWriteArrayList<>();
    loading[0] = new Thread(() -> {
      try {
        new LoadRun(url, commands, 2).inTurn(new LoadRun.Load(who, 2), new LoadRun.Load(who, 2), Duration.ZERO,
            Duration.ofSeconds(2));
      } catch (Exception e) {
        thrown[0] = e;
      }
      clientsAfter.add(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
          .filter(name -> name.startsWith("bench-client-")).toList());
    });

    loading[0].start();
    loading[0].join();

    assertTrue(thrown[0] instanceof InterruptedException, String.valueOf(thrown[0]));
    assertEquals(List.of(List.of()), clientsAfter, "a client still sending would open a connection nothing closes");
  }

  /** What was received that starts with {@code prefix}, in order: each command and its text. */
  private List<String> commands(String prefix) {
    return server.seen().stream().map(LoadRunTest::commandAndText).filter(each -> each.startsWith(prefix)).toList();
  }

  /** The ports of the connections {@code command} came on. */
  private Set<Integer> ports(String command) {
    return server.seen().stream().filter(each -> each.field("command").equals(command))
        .map(RecordingServer.Seen::clientPort).collect(Collectors.toSet());
  }

  private static String commandAndText(RecordingServer.Seen seen) {
    return (seen.field("command") + " " + seen.field("text")).strip();
  }

  /** The commands in the order received, each run of one command as one entry. */
  private static List<String> turns(List<RecordingServer.Seen> received) {
    List<String> turns = new ArrayList<>();
    for (RecordingServer.Seen each : received) {
      String command = each.field("command");
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

  /** Answers every request "ok". */
  private URI serve() throws IOException {
    return serve(() -> { });
  }

  /** The same, running {@code onFirst} as the first request comes in. */
  private URI serve(Runnable onFirst) throws IOException {
    server = new RecordingServer(SECRET, exchange -> {
      if (server.seen().size() == 1) {
        onFirst.run();
      }
      byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ok);
      }
    });
    return server.url();
  }
}
