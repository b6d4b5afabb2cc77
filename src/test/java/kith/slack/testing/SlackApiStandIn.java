package kith.slack.testing;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kith.slack.testing.ScriptedAnswer.Delay;
import kith.slack.testing.ScriptedAnswer.Fail;
import kith.slack.testing.ScriptedAnswer.RateLimit;
import kith.slack.testing.ScriptedAnswer.ServerError;
import kith.slack.testing.WorkspaceData.Message;
import kith.slack.testing.WorkspaceData.User;

/**
 * A local Slack Web API: point the SDK's methods endpoint at {@link #url()} and it records every call and answers as
 * Slack does, from {@link WorkspaceData} a test fills in; a test can script the next answers of a method to fail,
 * throttle, break or hang. It also accepts posts to {@link #responseUrl response_url}s.
 */
public final class SlackApiStandIn implements AutoCloseable {
  /** Method name prefix of posts to a {@link #responseUrl}: {@code response_url:<id>}. */
  public static final String RESPONSE_URL = "response_url:";
  /** How long a {@link #delayNext delayed} answer waits for its release at most, so a forgotten latch ends. */
  private static final Duration LONGEST_DELAY = Duration.ofMinutes(2);
  private static final String SCOPES =
      "app_mentions:read,channels:history,chat:write,commands,groups:history,im:history,im:write,reactions:read,"
          + "usergroups:read,users:read,users:read.email";

  /** One request as the stand-in received it; {@code authorization} is the raw header, or null. */
  public record Call(String method, String authorization, JsonObject params, Instant at) {
    /** A parameter as text (JSON text for blocks and other structures), or null. */
    public String param(String name) {
      return WebApiAnswers.string(params, name);
    }

    /** The token the call was made with: from the Bearer header, or a {@code token} parameter. */
    public String token() {
      if (authorization != null && authorization.startsWith("Bearer ")) {
        return authorization.substring("Bearer ".length());
      }
      return param("token");
    }

    @Override
    public String toString() {
      return method + " " + params;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final WorkspaceData data = new WorkspaceData();
  private final WebApiAnswers answers;
  private final List<Call> calls = new ArrayList<>(); // guarded by this
  private final Map<String, Integer> awaited = new HashMap<>(); // guarded by this
  private final Map<String, Deque<ScriptedAnswer>> scripts = new HashMap<>(); // guarded by this
  private volatile String socketModeUrl;

  public SlackApiStandIn() {
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "slack-api-stand-in-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.answers = new WebApiAnswers(data, () -> socketModeUrl);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a local port for the Slack API stand-in", e);
    }
    server.setExecutor(executor);
    server.createContext("/api/", exchange -> handle(exchange, method(exchange, "/api/")));
    server.createContext("/response/", exchange -> handle(exchange, RESPONSE_URL + method(exchange, "/response/")));
    server.start();
  }

  /** The Web API base URL, ending in a slash: Kith's SLACK_API_URL, the SDK's methods endpoint prefix. */
  public String url() {
    return base() + "/api/";
  }

