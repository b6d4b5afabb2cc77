package kith.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Slack Web API as the benchmark needs it, on loopback: {@code auth.test} answers for the benchmark's bot, every
 * other method (and every post to a response_url) answers {@code {"ok":true}}. It counts the calls, so the report can
 * show that a lookup by name never waits on Slack.
 */
final class WebApiStandIn implements AutoCloseable {
  static final String TEAM_ID = "T0BENCH";
  static final String BOT_USER_ID = "U0KITHBOT";
  private static final String AUTH_TEST = """
      {"ok":true,"url":"https://bench.example.slack.com/","team":"Kith Bench","user":"kith","team_id":"%s",\
      "user_id":"%s","bot_id":"B0KITH","is_enterprise_install":false}""".formatted(TEAM_ID, BOT_USER_ID);
  private static final byte[] OK = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

  WebApiStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "bench-web-api");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/api/", exchange -> answer(exchange, exchange.getRequestURI().getPath().substring(5)));
    server.createContext("/response/", exchange -> answer(exchange, "response_url"));
    server.start();
  }

  /** Kith's {@code SLACK_API_URL}. */
  String url() {
    return base() + "/api/";
  }

  /** A response_url to put into slash commands. */
  String responseUrl() {
    return base() + "/response/bench";
  }

  /** Calls so far, by method. */
  Map<String, Long> calls() {
    Map<String, Long> counts = new TreeMap<>();
    calls.forEach((method, count) -> counts.put(method, count.sum()));
    return counts;
  }

  private String base() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange, String method) throws IOException {
    try (exchange; InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream());
      calls.computeIfAbsent(method, key -> new LongAdder()).increment();
      byte[] answer = method.equals("auth.test") ? AUTH_TEST.getBytes(StandardCharsets.UTF_8) : OK;
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
