package kith.vault;

import java.util.List;

/**
 * What an import did. {@code failed} lists the notes that could not be read, each with path, line and reason;
 * {@code unread} counts the files not read at all, their sizes and times being those stored ({@link FileStamp}):
 * unchanged notes, and files found before to be no people notes (counted as skipped too).
 */
public record ImportSummary(
    int imported, int updated, int unchanged, int archived, List<NoteParseException> failed, int skipped,
    int unread) {

  public boolean hasFailures() {
    return !failed.isEmpty();
  }

  /**
   * "imported 3, updated 1, unchanged 12, archived 0, failed 1, skipped 4", then, when files were left unread,
   * "; 10 unchanged files not read again", so the counts keep their places.
   */
  public String line() {
    String counts = "imported %d, updated %d, unchanged %d, archived %d, failed %d, skipped %d"
        .formatted(imported, updated, unchanged, archived, failed.size(), skipped);
    return unread == 0 ? counts : counts + "; %d unchanged files not read again".formatted(unread);
  }
}
