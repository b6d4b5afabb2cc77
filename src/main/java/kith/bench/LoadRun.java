package kith.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kith.bench.SlashCommands.Signer;

/**
 * A closed-loop load: {@code clients} threads each send one signed slash command over a connection of their own
 * ({@link LoopbackConnection}), wait for the answer, and send the next, for a warm-up and then the measured time.
 * Only requests sent during the measured time count towards throughput and latency; a wrong answer (not 200, or a
 * body the {@link Check} rejects, or no answer) counts as an error whenever it happens.
 */
final class LoadRun {
  /** How long one request may take, here and wherever else the benchmark asks the server something. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

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
  }

  private final URI url;
  private final SlashCommands commands;
  private final int clients;
  private final Duration warmUp;
  private final Duration measured;

  LoadRun(URI url, SlashCommands commands, int clients, Duration warmUp, Duration measured) {
    this.url = url;
    this.commands = commands;
    this.clients = clients;
    this.warmUp = warmUp;
    this.measured = measured;
  }

  Result run(List<Request> requests) throws InterruptedException {
    long measureFrom = System.nanoTime() + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    List<Client> running = new ArrayList<>(clients);
    List<Thread> threads = new ArrayList<>(clients);
    for (int i = 0; i < clients; i++) {
      Client client = new Client(requests, (int) ((long) i * requests.size() / clients), measureFrom, end);
      Thread thread = new Thread(client, "bench-client-" + (i + 1));
      running.add(client);
      threads.add(thread);
      thread.start();
    }
    CpuTime.Spent cpu = CpuTime.during(measureFrom, end);
    for (Thread thread : threads) {
      thread.join();
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
    return new Result(sorted.nanos().length, measured.toNanos() / 1e9, errors, sorted, outcomes, firstError, cpu);
  }

  /** One client: its own signer, latencies and counts, read by the run once the thread has ended. */
  private final class Client implements Runnable {
    private final List<Request> requests;
    private final long measureFrom;
    private final long end;
    private final Latencies latencies;
    /** The same latencies by kind of answer, as the tail of one kind can hide in the whole. */
    private final Map<String, Latencies> outcomes = new TreeMap<>();
    private int next;
    private long errors;
    private String firstError;

    Client(List<Request> requests, int first, long measureFrom, long end) {
      this.requests = requests;
      this.next = first;
      this.measureFrom = measureFrom;
      this.end = end;
      // Room for the fastest ceiling seen here (~25,000 requests a second) shared by the clients; it grows past it.
      this.latencies = new Latencies((int) Math.min(1 << 20, measured.toSeconds() * 32_000 / clients + 1_024));
    }

    @Override
    public void run() {
      Signer signer = commands.signer();
      try (LoopbackConnection connection = new LoopbackConnection(url, REQUEST_TIMEOUT)) {
        for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
          send(connection, signer, requests.get(next++ % requests.size()), sent);
        }
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
