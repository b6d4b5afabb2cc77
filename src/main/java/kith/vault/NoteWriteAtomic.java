package kith.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * Replaces a note all at once (a temporary file beside it, fsynced, then renamed over it), and only if no one
 * changed the note since it was read: an edit made in Obsidian meanwhile makes the change start over from it.
 */
final class NoteWriteAtomic {
  static final int ATTEMPTS = 5;
  static final String TEMP_SUFFIX = ".kith-tmp";

  /**
   * What an edit gives.
   *
   * @param bytes the note's new content, or null when it stays as it is
   */
  record Change<T>(T result, byte[] bytes) {}

  /** An edit of a note's current bytes. */
  @FunctionalInterface
  interface Edit<T> {
    Change<T> apply(byte[] current) throws IOException;
  }

  private NoteWriteAtomic() {}

  static <T> T update(Path note, Runnable beforeMove, Edit<T> edit) throws IOException {
    // The real path, so that a symlinked note has its target rewritten rather than the link replaced.
    Path target = note.toRealPath();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      byte[] read = Files.readAllBytes(target);
      Change<T> change = edit.apply(read);
      if (change.bytes() == null) {
        return change.result();
      }
      requireWritable(target);
      if (replaceIfUnchanged(target, read, change.bytes(), beforeMove)) {
        return change.result();
      }
    }
    throw new IOException(target + " kept changing while Kith wrote to it; gave up after " + ATTEMPTS + " tries");
  }

  /**
   * Explicit because {@link Files#isWritable} says yes to root: a note its owner made read-only stays untouched
   * whoever runs Kith.
   */
  private static void requireWritable(Path target) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    boolean writable =
        posix != null
            ? posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)
            : Files.isWritable(target) && !isDosReadOnly(target);
    if (!writable) {
      throw new AccessDeniedException(target.toString(), null, "note is read-only");
    }
  }

  private static boolean isDosReadOnly(Path target) throws IOException {
    DosFileAttributeView dos = Files.getFileAttributeView(target, DosFileAttributeView.class);
    return dos != null && dos.readAttributes().isReadOnly();
  }

  private static boolean replaceIfUnchanged(Path target, byte[] read, byte[] bytes, Runnable beforeMove)
      throws IOException {
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", TEMP_SUFFIX);
    try {
      writeSynced(temp, bytes);
      keepAttributes(target, temp);
      beforeMove.run();
      if (!Arrays.equals(read, Files.readAllBytes(target))) {
        Files.delete(temp);
        return false;
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    syncDirectory(target.getParent());
    return true;
  }

  private static void writeSynced(Path temp, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** The temporary file is created private; the note keeps its own permissions, and its owner where allowed. */
  private static void keepAttributes(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes original = view.readAttributes();
    PosixFileAttributeView copy = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    copy.setPermissions(original.permissions());
    try {
      if (!original.owner().equals(Files.getOwner(temp))) {
        copy.setOwner(original.owner());
      }
      copy.setGroup(original.group());
    } catch (IOException notPermitted) {
      // Only root may give a file away; anyone else writes notes they own, where this changes nothing.
    }
  }

  /** Makes the rename itself durable where the platform allows opening a directory; elsewhere it is best effort. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException unsupported) {
      // Windows cannot open a directory as a channel; the rename is still atomic there.
    }
  }
}
