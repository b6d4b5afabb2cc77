package kith.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import kith.Wiring;
import kith.slack.Background;
import kith.slack.Deadline;
import kith.slack.SlackApi;
import kith.slack.SlackApps;
import kith.web.HttpServer;
import kith.web.KithServer;

/**
 * The real HTTP server (Jetty, Bolt's signature check, Kith's middleware and handlers) on an imported store, with a
 * {@code /noop} command registered only here that just acknowledges: the ceiling Jetty, signature checking and Bolt
 * allow. Work after an acknowledgement runs on the request's thread, as in the tests, so a reply is never late.
 * As {@code kith serve} does a few seconds after its start, the server reads every card into memory once it has
 * answered ({@link kith.contact.KeptCards}) and renders each /who card. The loads start once this JVM is idle, so
 * that the /who load does not pay for that reading and rendering, and take turns ({@link LoadRun}), so that neither
 * pays alone for compiling the code they share.
 */
final class ServerLoad {
  static final String WHO = "/who";
  static final String NOOP = "/noop";
  /** How the progress line that the loads begin with begins: a run stopped then is stopped during its loads. */
  static final String LOADS_BEGIN = "kith bench: /who and /noop from ";

  /**
   * What the two loads measured, how long the server took from construction to its first card, and the heap in use
   * once it had read every card into memory and rendered them, with how many it keeps of each.
   */
  record Figures(double serverStartS, double heapServingMb, int keptCards, int renderedCards, LoadRun.Result who,
      LoadRun.Result noop) {}

  private ServerLoad() {}

  /**
   * Loads the server with {@code whoRequests}, made once the heap is weighed (the run's 20,000 request texts are not
   * Kith's memory), after a first {@code /who} for {@code firstName}.
   */
  static Figures run(Wiring wiring, SlashCommands commands, String firstName,
      Supplier<List<LoadRun.Request>> whoRequests, BenchRun.Options options, PrintWriter progress) throws Exception {
    long starting = System.nanoTime();
    KithServer server = new KithServer(wiring, SlackApps.client(wiring.settings().slack()),
        new Background(Runnable::run), SlackApi.Pause.SLEEP, Deadline.ACK_BUDGET);
    server.app().command(NOOP, (req, ctx) -> ctx.ack());
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bench-timer"));
    try {
      server.start();
      URI url = URI.create("http://127.0.0.1:" + server.port() + HttpServer.EVENTS_PATH);
      firstAnswer(url, commands, commands.body(WHO, firstName));
      double serverStartS = (System.nanoTime() - starting) / 1e9;
      wiring.keepCardsInMemory(timer, Duration.ofSeconds(5));
      timer.submit(() -> { }).get(); // the timer runs in order: the cards are read
      double heapServingMb = BenchRun.heapInUseMb();
      int keptCards = wiring.keptCards().size();
      int renderedCards = wiring.whoAnswers().renderedCards();
      progress.printf(LOADS_BEGIN + "%d clients, %d s of each in turns of a second (after %d s warm-up of each)%n",
          options.clients(), options.seconds(), options.warmUpSeconds());
      LoadRun.Load who = new LoadRun.Load(whoRequests.get(), options.clients());
      LoadRun.Load noop = new LoadRun.Load(
          List.of(new LoadRun.Request(NOOP, commands.body(NOOP, ""), ServerLoad::noopOutcome)), options.clients());
      Quiet.await();
      LoadRun.InTurn measured = new LoadRun(url, commands, options.clients())
          .inTurn(who, noop, Duration.ofSeconds(options.warmUpSeconds()), Duration.ofSeconds(options.seconds()));
      return new Figures(serverStartS, heapServingMb, keptCards, renderedCards, measured.first(), measured.second());
    } finally {
      timer.shutdownNow();
      server.close();
    }
  }

  /** A /who answer: private, with blocks; a card, a picker of namesakes, or "no one matches" with suggestions. */
  static String whoOutcome(String body) {
    if (body == null || !body.contains("\"response_type\":\"ephemeral\"") || !body.contains("\"blocks\":[")) {
      return null;
    }
    if (body.contains("\"text\":\"Several people match")) {
      return "picker";
    }
    return body.contains("\"text\":\"No one matches") ? "not_found" : "card";
  }

  /** The requests that ask {@code /who} each of {@code queries}, each checked for the answers it may get. */
  static List<LoadRun.Request> whoRequests(SlashCommands commands, List<WhoQueries.Query> queries) {
    return queries.stream().map(query -> new LoadRun.Request(WHO + " " + query.text(),
        commands.body(WHO, query.text()), query.findsSomeone() ? ServerLoad::whoFindingSomeone
            : ServerLoad::whoOutcome)).toList();
  }

  /** A /who answer that found someone: a card or a picker, never "no one matches". */
  static String whoFindingSomeone(String body) {
    String outcome = whoOutcome(body);
    return "not_found".equals(outcome) ? null : outcome;
  }

  /** Bolt's bare acknowledgement: 200 and no body. */
  static String noopOutcome(String body) {
    return body == null || body.isEmpty() ? "ack" : null;
  }

  private static void firstAnswer(URI url, SlashCommands commands, String body) throws Exception {
    try (LoopbackConnection connection = new LoopbackConnection(url, LoadRun.REQUEST_TIMEOUT)) {
      LoopbackConnection.Response response = connection.post(commands.signer(), body);
      if (response.outcome(ServerLoad::whoOutcome) == null) {
        throw new IllegalStateException("the first /who was answered " + response.status() + ": "
            + response.body());
      }
    }
  }
}
