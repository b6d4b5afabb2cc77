package kith.slack.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Socket Mode endpoint. Hand {@link #wsUrl()} to {@link SlackApiStandIn#setSocketModeUrl} and the SDK's
 * Socket Mode client (Java-WebSocket backend) connects here after apps.connections.open; it greets the client with
 * Slack's {@code hello}, and a test sends envelopes and waits for their acknowledgements.
 */
public final class SocketModeStandIn implements AutoCloseable {
  public static final String SLASH_COMMANDS = "slash_commands";
  public static final String EVENTS_API = "events_api";
  public static final String INTERACTIVE = "interactive";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final Endpoint endpoint;
  private final String ticket = UUID.randomUUID().toString();
  private final Map<String, CompletableFuture<JsonObject>> acks = new ConcurrentHashMap<>();
  private final List<String> received = new ArrayList<>(); // guarded by this
  private WebSocket current; // guarded by this
  private int connectionsOpened; // guarded by this

  public SocketModeStandIn() {
    endpoint = new Endpoint();
    endpoint.start();
    endpoint.awaitStart();
  }

  /** Where Slack would send the client: {@code ws://127.0.0.1:<port>/link/?ticket=…&app_id=…}, as Slack shapes it. */
  public String wsUrl() {
    return "ws://127.0.0.1:" + endpoint.getPort() + "/link/?ticket=" + ticket + "&app_id=" + TestWorkspace.APP_ID;
  }

  /** Waits until a client is connected (and greeted); fails after the timeout. */
  public synchronized void awaitConnection(Duration timeout) {
    awaitConnections(1, timeout);
  }

  /**
   * Waits until clients have opened {@code count} connections in all and the latest is open: after a
   * {@link #sendDisconnect disconnect}, {@code awaitConnections(2, …)} waits for the client to come back.
   */
  public synchronized void awaitConnections(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (connectionsOpened < count || current == null || !current.isOpen()) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new AssertionError("no Socket Mode connection " + count + " within " + timeout
              + " (" + connectionsOpened + " opened)");
        }
        TimeUnit.NANOSECONDS.timedWait(this, remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a Socket Mode connection", e);
    }
  }

  /** How many connections clients have opened so far (reconnections count). */
  public synchronized int connectionsOpened() {
    return connectionsOpened;
  }

  /**
   * Sends an envelope of {@code type} (slash_commands, events_api, interactive) carrying {@code payload} to the
   * connected client; returns its envelope_id. Slack accepts a response payload for commands and interactivity, not
   * for events.
   */
  public String send(String type, JsonObject payload) {
    return send(type, payload, !EVENTS_API.equals(type));
  }

  public String send(String type, JsonObject payload, boolean acceptsResponsePayload) {
    String envelopeId = UUID.randomUUID().toString();
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", envelopeId);
    envelope.add("payload", payload);
    envelope.addProperty("type", type);
    envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
    if (EVENTS_API.equals(type)) {
      envelope.addProperty("retry_attempt", 0);
      envelope.addProperty("retry_reason", "");
    }
    acks.computeIfAbsent(envelopeId, id -> new CompletableFuture<>());
    connection().send(envelope.toString());
    return envelopeId;
  }

  /** A slash command, its fields (from {@link Payloads#slashCommand}) as the JSON payload Socket Mode carries. */
  public String sendSlashCommand(Map<String, String> fields) {
    JsonObject payload = new JsonObject();
    fields.forEach(payload::addProperty);
    return send(SLASH_COMMANDS, payload);
  }

  public String sendEvent(JsonObject eventEnvelope) {
    return send(EVENTS_API, eventEnvelope);
  }

  public String sendInteractive(JsonObject payload) {
    return send(INTERACTIVE, payload);
  }

  /** Asks the client to reconnect, as Slack does before recycling a connection. */
  public void sendDisconnect(String reason) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "disconnect");
    message.addProperty("reason", reason);
    message.add("debug_info", debugInfo());
    connection().send(message.toString());
  }

  /**
   * The client's acknowledgement of an envelope: {@code {"envelope_id": …}} plus {@code "payload"} when the app
   * answered with one (a command's text, a view's errors…).
   *
   * @throws AssertionError listing what the client sent when no acknowledgement arrives in time
   */
  public JsonObject awaitAck(String envelopeId, Duration timeout) {
    try {
      return acks.computeIfAbsent(envelopeId, id -> new CompletableFuture<>())
          .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no ack of envelope " + envelopeId + " within " + timeout + "; received: " + received());
    } catch (ExecutionException e) {
      throw new AssertionError("ack of " + envelopeId + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the ack of " + envelopeId, e);
    }
  }

  /** Every text message clients sent, in order. */
  public synchronized List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    try {
      endpoint.stop(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized WebSocket connection() {
    if (current == null || !current.isOpen()) {
      throw new IllegalStateException("no client is connected; call awaitConnection first");
    }
    return current;
  }

  private synchronized void opened(WebSocket connection) {
    current = connection;
    connectionsOpened++;
    JsonObject hello = new JsonObject();
    hello.addProperty("type", "hello");
    hello.addProperty("num_connections", 1);
    hello.add("debug_info", debugInfo());
    JsonObject connectionInfo = new JsonObject();
    connectionInfo.addProperty("app_id", TestWorkspace.APP_ID);
    hello.add("connection_info", connectionInfo);
    connection.send(hello.toString());
    notifyAll();
  }

  private void receivedMessage(String message) {
    synchronized (this) {
      received.add(message);
    }
    JsonObject json = parse(message);
    if (json != null && json.has("envelope_id")) {
      acks.computeIfAbsent(json.get("envelope_id").getAsString(), id -> new CompletableFuture<>()).complete(json);
    }
  }

  private static JsonObject parse(String message) {
    try {
      JsonElement json = JsonParser.parseString(message);
      return json.isJsonObject() ? json.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }

  private static JsonObject debugInfo() {
    JsonObject debugInfo = new JsonObject();
    debugInfo.addProperty("host", "applink-kith-stand-in");
    debugInfo.addProperty("build_number", 1);
    debugInfo.addProperty("approximate_connection_time", 18060);
    return debugInfo;
  }

  /** The WebSocket server itself; every callback hands over to the stand-in. */
  private final class Endpoint extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    Endpoint() {
      super(new InetSocketAddress(loopback(), 0));
      setReuseAddr(true);
      setDaemon(true);
    }

    void awaitStart() {
      try {
        if (!started.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException("the Socket Mode stand-in did not start within " + START_TIMEOUT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the Socket Mode stand-in", e);
      }
      if (startFailure != null) {
        throw new IllegalStateException("the Socket Mode stand-in could not start", startFailure);
      }
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      opened(connection);
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      receivedMessage(message);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      synchronized (SocketModeStandIn.this) {
        SocketModeStandIn.this.notifyAll();
      }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
      if (connection == null) {
        startFailure = error; // the server itself failed, e.g. while binding
        started.countDown();
      }
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
