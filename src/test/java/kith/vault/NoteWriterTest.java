package kith.vault;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteWriterTest {
  private static final String LINK = "https://acme.slack.com/archives/C0123/p1764000000000100";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final String LINE = "- ✅ Run the pilot in Frankfurt ([Slack](" + LINK + "), 2026-11-25)";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A note in two halves: the new line belongs between them, right after the last decision. */
  private static final String HEAD =
      """
      ---
      type: people
      title: Kushal Datta
      tags:
      - type/people
      ---

      # Kushal Datta

      ## Key Facts

      - Prefers written proposals with numbers over slideware.\t\s

      ## Key Decisions

      - ✅ Start with the Apollo pilot before any marketplace listing.
      - ✅ Hold a monthly touchpoint with the Apollo platform team.
      """;
  private static final String TAIL =
      """

      ## Related

      - [[Jeff Denworth]]
      """;

  @TempDir Path vault;

  @Test
  void lineFormatMakesTheTextOneLine() {
    assertEquals(LINE, NoteWriter.decisionLine("Run the pilot in Frankfurt", LINK, DAY));
    // Only line breaks and tabs are folded; spaces inside the text are Markdown the user wrote.
    assertEquals(
        "- ✅ Ship **v2** first, then  the rest ([Slack](" + LINK + "), 2026-11-25)",
        NoteWriter.decisionLine("  Ship **v2** first,\r\n\tthen  the rest \n", LINK, DAY));
    assertEquals(
        "- ✅ a b ([Slack](" + LINK + "), 2026-11-25)", NoteWriter.decisionLine("a\n\n\tb", LINK, DAY));
  }

  @Test
  void refusesBlankTextsAndLinksThatAreNotPlainHttp() {
    for (String bad :
        List.of("ftp://x.example/a", "slack.com/x", "https://", "https://x.example/a b", "https://x.example/a)")) {
      assertThrows(IllegalArgumentException.class, () -> NoteWriter.decisionLine("x", bad, DAY), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> NoteWriter.decisionLine(" \n\t ", LINK, DAY));
    assertEquals(
        "- ✅ x ([Slack](HTTP://x.example/a), 2026-11-25)", NoteWriter.decisionLine("x", "HTTP://x.example/a", DAY));
  }

  @Test
  void lfNoteGetsExactlyTheLineAfterTheLastDecision() throws IOException {
    Path note = write("Kushal Datta.md", (HEAD + TAIL).getBytes(UTF_8));

    assertEquals(LINE, new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY));

    assertArrayEquals((HEAD + LINE + "\n" + TAIL).getBytes(UTF_8), Files.readAllBytes(note));
    assertNoTempFiles();
  }

  @Test
  void crlfNoteKeepsCrlf() throws IOException {
    Path note = write("Kushal Datta.md", crlf(HEAD + TAIL).getBytes(UTF_8));

    new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    assertArrayEquals(crlf(HEAD + LINE + "\n" + TAIL).getBytes(UTF_8), Files.readAllBytes(note));
  }

  @Test
  void bomAndCrlfAreKept() throws IOException {
    Path note = write("Kushal Datta.md", concat(BOM, crlf(HEAD + TAIL).getBytes(UTF_8)));

    new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    byte[] head = concat(BOM, crlf(HEAD).getBytes(UTF_8));
    byte[] expected = concat(head, (LINE + "\r\n").getBytes(UTF_8), crlf(TAIL).getBytes(UTF_8));
    assertArrayEquals(expected, Files.readAllBytes(note));
    assertEquals(head.length, indexOf(Files.readAllBytes(note), LINE.getBytes(UTF_8)));
  }

  @Test
  void removeLineRestoresTheOriginalBytes() throws IOException {
    List<byte[]> originals =
        List.of(
            (HEAD + TAIL).getBytes(UTF_8),
            crlf(HEAD + TAIL).getBytes(UTF_8),
            concat(BOM, crlf(HEAD + TAIL).getBytes(UTF_8)),
            concat(BOM, (HEAD + TAIL).getBytes(UTF_8)),
            (HEAD + "- ✅ no final newline").getBytes(UTF_8));
    NoteWriter writer = new NoteWriter();
    for (byte[] original : originals) {
      Path note = write("Note.md", original);
      String line = writer.appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

      assertTrue(writer.removeLine(note, line));

      assertArrayEquals(original, Files.readAllBytes(note), new String(original, UTF_8));
    }
  }

  @Test
  void removeLineOfAnAbsentLineChangesNothing() throws IOException {
    byte[] original = (HEAD + TAIL).getBytes(UTF_8);
    Path note = write("Note.md", original);

    assertFalse(new NoteWriter().removeLine(note, LINE));
    assertFalse(new NoteWriter().removeLine(note, "- ✅ Start with the Apollo pilot")); // a prefix is no match

    assertArrayEquals(original, Files.readAllBytes(note));
  }

  @Test
  void removeLinePrefersTheKeyDecisionsSection() throws IOException {
    String note = "## Key Facts\n\n- same\n\n## Key Decisions\n\n- same\n- other\n";
    Path path = write("Note.md", note.getBytes(UTF_8));

    assertTrue(new NoteWriter().removeLine(path, "- same"));

    assertEquals("## Key Facts\n\n- same\n\n## Key Decisions\n\n- other\n", Files.readString(path));
  }

  @Test
  void sectionIsCreatedAtTheEndWhenMissing() throws IOException {
    String section = "## Key Decisions\n\n" + LINE + "\n";
    NoteWriter writer = new NoteWriter();

    Path plain = write("Plain.md", "# Ann\n\n## Key Facts\n\n- Likes tea\n".getBytes(UTF_8));
    writer.appendDecision(plain, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals("# Ann\n\n## Key Facts\n\n- Likes tea\n\n" + section, Files.readString(plain));

    Path endsBlank = write("Blank.md", "# Ann\n\n- Likes tea\n  \n".getBytes(UTF_8));
    writer.appendDecision(endsBlank, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals("# Ann\n\n- Likes tea\n  \n" + section, Files.readString(endsBlank));

    Path windows = write("Windows.md", "# Ann\r\n\r\n- Likes tea\r\n".getBytes(UTF_8));
    writer.appendDecision(windows, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals("# Ann\r\n\r\n- Likes tea\r\n\r\n" + crlf(section), Files.readString(windows));

    Path empty = write("Empty.md", new byte[0]);
    writer.appendDecision(empty, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals(section, Files.readString(empty));
  }

  /** A file without a final line break: a line break goes before the new line, and the file still ends without. */
  @Test
  void noteWithoutFinalNewline() throws IOException {
    NoteWriter writer = new NoteWriter();
    String lastDecision = "## Key Decisions\n\n- ✅ Keep Blob compatibility exploratory.";
    Path inSection = write("Section.md", lastDecision.getBytes(UTF_8));
    writer.appendDecision(inSection, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals(lastDecision + "\n" + LINE, Files.readString(inSection));

    Path crlfInSection = write("Crlf.md", crlf(lastDecision).getBytes(UTF_8));
    writer.appendDecision(crlfInSection, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals(crlf(lastDecision) + "\r\n" + LINE, Files.readString(crlfInSection));

    // Creating the section: the missing line break, a blank line, and the section ending with a line break.
    Path noSection = write("NoSection.md", "# Ann\n\n- Likes tea".getBytes(UTF_8));
    writer.appendDecision(noSection, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals("# Ann\n\n- Likes tea\n\n## Key Decisions\n\n" + LINE + "\n", Files.readString(noSection));

    Path oneLine = write("OneLine.md", "no line break at all".getBytes(UTF_8));
    writer.appendDecision(oneLine, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals("no line break at all\n\n## Key Decisions\n\n" + LINE + "\n", Files.readString(oneLine));
  }

  @Test
  void sameDecisionTwiceIsOneLine() throws IOException {
    Path note = write("Note.md", (HEAD + TAIL).getBytes(UTF_8));
    NoteWriter writer = new NoteWriter();

    String first = writer.appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);
    byte[] once = Files.readAllBytes(note);
    String second = writer.appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);
    String reworded = writer.appendDecision(note, "Pilot: Frankfurt", LINK, DAY.plusDays(1));

    assertEquals(first, second);
    assertEquals(first, reworded);
    assertArrayEquals(once, Files.readAllBytes(note));
  }

  @Test
  void decisionsHeadingInACodeFenceIsIgnored() throws IOException {
    String fenced = "# Ann\n\n## Key Facts\n\n```markdown\n## Decisions\n\n- not one\n```\n";
    Path note = write("Note.md", fenced.getBytes(UTF_8));

    new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    assertEquals(fenced + "\n## Key Decisions\n\n" + LINE + "\n", Files.readString(note));
  }

  @Test
  void synonymHeadingIsUsedWhateverItsCase() throws IOException {
    String head = "# Ann\n\n```\n## decisions\n```\n\n## DECISIONS\n\n- ✅ Earlier one\n";
    String tail = "\n\n## Topics\n\nTea\n";
    Path note = write("Note.md", (head + tail).getBytes(UTF_8));

    new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    assertEquals(head + LINE + "\n" + tail, Files.readString(note));
  }

  @Test
  void emptySectionGetsTheLineRightBelowItsHeading() throws IOException {
    Path note = write("Note.md", "## Key Decisions\n\n## Related\n".getBytes(UTF_8));

    new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    assertEquals("## Key Decisions\n" + LINE + "\n\n## Related\n", Files.readString(note));
    PeopleNote person = Notes.personOf(new NoteParser().read("People/Ann.md", Files.readAllBytes(note)));
    assertEquals(List.of(new PeopleNote.Decision("Run the pilot in Frankfurt", DAY, LINK)), person.decisions());
  }

  @Test
  void commentPlaceholderStaysAndHtmlBlockGetsABlankLine() throws IOException {
    String comment = "## Key Decisions\n\n<!-- decisions go here -->\n";
    Path withComment = write("Comment.md", comment.getBytes(UTF_8));
    new NoteWriter().appendDecision(withComment, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals(comment + LINE + "\n", Files.readString(withComment));

    // An HTML block runs until a blank line: directly below it the line would be HTML, not a decision.
    String html = "## Key Decisions\n\n<details>\n<summary>Older</summary>\n</details>\n";
    Path withHtml = write("Html.md", html.getBytes(UTF_8));
    new NoteWriter().appendDecision(withHtml, "Run the pilot in Frankfurt", LINK, DAY);
    assertEquals(html + "\n" + LINE + "\n", Files.readString(withHtml));
  }

  @Test
  void unclosedCodeFenceIsRefusedAndLeftAlone() throws IOException {
    byte[] original = "## Key Decisions\n\n```\n- ✅ inside a fence\n".getBytes(UTF_8);
    Path note = write("Note.md", original);

    assertThrows(
        IOException.class, () -> new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY));

    assertArrayEquals(original, Files.readAllBytes(note));
    assertNoTempFiles();
  }

  @Test
  void writtenNoteParsesBackWithTheDecision() throws IOException {
    Path note = write("Kushal Datta.md", crlf(HEAD + TAIL).getBytes(UTF_8));
    String text = "Ship **v2** (the cheap plan) with [[Jeff Denworth]]\nbefore Q3";

    new NoteWriter().appendDecision(note, text, LINK, DAY);

    PeopleNote person =
        Notes.personOf(new NoteParser().read("People/Kushal Datta.md", Files.readAllBytes(note)));
    assertEquals(3, person.decisions().size());
    assertEquals(
        new PeopleNote.Decision("Ship **v2** (the cheap plan) with [[Jeff Denworth]] before Q3", DAY, LINK),
        person.decisions().get(2));
    assertEquals(List.of("Prefers written proposals with numbers over slideware."), person.keyFacts());
  }

  @Test
  void editMadeWhileWritingIsKept() throws IOException {
    Path note = write("Kushal Datta.md", (HEAD + TAIL).getBytes(UTF_8));
    String userEdit = (HEAD + TAIL).replace("slideware.", "slideware.\n- Based in Pune.");
    AtomicInteger calls = new AtomicInteger();
    NoteWriter writer =
        new NoteWriter(
            () -> {
              if (calls.getAndIncrement() == 0) {
                overwrite(note, userEdit);
              }
            });

    writer.appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    assertEquals(2, calls.get());
    String result = Files.readString(note);
    assertEquals(userEdit.replace(TAIL, "") + LINE + "\n" + TAIL, result);
    assertNoTempFiles();
  }

  @Test
  void noteThatKeepsChangingIsGivenUpOnUntouched() throws IOException {
    Path note = write("Note.md", (HEAD + TAIL).getBytes(UTF_8));
    AtomicInteger calls = new AtomicInteger();
    NoteWriter writer = new NoteWriter(() -> overwrite(note, HEAD + TAIL + "edit " + calls.incrementAndGet() + "\n"));

    assertThrows(IOException.class, () -> writer.appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY));

    assertEquals(NoteWriteAtomic.ATTEMPTS, calls.get());
    assertEquals(HEAD + TAIL + "edit " + NoteWriteAtomic.ATTEMPTS + "\n", Files.readString(note));
    assertNoTempFiles();
  }

  @Test
  void failingHookLeavesNoTempFile() throws IOException {
    byte[] original = (HEAD + TAIL).getBytes(UTF_8);
    Path note = write("Note.md", original);
    NoteWriter writer =
        new NoteWriter(
            () -> {
              throw new UncheckedIOException(new IOException("disk gone"));
            });

    assertThrows(UncheckedIOException.class, () -> writer.appendDecision(note, "x", LINK, DAY));

    assertArrayEquals(original, Files.readAllBytes(note));
    assertNoTempFiles();
  }

  @Test
  void readOnlyNoteIsRefusedAndLeftAlone() throws IOException {
    assumeTrue(Files.getFileAttributeView(vault, PosixFileAttributeView.class) != null, "POSIX permissions");
    byte[] original = (HEAD + TAIL).getBytes(UTF_8);
    Path note = write("Note.md", original);
    Files.setPosixFilePermissions(note, PosixFilePermissions.fromString("r--r--r--"));

    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () -> new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY));
    assertEquals("note is read-only", denied.getReason());
    assertThrows(AccessDeniedException.class, () -> new NoteWriter().removeLine(note, "- [[Jeff Denworth]]"));

    assertArrayEquals(original, Files.readAllBytes(note));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
    assertNoTempFiles();
  }

  @Test
  void permissionsAreKept() throws IOException {
    assumeTrue(Files.getFileAttributeView(vault, PosixFileAttributeView.class) != null, "POSIX permissions");
    Path note = write("Note.md", (HEAD + TAIL).getBytes(UTF_8));
    Files.setPosixFilePermissions(note, PosixFilePermissions.fromString("rw-r-----"));

    new NoteWriter().appendDecision(note, "Run the pilot in Frankfurt", LINK, DAY);

    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
  }

  @Test
  void symlinkedNoteHasItsTargetWritten() throws IOException {
    Path target = write("Real.md", (HEAD + TAIL).getBytes(UTF_8));
    Path link;
    try {
      link = Files.createSymbolicLink(vault.resolve("Link.md"), target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links: " + e);
      return;
    }

    new NoteWriter().appendDecision(link, "Run the pilot in Frankfurt", LINK, DAY);

    assertTrue(Files.isSymbolicLink(link));
    assertEquals(HEAD + LINE + "\n" + TAIL, Files.readString(target));
  }

  @Test
  void noteThatIsNotUtf8IsRefused() throws IOException {
    byte[] latin1 = "## Key Decisions\n\n- caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path note = write("Note.md", latin1);

    IOException error =
        assertThrows(IOException.class, () -> new NoteWriter().appendDecision(note, "x", LINK, DAY));

    assertInstanceOf(java.nio.charset.CharacterCodingException.class, error);
    assertArrayEquals(latin1, Files.readAllBytes(note));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(vault.resolve(name), bytes);
  }

  private static void overwrite(Path note, String text) {
    try {
      Files.writeString(note, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertNoTempFiles() throws IOException {
    try (Stream<Path> files = Files.list(vault)) {
      List<String> temps =
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(NoteWriteAtomic.TEMP_SUFFIX)).toList();
      assertEquals(List.of(), temps);
    }
  }

  private static String crlf(String lf) {
    return lf.replace("\n", "\r\n");
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
