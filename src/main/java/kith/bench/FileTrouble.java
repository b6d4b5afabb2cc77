package kith.bench;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
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

  /** What the JDK's file exceptions that usually carry no reason mean. */
  private static final Map<Class<? extends FileSystemException>, String> WITHOUT_REASON = Map.of(
      FileAlreadyExistsException.class, "already there",
      DirectoryNotEmptyException.class, "folder not empty",
      NotDirectoryException.class, "not a folder",
      NotLinkException.class, "not a link");

  private FileTrouble() {}

  /**
   * The file trouble that {@code failure} comes from, in a line; empty when it comes from something else. A run
   * that works in {@code folder} and fails on a write there with little room left filled the disk, whatever the
   * system's words for it.
   */
  static Optional<String> in(Throwable failure, Path folder) {
    return in(failure, () -> DiskRoom.nearlyFull(folder));
  }

  /** The same, {@code diskNearlyFull} telling whether the disk the run writes to has little room left. */
  static Optional<String> in(Throwable failure, BooleanSupplier diskNearlyFull) {
    Optional<String> said = Causes.of(failure)
        .filter(cause -> cause instanceof FileSystemException
            || cause instanceof IOException && NO_ROOM.contains(cause.getMessage()))
        .findFirst()
        .map(cause -> reason((IOException) cause));
    Optional<IOException> io = Causes.first(failure, IOException.class);
    if (said.isPresent() || io.isEmpty() || !diskNearlyFull.getAsBoolean()) {
      return said;
    }
    return Optional.of("the disk is full: " + io.get().getMessage());
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
    if (e instanceof FileSystemException failed) {
      String what = failed.getReason() != null ? failed.getReason() : WITHOUT_REASON.getOrDefault(failed.getClass(),
          failed.getClass().getSimpleName());
      return what + (failed.getFile() != null ? ": " + failed.getFile() : "");
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
