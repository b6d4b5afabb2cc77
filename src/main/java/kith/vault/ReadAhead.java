package kith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * them side by side nearly halves an import. A file whose stamp is the one stored is not read ({@link FileStamp}).
 */
final class ReadAhead implements AutoCloseable {
  /**
   * Files read but not yet taken: a few batches, so the readers stay busy while the writer commits, and parsed
   * notes held in memory stay few.
   */
  private static final int WINDOW = 256;

  /** What the store holds of a file: whether it needs reading, or parsing, at all. */
  interface ParseFilter {
    /** The content hash stored from the file at {@code path} when it had {@code stamp} then too; else null. */
    String unchangedHash(String path, FileStamp stamp);

    boolean needsParsing(String path, String hash);
  }

  /**
   * One file, read. {@code reading} is null when the filter said not to parse it; {@code bytes} is kept only
   * then, should the writer decide otherwise, unless {@code unread}: the file was not read at all, its stamp being
   * the one stored, and {@code hash} is the one stored. {@code stamp} is the file's before it was read, or null
   * ({@link FileStamp}). {@code error} is set, and nothing else, when the file could not be read at all.
   */
  record FileRead(String path, String hash, NoteReading reading, byte[] bytes, NoteParseException error,
      FileStamp stamp, boolean unread) {}

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Path root;
  private final List<Path> files;
  private final NoteParser parser;
  private final ParseFilter filter;
  private final Clock fileClock;
  private final ExecutorService readers;
  private final Queue<Future<FileRead>> ahead = new ArrayDeque<>();
  private int submitted;

  /** {@code fileClock} tells how old a file's times are ({@link FileStamp}). */
  ReadAhead(Path root, List<Path> files, NoteParser parser, ParseFilter filter, Clock fileClock, int threads) {
    this.root = root;
    this.fileClock = fileClock;
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
    Path absolute = root.resolve(file);
    FileStamp stamp;
    byte[] bytes;
    try {
      stamp = FileStamp.of(absolute, fileClock.instant());
      String unchanged = filter.unchangedHash(path, stamp);
      if (unchanged != null) {
        return new FileRead(path, unchanged, null, null, null, stamp, true);
      }
      bytes = Files.readAllBytes(absolute);
    } catch (IOException e) {
      return new FileRead(path, null, null, null,
          new NoteParseException(path, 0, "cannot read the file: " + describe(e)), null, false);
    }
    String hash = ContentHash.sha256(bytes);
    if (!filter.needsParsing(path, hash)) {
      return new FileRead(path, hash, null, bytes, null, stamp, false);
    }
    return new FileRead(path, hash, parser.read(path, bytes, hash), null, null, stamp, false);
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