  /** A fresh SDK configuration whose Web API calls go to this stand-in. */
  public SlackConfig slackConfig() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(url());
    return config;
  }

  /** An SDK instance calling this stand-in, e.g. for {@code AppConfig.builder().slack(standIn.slack())}. */
  public Slack slack() {
    return Slack.getInstance(slackConfig());
  }

  /** A response_url Slack would put into a payload; posts to it are recorded as method {@code response_url:<id>}. */
  public String responseUrl(String id) {
    return base() + "/response/" + id;
  }

  /** The URL apps.connections.open hands out, normally {@link SocketModeStandIn#wsUrl()}; null to detach. */
  public void setSocketModeUrl(String url) {
    this.socketModeUrl = url;
  }

  // ---- What the workspace holds

  public void putUser(String id, String realName, String displayName, String email, String tz) {
    data.putUser(new User(id, realName, displayName, email, tz));
  }

  public void setUsergroupMembers(String groupId, List<String> members) {
    data.setUsergroupMembers(groupId, members);
  }

  /** A message for conversations.history, .replies and reactions.get; {@code threadTs} null outside threads. */
  public void putMessage(String channel, String ts, String threadTs, String user, String text) {
    data.putMessage(new Message(channel, ts, threadTs, user, text));
  }

  /** A reaction reactions.get and conversations.history report on a {@link #putMessage put} message. */
  public void addReaction(String channel, String ts, String reaction, String userId) {
    data.addReaction(channel, ts, reaction, userId);
  }

  public WorkspaceData data() {
    return data;
  }

  // ---- Scripted answers, each used once, in the order scripted

  public void failNext(String method, String error) {
    script(method, new Fail(error));
  }

  public void rateLimitNext(String method, int retryAfterSeconds) {
    script(method, new RateLimit(retryAfterSeconds));
  }

  public void serverErrorNext(String method, int status) {
    script(method, new ServerError(status));
  }

  /** Holds the next answer of {@code method} (the usual one) until {@code release} is counted down. */
  public void delayNext(String method, CountDownLatch release) {
    script(method, new Delay(release));
  }

  public synchronized void script(String method, ScriptedAnswer answer) {
    scripts.computeIfAbsent(method, key -> new ArrayDeque<>()).add(answer);
  }

  // ---- What was called

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  /**
   * The next call of {@code method} not yet returned by this method, waiting for it up to {@code timeout}: the first
   * time the first such call, the second time the second, and so on.
   *
   * @throws AssertionError naming every call seen when none arrives in time
   */
  public synchronized Call awaitCall(String method, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int index = awaited.getOrDefault(method, 0);
    try {
      while (true) {
        List<Call> matching = calls(method);
        if (matching.size() > index) {
          awaited.put(method, index + 1);
          return matching.get(index);
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new AssertionError("no call " + (index + 1) + " of " + method + " within " + timeout
              + "; calls seen: " + describe(calls));
        }
        TimeUnit.NANOSECONDS.timedWait(this, remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + method, e);
    }
  }

  /**
   * Forgets calls, scripted answers and the workspace's users, groups and messages; keeps the Socket Mode URL.
   */
  public synchronized void reset() {
    calls.clear();
    awaited.clear();
    scripts.clear();
    data.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow(); // ends answers still held by a delay
  }

  // ---- Serving

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static String method(HttpExchange exchange, String prefix) {
    return exchange.getRequestURI().getPath().substring(prefix.length());
  }

  private void handle(HttpExchange exchange, String method) throws IOException {
    try {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      JsonObject params = RequestParams.parse(
          exchange.getRequestHeaders().getFirst("Content-Type"), body, exchange.getRequestURI().getRawQuery());
      ScriptedAnswer script = record(new Call(
          method, exchange.getRequestHeaders().getFirst("Authorization"), params, Instant.now()));
      answer(exchange, method, params, script);
    } catch (RuntimeException e) {
      e.printStackTrace(); // the SDK only sees a 500; the stack trace says why
      send(exchange, 500, "text/plain", "stand-in failed: " + e);
    } finally {
      exchange.close();
    }
  }

  private synchronized ScriptedAnswer record(Call call) {
    calls.add(call);
    notifyAll();
    Deque<ScriptedAnswer> queued = scripts.get(call.method());
    return queued == null ? null : queued.poll();
  }

  private void answer(HttpExchange exchange, String method, JsonObject params, ScriptedAnswer script)
      throws IOException {
    if (script instanceof Fail fail) {
      sendJson(exchange, 200, WebApiAnswers.error(fail.error()));
    } else if (script instanceof RateLimit limit) {
      exchange.getResponseHeaders().set("Retry-After", Integer.toString(limit.retryAfterSeconds()));
      sendJson(exchange, 429, WebApiAnswers.error("ratelimited"));
    } else if (script instanceof ServerError error) {
      send(exchange, error.status(), "text/plain", "upstream error " + error.status());
    } else {
      if (script instanceof Delay delay && !awaitRelease(delay.release())) {
        return; // closed, or never released: the client sees the connection end
      }
      JsonObject body = method.startsWith(RESPONSE_URL) ? WebApiAnswers.ok() : answers.answer(method, params);
      sendJson(exchange, 200, body);
    }
  }

  private static boolean awaitRelease(CountDownLatch release) {
    try {
      return release.await(LONGEST_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void sendJson(HttpExchange exchange, int status, JsonObject body) throws IOException {
    exchange.getResponseHeaders().set("X-OAuth-Scopes", SCOPES);
    send(exchange, status, "application/json; charset=utf-8", body.toString());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String describe(List<Call> calls) {
    if (calls.isEmpty()) {
      return "none";
    }
    return calls.stream().map(Call::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
