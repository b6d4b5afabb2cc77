package kith.web;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import kith.Wiring;
import kith.config.SlackSettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import kith.slack.Background;
import kith.slack.Deadline;
import kith.slack.SlackApi;
import kith.slack.SlackApps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kith running as a Slack app: over Socket Mode when an app token is configured, else over HTTP. Closing it
 * stops taking requests and lets those in flight finish; the caller then closes the database.
 */
public final class KithServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KithServer.class);

  private final SlackSettings settings;
  private final App app;
  private final Wiring wiring;
  private final CompletableFuture<?> ready;
  private final Duration patience;
  private HttpServer http;
  private SocketModeApp socketMode;

  /** A server for a {@code wiring} whose name index is loaded already. */
  public KithServer(Wiring wiring, Slack slack, Background background, SlackApi.Pause pause, Duration ackBudget) {
    this(wiring, slack, background, pause, ackBudget, CompletableFuture.completedFuture(null),
        StartupGate.PATIENCE);
  }

  /**
   * A server that may start before {@code wiring} has loaded its name index: Slack's requests wait until
   * {@code ready} completes, for up to {@code patience} each.
   */
  KithServer(Wiring wiring, Slack slack, Background background, SlackApi.Pause pause, Duration ackBudget,
      CompletableFuture<?> ready, Duration patience) {
    this.wiring = wiring;
    this.settings = wiring.settings().slack();
    this.app = wiring.slackApp(slack, background, pause, ackBudget);
    this.ready = ready;
    this.patience = patience;
  }

  /**
   * The standard server: Slack's client from the settings, work after acknowledgements on {@code background};
   * Slack's requests wait for {@code ready}.
   */
  public static KithServer create(Wiring wiring, Background background, CompletableFuture<?> ready) {
    return new KithServer(wiring, SlackApps.client(wiring.settings().slack()), background, SlackApi.Pause.SLEEP,
        Deadline.ACK_BUDGET, ready, StartupGate.PATIENCE);
  }

  /**
   * Starts taking Slack's requests. Over HTTP the port opens at once and requests wait for {@code ready}; over
   * Socket Mode, which has no port to open early, Kith connects once ready.
   */
  public void start() throws Exception {
    if (settings.socketMode()) {
      try {
        ready.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
      socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
      socketMode.startAsync();
      log.info("Kith is connected to Slack over Socket Mode");
    } else {
      http = new HttpServer(app, settings.bindHost(), settings.port(), ready, patience, wiring.database()::isHealthy);
      http.start();
      log.info("Kith is listening on {} port {} ({} for Slack, /healthz)", settings.bindHost(), http.port(),
          HttpServer.EVENTS_PATH);
    }
  }

  /** The Bolt app, for a caller that registers more handlers before {@link #start} (the benchmark's /noop). */
  public App app() {
    return app;
  }

  /** Slack requests waiting for Kith to finish starting (0 over Socket Mode). */
  int waitingForStart() {
    return http == null ? 0 : http.waitingForStart();
  }

  /** Slack requests waiting for their turn to be worked on (0 over Socket Mode). */
  int waitingForTurn() {
    return http == null ? 0 : http.waitingForTurn();
  }

  /** The HTTP port, or -1 over Socket Mode. */
  public int port() {
    return http == null ? -1 : http.port();
  }

  @Override
  public void close() throws Exception {
    if (http != null) {
      http.close();
    }
    if (socketMode != null) {
      socketMode.close();
    }
    app.stop();
  }
}
