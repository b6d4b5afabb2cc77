package kith.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kith.ThisJvm;
import kith.web.HttpServer;

/**
 * Time from process start to first answer, measured on a process of its own, because the benchmark's own JVM is
 * long warm by then: it starts {@code java [options] -cp <this class path> kith.Main serve} and sends a signed
 * {@code /who} as soon as the port accepts connections, again every few milliseconds until one is answered. The
 * clock starts just before the process is launched. Further requests, when given, are then sent once each and must
 * be answered too. This JVM first waits until it is idle (its compiler and collector finish what the load left
 * them), so that on a machine with few CPUs the new process has them to itself.
 */
final class StartupProbe {
  private static final Duration GIVE_UP = Duration.ofSeconds(60);
  private static final Duration RETRY = Duration.ofMillis(5);

  private StartupProbe() {}

  /**
   * Seconds from launch to the first answer.
   *
   * @param jvmOptions options for the new JVM, before its class path
   * @param env Kith's settings for the new process; its PORT is chosen here
   * @param folder the process's working directory (holds no .env) and where its output goes
   * @param whoBodies the request timed, then any others to send before the process is stopped
   */
  static double secondsToFirstAnswer(List<String> jvmOptions, Map<String, String> env, Path folder,
      SlashCommands commands, List<String> whoBodies, LoadRun.Check check) throws IOException, InterruptedException {
    int port = freePort();
    Path log = folder.resolve("serve.log");
    List<String> command = new ArrayList<>();
    command.add(ThisJvm.launcher());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", ThisJvm.classPath(), "kith.Main", "serve"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // Only Kith's settings and the locale: a SLACK_APP_TOKEN or KITH_VAULT in the caller's environment must not
    // change what is measured.
    Map<String, String> childEnv = builder.environment();
    childEnv.keySet().removeIf(key -> !key.equals("LANG") && !key.startsWith("LC_") && !key.equals("HOME"));
    childEnv.putAll(env);
    childEnv.put("PORT", Integer.toString(port));
    URI url = URI.create("http://127.0.0.1:" + port + HttpServer.EVENTS_PATH);
    SlashCommands.Signer signer = commands.signer();
    Quiet.await();
    long launched = System.nanoTime();
    Process process = builder.start();
    try (LoopbackConnection http = new LoopbackConnection(url, LoadRun.REQUEST_TIMEOUT)) {
      while (System.nanoTime() - launched < GIVE_UP.toNanos()) {
        if (!process.isAlive()) {
          throw new IllegalStateException("kith serve exited with " + process.exitValue() + ": " + tail(log));
        }
        if (accepts(port) && answered(http, signer, whoBodies.get(0), check)) {
          double seconds = (System.nanoTime() - launched) / 1e9;
          for (String body : whoBodies.subList(1, whoBodies.size())) {
            if (!answered(http, signer, body, check)) {
              throw new IllegalStateException("kith serve did not answer " + body + ": " + tail(log));
            }
          }
          return seconds;
        }
        Thread.sleep(RETRY.toMillis());
      }
      throw new IllegalStateException("kith serve did not answer within " + GIVE_UP.toSeconds() + " s: " + tail(log));
    } finally {
      stop(process);
    }
  }

  /** A bare connection attempt: far cheaper than an HTTP request while nothing listens yet. */
  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
      return true;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  private static boolean answered(LoopbackConnection http, SlashCommands.Signer signer, String body,
      LoadRun.Check check) {
    try {
      return http.post(signer, body).outcome(check) != null;
    } catch (IOException notServingYet) {
      // Cut off while Jetty starts: the process is not serving yet (the connection opens again next time).
      return false;
    }
  }

  /** SIGTERM, as an operator stops Kith, so the database is closed cleanly; then by force if it hangs. */
  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
