package kith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads, hashes and parses the vault's files on threads of its own, a window ahead of the thread writing them to
 * the store, and hands them over in file order: reading and writing take about as long as each other, so doing
 * them side by side nearly halves an import.
 */
final class ReadAhead implements AutoCloseable {
  /**
   * Files read but not yet taken: a few batches, so the readers stay busy while the writer commits, and parsed
   * notes held in memory stay few.
   */
  private static final int WINDOW = 256;

  /** Whether a file with this path and content hash needs parsing at all. */
  interface ParseFilter {
    boolean needsParsing(String path, String hash);
  }

  /**
   * One file, read. {@code reading} is null when the filter said not to parse it; {@code bytes} is kept only
   * then, should the writer decide otherwise. {@code error} is set, and nothing else, when the file could not be
   * read at all.
   */
  record FileRead(String path, String hash, NoteReading reading, byte[] bytes, NoteParseException error) {}

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Path root;
  private final List<Path> files;
  private final NoteParser parser;
  private final ParseFilter filter;
  private final ExecutorService readers;
  private final Queue<Future<FileRead>> ahead = new ArrayDeque<>();
  private int submitted;

  ReadAhead(Path root, List<Path> files, NoteParser parser, ParseFilter filter, int threads) {
    this.root = root;
    this.files = files;
    this.parser = parser;
    this.filter = filter;
    this.readers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "kith-import-reader-" + THREADS.incrementAndGet());
      // An import abandoned half-way (an exception in the writer) must never keep the JVM alive.
      thread.setDaemon(true);
      return thread;
    });
    while (submitted < files.size() && ahead.size() < WINDOW) {
      submitNext();
    }
  }

  /** The next file in order; call once per file. */
  FileRead next() {
    Future<FileRead> head = ahead.remove();
    if (submitted < files.size()) {
      submitNext();
    }
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the vault", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading a note failed unexpectedly", e.getCause());
    }
  }

  private void submitNext() {
    Path file = files.get(submitted++);
    ahead.add(readers.submit(() -> read(file)));
  }

  private FileRead read(Path file) {
    String path = VaultFiles.storedPath(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(root.resolve(file));
    } catch (IOException e) {
      return new FileRead(path, null, null, null,
          new NoteParseException(path, 0, "cannot read the file: " + describe(e)));
    }
    String hash = ContentHash.sha256(bytes);
    if (!filter.needsParsing(path, hash)) {
      return new FileRead(path, hash, null, bytes, null);
    }
    return new FileRead(path, hash, parser.read(path, bytes, hash), null, null);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }

  @Override
  public void close() {
    readers.shutdownNow();
  }
}
