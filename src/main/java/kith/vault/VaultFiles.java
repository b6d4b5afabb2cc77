package kith.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown files of a vault, with Obsidian's own folders (.obsidian, .trash) and other hidden ones left out. */
final class VaultFiles {
  private VaultFiles() {}

  /** Paths relative to {@code root}, sorted, so every import visits notes in the same order. */
  static List<Path> markdownFiles(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (attrs.isRegularFile() && name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.startsWith(".")) {
            files.add(root.relativize(file));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // An unreadable file is still a file of the vault: reading it later reports why, with its path.
          files.add(root.relativize(file));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the vault folder " + root, e);
    }
    files.sort(null);
    return files;
  }

  /** The path as stored: relative, with forward slashes on every platform. */
  static String storedPath(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
