package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which failures of a run are said in a line, and which keep their stack trace. */
class FileTroubleTest {
  /** A disk with room to spare. */
  private static final BooleanSupplier ROOM = () -> false;

  @Test
  void aFileMissingIsSaidWithItsPath() {
    assertEquals(Optional.of("no such file or folder: /tmp/x/vault/a.md"),
        FileTrouble.in(new NoSuchFileException("/tmp/x/vault/a.md"), ROOM));
  }

  @Test
  void aFullDiskInsideADatabaseFailureIsSaid() {
    // The shape, not H2's own classes: runtime exceptions around the operating system's refusal, which names no file.
    RuntimeException fromTheStore = new IllegalStateException("Writing to nio:/tmp/x/db/bench.mv.db failed",
        new UncheckedIOException(new IOException("No space left on device")));

    assertEquals(Optional.of("No space left on device"), FileTrouble.in(new RuntimeException(fromTheStore), ROOM));
  }

  @Test
  void aServerThatDoesNotAnswerKeepsItsStackTrace() {
    assertEquals(Optional.empty(), FileTrouble.in(new SocketTimeoutException("Read timed out"), ROOM));
    assertEquals(Optional.empty(), FileTrouble.in(new IllegalStateException("the first /who was answered 500"), ROOM));
  }

  @Test
  void aWriteThatFailsInOtherWordsWithTheDiskNearlyFullIsAFullDisk() {
    IOException inGerman = new IOException("Auf dem Gerät ist kein Speicherplatz mehr verfügbar");

    assertEquals(Optional.of("the disk is full: Auf dem Gerät ist kein Speicherplatz mehr verfügbar"),
        FileTrouble.in(new RuntimeException(inGerman), () -> true));
    assertEquals(Optional.empty(), FileTrouble.in(new RuntimeException(inGerman), ROOM), "with room, not said");
    assertEquals(Optional.empty(), FileTrouble.in(new IllegalStateException("a bug"), () -> true), "no IOException");
  }

  @Test
  void aFileExceptionWithoutAReasonIsSaidByItsKind() {
    assertEquals(Optional.of("already there: /tmp/x/db"), FileTrouble.in(new FileAlreadyExistsException("/tmp/x/db"),
        ROOM));
    assertEquals(Optional.of("not a folder: /tmp/x"), FileTrouble.in(new NotDirectoryException("/tmp/x"), ROOM));
  }

  @Test
  @Timeout(10) // without an end to the chain it would never return
  void aChainThatLoopsBackEnds() {
    Exception outer = new Exception("outer");
    Exception inner = new Exception("inner");
    outer.initCause(inner);
    inner.initCause(outer);

    assertEquals(Optional.empty(), FileTrouble.in(outer, ROOM));
  }
}
