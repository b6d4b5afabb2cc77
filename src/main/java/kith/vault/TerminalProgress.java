package kith.vault;

import java.io.PrintWriter;

/** A one-line progress counter, redrawn in place, only when a person is watching a terminal. */
final class TerminalProgress implements VaultImporter.Progress {
  private static final long REDRAW_NANOS = 100_000_000L;
  private final PrintWriter err;
  private long lastDraw;

  private TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  static VaultImporter.Progress forConsole(PrintWriter err) {
    return System.console() != null ? new TerminalProgress(err) : VaultImporter.Progress.NONE;
  }

  @Override
  public void file(int done, int total, String path) {
    long now = System.nanoTime();
    boolean last = done == total;
    if (!last && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    String shown = path.length() > 50 ? "…" + path.substring(path.length() - 49) : path;
    err.printf("\r\033[KImporting %d/%d  %s", done, total, shown);
    if (last) {
      err.print("\r\033[K");
    }
    err.flush();
  }
}
