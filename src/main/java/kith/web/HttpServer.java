package kith.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Kith over HTTP: Jetty 12 with Bolt's servlet at {@code POST /slack/events} (commands, events and
 * interactivity, one URL as the manifest says) and {@code GET /healthz}. It may start listening before Kith
 * is ready to answer (see {@link StartupGate}). Stopping it stops taking requests and lets those in flight
 * finish.
 */
public final class HttpServer implements AutoCloseable {
  public static final String EVENTS_PATH = "/slack/events";
  /** Slack's payloads are small; anything near this is not from Slack. */
  static final long MAX_BODY_BYTES = 1_000_000;
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  /** Jetty's default: a thread above the minimum that idles this long ends. */
  private static final int IDLE_THREAD_MS = 60_000;

  private final Server server;
  private final ServerConnector connector;
  private final StartupGate gate;
  private final ActiveRequestLimit limit;

  /**
   * Kith on {@code host:port}. Slack's requests wait for {@code ready} (the name index loaded) for up to
   * {@code patience}; {@code /healthz} says "starting" until then.
   */
  public HttpServer(App app, String host, int port, CompletableFuture<?> ready, Duration patience,
      BooleanSupplier healthy) {
    // Jetty's default queue (BlockingArrayQueue) sizes itself through the platform MBean server on first use,
    // which loads and starts JMX: about 180 classes before the first answer. Jetty hands most work straight to an
    // idle thread, so the queue's own speed matters little.
    QueuedThreadPool threads = new QueuedThreadPool(64, 8, IDLE_THREAD_MS, new LinkedBlockingQueue<>());
    threads.setName("kith-http");
    server = new Server(threads);
    connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder(new EncodedBodyFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new FilterHolder(new BodyLimitFilter(MAX_BODY_BYTES)), "/*",
        EnumSet.of(DispatcherType.REQUEST));
    gate = new StartupGate(ready, patience);
    context.addFilter(new FilterHolder(gate), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
    // After the gate, so that requests held until Kith is ready do not take turns; after the body limit, whose
    // request keeps the body this reads before a request joins the line.
    limit = new ActiveRequestLimit(ActiveRequestLimit.perCore(), patience);
    context.addFilter(new FilterHolder(limit), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), EVENTS_PATH);
    context.addServlet(new ServletHolder(new HealthServlet(ready, healthy)), "/healthz");

    GracefulHandler graceful = new GracefulHandler();
    graceful.setHandler(context);
    server.setHandler(graceful);
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    server.setStopAtShutdown(false);
  }

  public void start() throws Exception {
    server.start();
  }

  /** The port it listens on; useful when started on port 0. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Slack requests waiting for Kith to finish starting. */
  int waitingForStart() {
    return gate.waiting();
  }

  /** Slack requests waiting for their turn. */
  int waitingForTurn() {
    return limit.waiting();
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops taking requests, waits for those in flight, then stops. */
  @Override
  public void close() throws Exception {
    server.stop();
  }
}
