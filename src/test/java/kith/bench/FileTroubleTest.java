package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures of a run are said in a line, and which keep their stack trace. */
class FileTroubleTest {
  @Test
  void aFileMissingIsSaidWithItsPath() {
    assertEquals(Optional.of("no such file or folder: /tmp/x/vault/a.md"),
        FileTrouble.in(new NoSuchFileException("/tmp/x/vault/a.md")));
  }

  @Test
  void aFullDiskInsideADatabaseFailureIsSaid() {
    // As H2 reports one: its own runtime exceptions around the operating system's refusal, which names no file.
    RuntimeException fromTheStore = new IllegalStateException("Writing to nio:/tmp/x/db/bench.mv.db failed",
        new UncheckedIOException(new IOException("No space left on device")));

    assertEquals(Optional.of("No space left on device"), FileTrouble.in(new RuntimeException(fromTheStore)));
  }

  @Test
  void aServerThatDoesNotAnswerKeepsItsStackTrace() {
    assertEquals(Optional.empty(), FileTrouble.in(new SocketTimeoutException("Read timed out")));
    assertEquals(Optional.empty(), FileTrouble.in(new IllegalStateException("the first /who was answered 500")));
  }

  @Test
  void aChainThatLoopsBackEnds() {
    Exception outer = new Exception("outer");
    Exception inner = new Exception("inner");
    outer.initCause(inner);
    inner.initCause(outer);

    assertEquals(Optional.empty(), FileTrouble.in(outer));
  }
}
