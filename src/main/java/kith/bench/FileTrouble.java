package kith.bench;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.Set;
import kith.Causes;

/**
 * A failure of the files a run reads and writes, said in a line: a file or folder missing or refused, or the disk
 * full. Anything else (a server that does not answer, a bug) keeps its stack trace.
 */
final class FileTrouble {
  /**
   * How Linux says a write found no room. H2 reports a full disk as its own runtime exception with such an
   * {@code IOException} inside, which names no file; the JDK's file operations throw {@link FileSystemException}s.
   */
  private static final Set<String> NO_ROOM = Set.of("No space left on device", "Disk quota exceeded");

  private FileTrouble() {}

  /** The file trouble that {@code failure} comes from, in a line; empty when it comes from something else. */
  static Optional<String> in(Throwable failure) {
    return Causes.of(failure)
        .filter(cause -> cause instanceof FileSystemException
            || cause instanceof IOException && NO_ROOM.contains(cause.getMessage()))
        .findFirst()
        .map(cause -> reason((IOException) cause));
  }

  /**
   * What went wrong, in a line: the JDK's file exceptions carry only the path for their commonest cases (a missing
   * file or folder, no permission), and the reason apart from it for the rest.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileSystemException failed && failed.getReason() != null) {
      return failed.getReason() + (failed.getFile() != null ? ": " + failed.getFile() : "");
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
