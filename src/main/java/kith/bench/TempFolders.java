package kith.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** The temporary folders the benchmark and the class archive work in, deleted when they are done. */
final class TempFolders {
  private TempFolders() {}

  /** Deletes {@code folder} and everything in it; what cannot be deleted is named on {@code progress}. */
  static void delete(Path folder, PrintWriter progress) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          progress.println("kith: could not delete " + path + ": " + e.getMessage());
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // UncheckedIOException: the walk met a file another thread deleted meanwhile (a run being stopped).
      progress.println("kith: could not delete " + folder + ": " + e.getMessage());
    }
  }

  /**
   * A folder deleted when the work in it ends, also when the process is stopped half-way (Ctrl-C, SIGTERM): a
   * benchmark's folder holds some 600 MB, and the processes it started (a {@code kith serve} being timed, a JVM
   * writing a class archive) would otherwise outlive it. Close it to delete the folder at the normal end.
   */
  static final class Guard implements AutoCloseable {
    private final Path folder;
    private final PrintWriter progress;
    /** The folder, and the files outside it that are only half-written when the work is stopped. */
    private final List<Path> deletedOnStop = new ArrayList<>();
    private final Thread onStop;

    /** {@code partial}: files outside the folder that are only half-written when the work is stopped. */
    Guard(Path folder, PrintWriter progress, Path... partial) {
      this.folder = folder;
      this.progress = progress;
      deletedOnStop.add(folder);
      deletedOnStop.addAll(List.of(partial));
      this.onStop = new Thread(this::stopped, "kith-temp-folder");
      Runtime.getRuntime().addShutdownHook(onStop);
    }

    /** The process is ending before the work did: its children first, as they may hold files in the folder. */
    private void stopped() {
      // The work's own threads run on while the process stops, and may start a process or write a file after a
      // pass: a second pass takes what came after the first.
      for (int pass = 0; pass < 2; pass++) {
        endChildren();
        deletedOnStop.stream().filter(Files::exists).forEach(path -> delete(path, progress));
      }
      progress.println(Files.exists(folder) ? "kith: stopped; could not delete all of " + folder
          : "kith: stopped; deleted " + folder);
      progress.flush();
    }

    private void endChildren() {
      List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
      children.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle child : children) {
        try {
          child.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
          progress.println("kith: process " + child.pid() + " may still be running: " + e);
        }
      }
    }

    @Override
    public void close() {
      try {
        Runtime.getRuntime().removeShutdownHook(onStop);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to: it deletes the folder.
        return;
      }
      delete(folder, progress);
    }
  }
}
