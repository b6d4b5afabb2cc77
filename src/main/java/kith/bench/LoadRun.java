package kith.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kith.bench.SlashCommands.Signer;

/**
 * Two closed-loop loads measured in turn: {@code clients} threads each send one signed slash command over a connection
 * of their own ({@link LoopbackConnection}), wait for the answer, and send the next; a second of one load, a second
 * of the other, and so on, first until each has had its warm-up, then until each has had its measured time. Only
 * requests sent during a measured second count towards throughput and latency; a wrong answer (not 200, or a body
 * the {@link Check} rejects, or no answer) counts as an error whenever it happens.
 *
 * <p>In turn, not one load after the other: both run the same Jetty, signature and Bolt code, and the load measured
 * first paid for the JIT compiling it, which the second then ran compiled. A {@code /who} that did nothing but
 * acknowledge, measured against {@code /noop} so, scored 0.46–0.50 of it at the default warm-up; in turn two loads
 * of the same {@code /who} score 0.92–0.99 of each other (docs/benchmark.md, "Thirteenth session"). Taking
 * turns also shares out the machine's own drift, a third between two 10-second loads on some hours.
 */
final class LoadRun {
  /** How long one request may take, here and wherever else the benchmark asks the server something. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** One turn of a load: ~5,000–25,000 requests here, short enough that the JIT's work and drift fall on both. */
  static final Duration TURN = Duration.ofSeconds(1);

  /** Names what an answer was (a card, a picker, an ack…), or returns null when it is not a right answer. */
  interface Check {
    String outcome(String body);
  }

  /** One request the clients send: what it asks (for error messages), its signed body's text, and its check. */
  record Request(String asks, String body, Check check) {}

  /** What a run measured. */
  record Result(long requests, double seconds, long errors, Latencies.Sorted latencies,
      Map<String, Latencies.Sorted> outcomes, String firstError, CpuTime.Spent cpu) {
    double requestsPerSecond() {
      return requests / seconds;
    }

    /** Milliseconds of CPU the server's request threads spent per measured request. */
    double serverCpuMsPerRequest() {
      return requests == 0 ? 0 : cpu.serverNanos() / 1e6 / requests;
    }

    /** Kilobytes the server's request threads allocated per measured request; negative where unknown. */
    double serverAllocatedKbPerRequest() {
      return requests == 0 || cpu.serverAllocatedBytes() < 0 ? -1 : cpu.serverAllocatedBytes() / 1024.0 / requests;
    }

    /** Seconds of CPU the JIT compilers' threads used during the measured time; negative where unknown. */
    double compilersCpuS() {
      return CpuSplit.seconds(cpu.compilerNanos());
    }

    /** Seconds of CPU the garbage collectors' threads used during the measured time; negative where unknown. */
    double collectorsCpuS() {
      return CpuSplit.seconds(cpu.collectorNanos());
    }

    /** Milliseconds of CPU the whole process (server, clients, JIT, GC) spent per measured request. */
    double processCpuMsPerRequest() {
      return requests == 0 ? 0 : cpu.processNanos() / 1e6 / requests;
    }

    /** The turns of one load as one result: the requests, errors, latencies and CPU of all of them. */
    static Result combined(List<Result> turns) {
      long requests = 0;
      double seconds = 0;
      long errors = 0;
      String firstError = null;
      CpuTime.Spent cpu = CpuTime.Spent.NONE;
      List<Latencies.Sorted> latencies = new ArrayList<>(turns.size());
      Map<String, List<Latencies.Sorted>> byOutcome = new TreeMap<>();
      for (Result turn : turns) {
        requests += turn.requests;
        seconds += turn.seconds;
        errors += turn.errors;
        firstError = firstError != null ? firstError : turn.firstError;
        cpu = cpu.plus(turn.cpu);
        latencies.add(turn.latencies);
        turn.outcomes.forEach((outcome, part) -> byOutcome.computeIfAbsent(outcome, kind -> new ArrayList<>())
            .add(part));
      }
      Map<String, Latencies.Sorted> outcomes = new TreeMap<>();
      byOutcome.forEach((outcome, parts) -> outcomes.put(outcome, Latencies.Sorted.merge(parts)));
      return new Result(requests, seconds, errors, Latencies.Sorted.merge(latencies), outcomes, firstError, cpu);
    }
  }

  /**
   * One load: its requests, and each client's place in them and connection, kept from one turn to the next: a
   * client's next turn goes on with the request after its last, on the keep-alive connection its first turn opened.
   */
  static final class Load implements Closeable {
    private final List<Request> list;
    private final int[] next;
    private final LoopbackConnection[] connections;

    Load(List<Request> list, int clients) {
      this.list = List.copyOf(list);
      this.next = new int[clients];
      this.connections = new LoopbackConnection[clients];
      for (int i = 0; i < clients; i++) {
        next[i] = (int) ((long) i * list.size() / clients);
      }
    }

    @Override
    public void close() {
      for (LoopbackConnection connection : connections) {
        if (connection != null) {
          connection.close();
        }
      }
    }
  }

  /** What the two loads measured, each over all its turns. */
  record InTurn(Result first, Result second) {}

  private final URI url;
  private final SlashCommands commands;
  private final int clients;

  LoadRun(URI url, SlashCommands commands, int clients) {
    this.url = url;
    this.commands = commands;
    this.clients = clients;
  }

