package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --out} refuses before a run, and what it lets through. */
class OutFileTest {
  @TempDir Path temp;

  @Test
  void aFileInAFolderThatIsThereIsWritableNewOrNot() throws IOException {
    assertNull(OutFile.whyNotWritable(temp.resolve("results.json")));
    assertNull(OutFile.whyNotWritable(Files.writeString(temp.resolve("old.json"), "{}")));
    assertNull(OutFile.whyNotWritable(Path.of("results.json")), "in the working folder");
  }

  @Test
  void aMissingFolderAFolderOrAFileAsTheFolderIsRefused() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.md"), "x");

    assertEquals("no such folder " + temp.resolve("gone"), OutFile.whyNotWritable(temp.resolve("gone/r.json")));
    assertEquals("is a folder; give a file name", OutFile.whyNotWritable(temp));
    assertEquals(file + " is a file, not a folder", OutFile.whyNotWritable(file.resolve("r.json")));
  }

  @Test
  void aLinkIsJudgedByWhereItPoints() throws IOException {
    Path broken = Files.createSymbolicLink(temp.resolve("broken.json"), temp.resolve("gone").resolve("r.json"));
    Path toFolder = Files.createSymbolicLink(temp.resolve("folder.json"), Files.createDirectory(temp.resolve("d")));
    Path relative = Files.createSymbolicLink(temp.resolve("relative.json"), Path.of("d", "r.json"));

    assertEquals("no such folder " + temp.resolve("gone"), OutFile.whyNotWritable(broken));
    assertEquals("is a folder; give a file name", OutFile.whyNotWritable(toFolder));
    assertNull(OutFile.whyNotWritable(relative), "a relative link points beside itself");
    Path linkToLink = Files.createSymbolicLink(temp.resolve("twice.json"), broken);
    assertEquals("no such folder " + temp.resolve("gone"), OutFile.whyNotWritable(linkToLink), "followed to the end");
    Path loop = temp.resolve("loop.json");
    Files.createSymbolicLink(loop, loop);
    assertEquals("links to links, 40 or more deep", OutFile.whyNotWritable(loop));
  }
}
