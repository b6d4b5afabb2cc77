package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import kith.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the class archive belongs and when it is used; writing one is checked by {@code ClassArchiveIT}. */
class ClassArchiveTest {
  @TempDir Path temp;

  @Test
  void belongsBesideTheJarNamedAfterIt() {
    Path jar = temp.resolve("target").resolve("kith.jar");

    assertEquals(Optional.of(temp.resolve("target").resolve("kith.jsa")), ClassArchive.besideJar(jar.toString()));
  }

  @Test
  void aClassPathOfFoldersOrOfSeveralEntriesHasNone() {
    assertEquals(Optional.empty(), ClassArchive.besideJar(temp.resolve("classes").toString()));
    assertEquals(Optional.empty(), ClassArchive.besideJar(
        temp.resolve("a.jar") + File.pathSeparator + temp.resolve("b.jar")));
    assertEquals(Optional.empty(), ClassArchive.besideJar(""));
  }

  @Test
  void noArchiveOrOneTheJvmRefusesIsNotUsed() throws Exception {
    Path jar = temp.resolve("kith.jar");
    Files.writeString(jar, "not a jar");

    assertEquals(Optional.empty(), ClassArchive.usable(jar.toString()), "no archive beside the jar");
    Files.writeString(temp.resolve("kith.jsa"), "not an archive");
    assertFalse(ClassArchive.accepted(temp.resolve("kith.jsa"), jar.toString()));
    assertEquals(Optional.empty(), ClassArchive.usable(jar.toString()), "an archive the JVM refuses");
  }

  @Test
  void refusesToRunFromClassFoldersWithTheReason() {
    // Tests run from target/classes: the JVM could archive nothing from there.
    StringWriter err = new StringWriter();
    Path out = temp.resolve("kith.jsa");

    int status = Main.run(new String[] {"class-archive", "--out", out.toString()}, new HashMap<>(), temp,
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertEquals(1, status);
    assertTrue(err.toString().contains("only classes from a jar can be archived"), err::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void refusesAnOutItCannotWriteBeforeStartingAnything() {
    Path out = temp.resolve("no-such-folder").resolve("kith.jsa");
    StringWriter err = new StringWriter();

    int status = Main.run(new String[] {"class-archive", "--out", out.toString()}, new HashMap<>(), temp,
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertEquals(2, status, err::toString);
    assertTrue(err.toString().contains("--out " + out + ": no such folder " + out.getParent()), err::toString);
  }
}