  /**
   * A {@link #TURN} of each load in turn for {@code warmUp}, unmeasured, then for {@code measured}, both whole
   * seconds. The warm-up takes turns too: a connection left idle through a long warm-up of the other load (Jetty
   * closes one after 30 s) would fail its next request. The loads' connections are closed at the end.
   */
  InTurn inTurn(Load first, Load second, Duration warmUp, Duration measured) throws InterruptedException {
    try (first; second) {
      List<Result> firstTurns = new ArrayList<>();
      List<Result> secondTurns = new ArrayList<>();
      for (long turn = 0; turn < warmUp.dividedBy(TURN); turn++) {
        firstTurns.add(run(first, TURN, false));
        secondTurns.add(run(second, TURN, false));
      }
      for (long turn = 0; turn < measured.dividedBy(TURN); turn++) {
        firstTurns.add(run(first, TURN, true));
        secondTurns.add(run(second, TURN, true));
      }
      return new InTurn(Result.combined(firstTurns), Result.combined(secondTurns));
    }
  }

  /**
   * One turn of a load, measured or not: its clients started, run for {@code length}, and ended. The CPU counted
   * starts before the clients do and ends as they stop sending, the same window as the requests counted; a turn not
   * measured counts its errors alone.
   */
  private Result run(Load load, Duration length, boolean measured) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("the load was stopped");
    }
    CpuTime.Counting counting = measured ? CpuTime.counting() : null;
    long from = System.nanoTime();
    long end = from + length.toNanos();
    List<Client> running = new ArrayList<>(clients);
    List<Thread> threads = new ArrayList<>(clients);
    for (int i = 0; i < clients; i++) {
      Client client = new Client(load, i, measured ? from : end, end, measured ? length : Duration.ZERO);
      Thread thread = new Thread(client, "bench-client-" + (i + 1));
      running.add(client);
      threads.add(thread);
      thread.start();
    }
    CpuTime.Spent cpu;
    try {
      cpu = measured ? counting.until(end) : CpuTime.Spent.NONE;
    } finally {
      joinAll(threads);
    }
    long errors = 0;
    String firstError = null;
    Map<String, List<Latencies>> byOutcome = new TreeMap<>();
    List<Latencies> latencies = new ArrayList<>(clients);
    for (Client client : running) {
      errors += client.errors;
      firstError = firstError != null ? firstError : client.firstError;
      client.outcomes.forEach((outcome, part) -> byOutcome.computeIfAbsent(outcome, kind -> new ArrayList<>())
          .add(part));
      latencies.add(client.latencies);
    }
    Latencies.Sorted sorted = Latencies.merge(latencies);
    Map<String, Latencies.Sorted> outcomes = new TreeMap<>();
    byOutcome.forEach((outcome, parts) -> outcomes.put(outcome, Latencies.merge(parts)));
    return new Result(sorted.nanos().length, measured ? length.toNanos() / 1e9 : 0, errors, sorted, outcomes,
        firstError, cpu);
  }

  /**
   * Waits for every client to end (at its turn's end, or its request's timeout), even when this thread is
   * interrupted, which it then is again: the load closes their connections next, and a client still sending would
   * open another that nothing closes.
   */
  private static void joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One client: its own signer, latencies and counts, read by the run once the thread has ended. */
  private final class Client implements Runnable {
    private final Load load;
    private final int index;
    private final long measureFrom;
    private final long end;
    private final Latencies latencies;
    /** The same latencies by kind of answer, as the tail of one kind can hide in the whole. */
    private final Map<String, Latencies> outcomes = new TreeMap<>();
    private int next;
    private long errors;
    private String firstError;

    Client(Load load, int index, long measureFrom, long end, Duration measured) {
      this.load = load;
      this.index = index;
      this.next = load.next[index];
      this.measureFrom = measureFrom;
      this.end = end;
      // Room for the fastest ceiling seen here (~25,000 requests a second) shared by the clients; it grows past it.
      this.latencies = new Latencies((int) Math.min(1 << 20, measured.toSeconds() * 32_000 / clients + 1_024));
    }

    @Override
    public void run() {
      Signer signer = commands.signer();
      List<Request> list = load.list;
      // Both read by the next turn's client, and the connection closed by the load, once the run has joined this
      // thread. A connection the server closed opens again on the next request.
      if (load.connections[index] == null) {
        load.connections[index] = new LoopbackConnection(url, REQUEST_TIMEOUT);
      }
      LoopbackConnection connection = load.connections[index];
      try {
        for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
          send(connection, signer, list.get(next), sent);
          next = (next + 1) % list.size();
        }
      } finally {
        load.next[index] = next;
      }
    }

    private void send(LoopbackConnection connection, Signer signer, Request request, long sent) {
      try {
        LoopbackConnection.Response response = connection.post(signer, request.body());
        long latency = System.nanoTime() - sent;
        String outcome = response.outcome(request.check());
        if (outcome == null) {
          failed(request.asks() + ": HTTP " + response.status() + ": " + clip(response.body()));
        } else if (sent >= measureFrom) {
          latencies.add(latency);
          outcomes.computeIfAbsent(outcome, kind -> new Latencies(256)).add(latency);
        }
      } catch (IOException | RuntimeException e) {
        // Whatever goes wrong with one request is an error of the run, never a client thread that quietly stops.
        failed(request.asks() + ": " + e);
      }
    }

    private void failed(String what) {
      errors++;
      if (firstError == null) {
        firstError = what;
      }
    }
  }

  private static String clip(String body) {
    return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }
}
