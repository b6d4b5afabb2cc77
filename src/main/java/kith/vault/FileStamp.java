package kith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a file's metadata says of its content without reading it: its size, when it was last modified and, on Unix,
 * when its status last changed (ctime). An import takes the stored note of a file with the same stamp as it was,
 * without reading the file, much as git and Obsidian's own cache do. A tool that writes a file and sets its
 * modification time back (a copy keeping times, a sync) still changes its ctime, which nothing can set: on a Unix file
 * system that keeps one it is seen. On FAT or exFAT, which keep none (Linux reports one made up of other times), and
 * off Unix, such a file of the same size is seen only by an import that reads every file ({@code kith import
 * --reread}).
 *
 * <p>A file modified or changed less than {@link #SETTLED} before it is looked at has no stamp: file times tick
 * coarsely (two seconds on FAT, milliseconds on Linux), and the file written again within the same tick, after Kith
 * read it, would keep its stamp with other content. The next import reads such a file, and stamps it then.
 *
 * @param size in bytes
 * @param modified the last modification time, in nanoseconds since the epoch
 * @param changed the last status change time in nanoseconds since the epoch, or null where the file system has none
 */
public record FileStamp(long size, long modified, Long changed) {
  /** How old a file's times must be for its stamp to be trusted. */
  static final Duration SETTLED = Duration.ofSeconds(2);

  /**
   * The stamp of {@code file} as it is now, or null when it was modified or changed after {@code now} less
   * {@link #SETTLED}, or its attributes cannot be read (reading the file then says why). Take it before reading the
   * file: content read after it is at least as new, so a stamp never stands for older content than the note stored
   * with it.
   */
  static FileStamp of(Path file, Instant now) {
    long size;
    FileTime modified;
    FileTime changed = null;
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
        Map<String, Object> attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
        size = (Long) attributes.get("size");
        modified = (FileTime) attributes.get("lastModifiedTime");
        changed = (FileTime) attributes.get("ctime");
      } else {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        size = attributes.size();
        modified = attributes.lastModifiedTime();
      }
    } catch (IOException cannotTell) {
      return null;
    }
    long settled = nanos(FileTime.from(now.minus(SETTLED)));
    if (nanos(modified) > settled || (changed != null && nanos(changed) > settled)) {
      return null;
    }
    return new FileStamp(size, nanos(modified), changed == null ? null : nanos(changed));
  }

  /**
   * This stamp, taken as of {@code now} before {@code file} was read, when the file has it still; else null: the file
   * changed while it was read, and the content read may be that of neither stamp. Without this a file changed and
   * changed back during an import, or one restored later with its times kept where no status change time shows it,
   * could be left unread with content the store does not hold.
   */
  FileStamp stillOf(Path file, Instant now) {
    return equals(of(file, now)) ? this : null;
  }

  /** The stamp kept in a note's three columns, or null when they do not hold one. */
  public static FileStamp stored(Long size, Long modified, Long changed) {
    return size == null || modified == null ? null : new FileStamp(size, modified, changed);
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }
}
