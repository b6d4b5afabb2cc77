package kith.vault;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The vault's files that are no people notes, with their stamps, so an import can leave them unread (V13). */
public interface OtherFileStore extends SqlObject {
  /** One row. */
  record OtherFile(String path, long fileSize, long fileModified, Long fileChanged) {
    static OtherFile of(String path, FileStamp stamp) {
      return new OtherFile(path, stamp.size(), stamp.modified(), stamp.changed());
    }

    FileStamp stamp() {
      return new FileStamp(fileSize, fileModified, fileChanged);
    }
  }

  @SqlQuery("SELECT path, file_size, file_modified, file_changed FROM other_file")
  @RegisterConstructorMapper(OtherFile.class)
  List<OtherFile> all();

  /** Every file's stamp, by its path. */
  default Map<String, FileStamp> stampsByPath() {
    Map<String, FileStamp> stamps = new HashMap<>();
    all().forEach(file -> stamps.put(file.path(), file.stamp()));
    return stamps;
  }

  /** Forgets the files at {@code gone}, then keeps {@code kept}'s paths with their stamps: one transaction. */
  @Transaction
  default void replace(Collection<String> gone, Map<String, FileStamp> kept) {
    List<String> forget = new ArrayList<>(gone);
    forget.addAll(kept.keySet());
    delete(forget);
    insert(kept.entrySet().stream().map(file -> OtherFile.of(file.getKey(), file.getValue())).toList());
  }

  @SqlBatch("DELETE FROM other_file WHERE path = :path")
  void delete(@Bind("path") List<String> paths);

  @SqlBatch("""
      INSERT INTO other_file (path, file_size, file_modified, file_changed)
      VALUES (:path, :fileSize, :fileModified, :fileChanged)
      """)
  void insert(@BindMethods List<OtherFile> files);
}
