package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stamps of real files, their times set through the file system, looked at as of a given instant. */
class FileStampTest {
  private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  @TempDir Path temp;

  private Path note(String text, Instant modified) throws IOException {
    Path file = temp.resolve("Ann.md");
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  @Test
  void aSettledFileHasItsSizeAndItsTimes() throws IOException {
    // An hour ahead of the real clock, the file's status change (now, by the real clock) is settled too.
    Instant now = Instant.now().plus(Duration.ofHours(1));
    Instant modified = Instant.parse("2026-11-02T09:30:00.123456789Z");
    Path file = note("---\ntype: people\n---\n# Ann\n", modified);

    FileStamp stamp = FileStamp.of(file, now);

    assertNotNull(stamp);
    assertEquals(Files.size(file), stamp.size());
    assertEquals(FileTime.from(modified).to(TimeUnit.NANOSECONDS), stamp.modified());
    assertEquals(UNIX, stamp.changed() != null);
  }

  @Test
  void aFileModifiedLessThanTwoSecondsBeforeHasNoStamp() throws IOException {
    Instant now = Instant.now().plus(Duration.ofHours(1));

    assertNull(FileStamp.of(note("# Ann\n", now.minusMillis(1_500)), now));
    assertNotNull(FileStamp.of(note("# Ann\n", now.minusMillis(2_500)), now));
  }

  @Test
  void aFileWhoseStatusChangedLessThanTwoSecondsBeforeHasNoStampEvenWithAnOldModificationTime() throws IOException {
    assumeTrue(UNIX, "only Unix file systems keep a status change time");
    // Written after this instant, its modification time set back a day, as a copy keeping times does.
    Instant now = Instant.now();
    Path file = note("# Ann\n", now.minus(1, ChronoUnit.DAYS));

    assertNull(FileStamp.of(file, now));
  }

  @Test
  void aStampStillHoldsUntilTheFileChanges() throws IOException {
    Instant now = Instant.now().plus(Duration.ofHours(1));
    Instant modified = now.minus(1, ChronoUnit.DAYS);
    Path file = note("# Ann\n", modified);
    FileStamp before = FileStamp.of(file, now);

    assertEquals(before, before.stillOf(file, now));
    // Rewritten while it was read, to the same size and time: the status change time (Unix) tells, the size elsewhere.
    Files.writeString(file, UNIX ? "# Bob\n" : "# Bobby\n");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    assertNull(before.stillOf(file, now));
    Files.delete(file);
    assertNull(before.stillOf(file, now));
  }

  @Test
  void aStampIsStoredAsThreeColumnsAndNeedsTheFirstTwo() {
    assertEquals(new FileStamp(10, 20, 30L), FileStamp.stored(10L, 20L, 30L));
    assertEquals(new FileStamp(10, 20, null), FileStamp.stored(10L, 20L, null));
    assertNull(FileStamp.stored(null, 20L, 30L));
    assertNull(FileStamp.stored(10L, null, 30L));
  }
}
