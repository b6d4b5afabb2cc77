package kith.web;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kith.Main.Launcher;
import kith.Wiring;
import kith.config.Settings;
import kith.db.Database;
import kith.decision.NoteWrites;
import kith.slack.Background;
import kith.vault.ImportSummary;
import kith.vault.VaultImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kith serve}: runs Kith as a Slack app until it is told to stop (SIGTERM or Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Slack app: over Socket Mode when SLACK_APP_TOKEN is set, else over HTTP on PORT",
      "(POST /slack/events for Slack, GET /healthz). Imports KITH_VAULT first when it is set; Slack's",
      "requests wait until the names are loaded, and /healthz says \"starting\" until then.",
      "On SIGTERM it stops taking requests, finishes those in flight and closes the database."
    })
public final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
  /** Seconds between start and the first housekeeping (see {@link #scheduleHousekeeping}). */
  private static final long CATCH_UP_DELAY_S = 5;
  /** Milliseconds after ready before Kith asks Slack who the bot is (see {@link #botTokenAccepted}). */
  private static final long VERIFY_DELAY_MS = 1_500;
  /** Seconds a stop waits for the work in flight (requests' background work, timer tasks) before closing anyway. */
  private static final long STOP_WAIT_S = 20;
  private final Launcher launcher;

  @Spec private CommandSpec spec;

  public ServeCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = launcher.settings();
    settings.slack().requireForServe();
    PrintWriter err = spec.commandLine().getErr();
    // The database opens and the name index loads (after the vault's import, when one is set) on a thread of its
    // own while Kith is assembled and Slack's app and the server start: on two CPUs that takes them off the path to
    // the first answer. Requests wait for it.
    Database database = Database.unopened(settings.dbUrl());
    CompletableFuture<Wiring> assembled = new CompletableFuture<>();
    CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
      database.migrate();
      load(assembled.join(), settings, err);
    }, runnable -> new Thread(runnable, "kith-startup").start());
    Wiring wiring;
    try {
      wiring = Wiring.assemble(settings, database, launcher.clock());
    } catch (RuntimeException e) {
      assembled.completeExceptionally(e);
      throw e;
    }
    assembled.complete(wiring);
    ExecutorService executor = workers();
    Background background = new Background(executor);
    KithServer server = KithServer.create(wiring, background, ready);
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "kith-timer"));
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // nor a catch-up or check due later
    // Reading every card into memory and rendering them takes a few seconds of CPU on a large store, again after each
    // decision recorded: on a thread of its own it delays no brief, write-back or calendar read due on the timer.
    ScheduledThreadPoolExecutor cardFills = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "kith-card-fill"));
    cardFills.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a fill due later is not run once stopping
    CompletableFuture<Integer> stopped = new CompletableFuture<>();
    Thread shutdown = new Thread(() -> {
      // Told to stop, not interrupted: an interrupt closes H2's file under a read, for every request still finishing.
      // A fill or rendering under way stops at its next row or card.
      // A brief being sent or a calendar being read finishes too, before the store closes under it.
      wiring.keptCards().stop();
      cardFills.shutdown();
      timer.shutdown();
      stop(server, List.of(executor, timer, cardFills), wiring);
      stopped.complete(0);
    }, "kith-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    server.start();
    awaitLoaded(ready);
    log.info("Kith is ready: {} people, {} ms after the JVM started", wiring.directory().size(),
        sinceProcessStart().toMillis());
    // After the first requests, which need no answer from Slack, have had the CPUs to themselves.
    timer.schedule(() -> {
      if (!botTokenAccepted(wiring)) {
        stopped.complete(1);
      }
    }, VERIFY_DELAY_MS, TimeUnit.MILLISECONDS);
    scheduleHousekeeping(timer, cardFills, wiring, background);
    if (stopped.get() != 0) {
      Runtime.getRuntime().removeShutdownHook(shutdown);
      shutdown.run();
      return 1;
    }
    return 0;
  }

  /** What lookups need: the vault imported when one is configured, else the name index read from the store. */
  private static void load(Wiring wiring, Settings settings, PrintWriter err) {
    if (settings.vault().isPresent()) {
      ImportSummary summary = wiring.importVault(settings.vault().get(), VaultImporter.Progress.NONE);
      summary.failed().forEach(failure -> err.println("failed: " + failure.getMessage()));
      log.info("imported {}: {}", settings.vault().get(), summary.line());
    } else {
      wiring.loadNames();
    }
  }

  /**
   * Asks Slack who the bot is, once Kith answers (Bolt asked before it could): a token Slack refuses stops Kith
   * with status 1, as Bolt stopped it; a Slack that cannot be reached now is asked again by the first event.
   */
  private static boolean botTokenAccepted(Wiring wiring) {
    try {
      String refused = wiring.botAuthorization().verify();
      if (refused != null) {
        log.error("Slack refused SLACK_BOT_TOKEN ({}): copy the Bot User OAuth Token from your app's settings, "
            + "OAuth & Permissions, into .env; stopping", refused);
        return false;
      }
    } catch (IOException | SlackApiException e) {
      log.warn("could not ask Slack who the bot is ({}); the first event will ask again", e.getMessage());
    }
    return true;
  }

  /**
   * The JVM's own uptime. The operating system's record of the process start ({@code ProcessHandle}) is no good
   * here: Linux gives it from the boot time in whole seconds, so it was up to a second too long. The few management
   * classes this loads (from the class archive) load once requests are already let through.
   */
  private static Duration sinceProcessStart() {
    return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
  }

  /** Waits for the load; its failure stops Kith (the shutdown hook closes the server and the database). */
  private static void awaitLoaded(CompletableFuture<Void> ready) throws Exception {
    try {
      ready.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /**
   * Every card read into memory (see {@link kith.contact.KeptCards}) on {@code cardFills} soon after start, and again
   * soon after writes; queued write-backs to notes: all of them soon after start, then those due every minute; briefs
   * due every half minute; calendars read every five minutes; old event ids forgotten hourly. The catch-up after start
   * waits a few seconds, so that the first requests (those Slack users sent while Kith restarted) do not share the CPUs
   * with it: none of it is late by a few seconds more.
   */
  private static void scheduleHousekeeping(ScheduledExecutorService timer, ScheduledExecutorService cardFills,
      Wiring wiring, Background background) {
    NoteWrites noteWrites = wiring.noteWrites(background);
    cardFills.schedule(() -> logged("cards in memory", () -> wiring.keepCardsInMemory(cardFills,
        Duration.ofSeconds(CATCH_UP_DELAY_S))), CATCH_UP_DELAY_S, TimeUnit.SECONDS);
    timer.schedule(() -> logged("note write-back", noteWrites::writeAllNow), CATCH_UP_DELAY_S, TimeUnit.SECONDS);
    timer.scheduleWithFixedDelay(() -> logged("note write-back", noteWrites::writeDue), 1, 1, TimeUnit.MINUTES);
    timer.scheduleWithFixedDelay(() -> logged("event cleanup", () -> wiring.eventsOnce().forgetOld()),
        1, 60, TimeUnit.MINUTES);
    // Briefs: those due (and those missed while Kith was down) soon after start, then every half minute.
    timer.scheduleWithFixedDelay(() -> logged("briefs", () -> wiring.briefs().scheduler().sendDue()),
        CATCH_UP_DELAY_S, 30, TimeUnit.SECONDS);
    timer.scheduleWithFixedDelay(() -> logged("calendars", () -> wiring.calendarSync().syncAll()),
        CATCH_UP_DELAY_S, 5 * 60, TimeUnit.SECONDS);
  }

  private static void logged(String what, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("{} failed", what, e);
    }
  }

  /**
   * Stops the server, then waits for the work already begun on {@code pools} (shut down here, if not already), 20 s
   * at most in all, before the store closes.
   */
  private static void stop(KithServer server, List<ExecutorService> pools, Wiring wiring) {
    log.info("stopping: no new requests; finishing those in flight");
    try {
      server.close();
      pools.forEach(ExecutorService::shutdown);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_S);
      for (ExecutorService pool : pools) {
        if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          log.warn("background work still running after {} s; stopping anyway", STOP_WAIT_S);
          break;
        }
      }
    } catch (Exception e) {
      log.error("error while stopping", e);
    } finally {
      wiring.close();
      log.info("stopped");
    }
  }

  /** Work after acknowledgements: a few threads, and a queue so a burst waits instead of failing. */
  private static ExecutorService workers() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000), runnable -> {
      Thread thread = new Thread(runnable, "kith-work-" + count.incrementAndGet());
      thread.setDaemon(false);
      return thread;
    });
  }
}
