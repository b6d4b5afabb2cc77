package kith.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * A copy of {@code examples/vault} that decisions may be written into, with two more people notes whose bytes the
 * write-back must keep: one with CRLF line breaks, one starting with a UTF-8 byte order mark.
 */
final class DecisionVault {
  /** A people note and where a decision line goes in it: right after {@code lastDecision}, with {@code eol}. */
  enum Note {
    LF("People/Kushal Datta.md", "Kushal Datta",
        "- ✅ Hold a monthly touchpoint with the Apollo platform team.\n", "\n"),
    CRLF("People/Lena Ortiz.md", "Lena Ortiz", "- ✅ Renewals go through procurement first.\r\n", "\r\n"),
    BOM("People/Marek Nowak.md", "Marek Nowak", "- ✅ Quarterly reviews stay in Warsaw.\n", "\n");

    final String path;
    final String person;
    final String lastDecision;
    final String eol;

    Note(String path, String person, String lastDecision, String eol) {
      this.path = path;
      this.person = person;
      this.lastDecision = lastDecision;
      this.eol = eol;
    }
  }

  static final String LENA_ORTIZ = String.join("\r\n",
      "---",
      "type: people",
      "role: Procurement lead",
      "---",
      "",
      "# Lena Ortiz",
      "",
      "## Key Decisions",
      "",
      "- ✅ Renewals go through procurement first.",
      "",
      "## Notes",
      "",
      "Prefers calls before ten.  ",
      "");

  static final String MAREK_NOWAK = "\uFEFF" + String.join("\n",
      "---",
      "type: person",
      "---",
      "",
      "# Marek Nowak",
      "",
      "## Key Decisions",
      "",
      "- ✅ Quarterly reviews stay in Warsaw.",
      "",
      "## Notes",
      "",
      "Likes a written agenda.",
      "");

  private final Path root;

  private DecisionVault(Path root) {
    this.root = root;
  }

  /** Copies the example vault to {@code into} and adds the CRLF and BOM notes. */
  static DecisionVault copyOfExample(Path into) throws IOException {
    Path example = Path.of("examples/vault").toAbsolutePath();
    try (Stream<Path> files = Files.walk(example)) {
      for (Path file : files.toList()) {
        Path target = into.resolve(example.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    Files.write(into.resolve(Note.CRLF.path), LENA_ORTIZ.getBytes(StandardCharsets.UTF_8));
    Files.write(into.resolve(Note.BOM.path), MAREK_NOWAK.getBytes(StandardCharsets.UTF_8));
    return new DecisionVault(into);
  }

  Path root() {
    return root;
  }

  Path path(Note note) {
    return root.resolve(note.path);
  }

  byte[] bytes(Note note) {
    try {
      return Files.readAllBytes(path(note));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(Note note) {
    return new String(bytes(note), StandardCharsets.UTF_8);
  }

  /** {@code original} with {@code line} and the note's line break spliced in right after its last decision. */
  static byte[] withDecision(byte[] original, Note note, String line) {
    byte[] anchor = note.lastDecision.getBytes(StandardCharsets.UTF_8);
    int at = indexOf(original, anchor);
    if (at < 0 || indexOf(Arrays.copyOfRange(original, at + 1, original.length), anchor) >= 0) {
      throw new IllegalStateException(note + " should hold its last decision exactly once");
    }
    int cut = at + anchor.length;
    byte[] added = (line + note.eol).getBytes(StandardCharsets.UTF_8);
    byte[] result = new byte[original.length + added.length];
    System.arraycopy(original, 0, result, 0, cut);
    System.arraycopy(added, 0, result, cut, added.length);
    System.arraycopy(original, cut, result, cut + added.length, original.length - cut);
    return result;
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
