package kith.bench;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A file operation's failure said in a line, for a command that stops on it without a stack trace. */
final class IoReason {
  private IoReason() {}

  /**
   * What went wrong, in a line: the JDK's file exceptions carry only the path for their commonest cases (a missing
   * file or folder, no permission), and the reason apart from it for the rest.
   */
  static String of(IOException e) {
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
