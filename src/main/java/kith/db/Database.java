package kith.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import kith.Causes;
import kith.config.SettingsException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The store: a pooled connection to the JDBC URL, migrated by Flyway, reached through Jdbi. */
public final class Database implements AutoCloseable {
  /** Parsed statements H2 keeps per connection: every statement of a card and of a lookup, with room to spare. */
  private static final int H2_QUERY_CACHE = 64;
  /** H2's error code for a database file another process holds ({@code DATABASE_ALREADY_OPEN_1}). */
  private static final int H2_DATABASE_IN_USE = 90020;
  /** Ids an H2 identity column takes at once, in a commit of its own (see V11__identity_blocks.sql). */
  private static final String H2_IDENTITY_BLOCK = "10000";
  /** The system property that turns H2's shared cache of values on and off. */
  private static final String H2_OBJECT_CACHE = "h2.objectCache";

  static {
    // H2 looks every string it is given up in a cache of values shared by the whole process, hashing it first:
    // each note's 6 KB document and 2 KB card, a tenth of the import's writing thread once compiled and more before,
    // for values that are rarely equal. It reads the setting once, when its first class that needs it loads, which
    // is after this: every store Kith opens goes through here. A -Dh2.objectCache given to the JVM wins.
    if (System.getProperty(H2_OBJECT_CACHE) == null) {
      System.setProperty(H2_OBJECT_CACHE, "false");
    }
  }

  private final HikariDataSource dataSource;
  private final String jdbcUrl;
  /** Made on first use: {@code kith serve} starts opening the store first and builds Jdbi meanwhile. */
  private Jdbi jdbi;

  private Database(HikariDataSource dataSource, String jdbcUrl) {
    this.dataSource = dataSource;
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * Opens the database at {@code jdbcUrl} and brings its schema up to date.
   *
   * @throws SettingsException naming {@code KITH_DB_URL} when it cannot be opened or migrated
   */
  public static Database open(String jdbcUrl) {
    Database database = unopened(jdbcUrl);
    try {
      database.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /**
   * The database at {@code jdbcUrl}, not connected yet: {@link #migrate} connects. A server opens it on another
   * thread while it builds everything around it.
   */
  public static Database unopened(String jdbcUrl) {
    createH2Folder(jdbcUrl);
    // The no-argument pool connects on first use, not here.
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(withH2Defaults(jdbcUrl));
    dataSource.setPoolName("kith");
    dataSource.setMaximumPoolSize(8);
    // Fail fast with the driver's message instead of waiting for a pool that will never fill.
    dataSource.setInitializationFailTimeout(1);
    // /healthz must answer quickly when the database is gone.
    dataSource.setConnectionTimeout(5_000);
    return new Database(dataSource, jdbcUrl);
  }

  /**
   * Connects and brings the schema up to date. Flyway runs only when the schema is not exactly what Kith ships
   * (see {@link MigrationCheck}), so a start on a current store does not pay for loading it.
   *
   * @throws SettingsException naming {@code KITH_DB_URL} when it cannot be opened or migrated
   */
  public void migrate() {
    try {
      if (!MigrationCheck.isCurrent(dataSource)) {
        migrations(dataSource, jdbcUrl).load().migrate();
      }
    } catch (RuntimeException e) {
      throw unavailable(jdbcUrl, e);
    }
  }

  /**
   * H2 keeps only 8 parsed statements per connection by default; a card alone runs more than that, so every
   * lookup re-parsed its SQL. And by default H2 writes what a transaction changed to its file up to half a second
   * after the commit returns, from a thread of its own: a process that died in that half second lost a decision
   * Slack had been told was recorded, or the mark that an event was handled. With no delay the commit is in the
   * file (not yet synced to the disk) before it returns; an import of the benchmark's 20,000 notes takes about a
   * second longer. And H2 keeps the last result of each parsed statement, rows and all, to hand back should the
   * same statement run again on unchanged tables: with a pool of connections kept open, every large read (an
   * import's pass over every note's mentions, the name index's entries) stayed in memory for as long as the server
   * ran, 47 of the 90 MB in use after the benchmark's import. H2 lets only an admin user change these, as it does
   * the file Kith creates. H2's page cache stays at its default (16 MB): Kith set 64 MB for the cards' pages until
   * the cards were kept in memory ({@link kith.contact.KeptCards}); with the smaller cache the benchmark's import is
   * 1.5–2 s faster and its heap 28 MB smaller. And H2 closes the database from a shutdown hook of its own, which the
   * JVM runs beside Kith's: {@code kith serve}, told to stop, finished its requests and timer tasks in flight on a
   * closed store ("Database is already closed"), so Kith closes the store itself, once they are done. Settings the URL
   * names itself win.
   */
  static String withH2Defaults(String jdbcUrl) {
    if (!isH2(jdbcUrl)) {
      return jdbcUrl;
    }
    String upper = jdbcUrl.toUpperCase(Locale.ROOT);
    StringBuilder url = new StringBuilder(jdbcUrl);
    if (!upper.contains(";QUERY_CACHE_SIZE=")) {
      url.append(";QUERY_CACHE_SIZE=").append(H2_QUERY_CACHE);
    }
    if (!upper.contains(";WRITE_DELAY=")) {
      url.append(";WRITE_DELAY=0");
    }
    if (!upper.contains(";OPTIMIZE_REUSE_RESULTS=")) {
      url.append(";OPTIMIZE_REUSE_RESULTS=FALSE");
    }
    if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
      url.append(";DB_CLOSE_ON_EXIT=FALSE");
    }
    return url.toString();
  }

  /** Kith's migrations for the store at {@code jdbcUrl}, as Kith runs them and as tests build earlier stores. */
  static FluentConfiguration migrations(DataSource dataSource, String jdbcUrl) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:" + MigrationCheck.LOCATION)
        .placeholders(Map.of("identity_block", isH2(jdbcUrl) ? H2_IDENTITY_BLOCK : "1"));
  }

  private static boolean isH2(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  /**
   * One line naming the setting, the URL without its password, and the innermost cause; for an H2 file another
   * process has open (a common slip: {@code kith import} while {@code kith serve} runs on the same store), what to
   * do about it instead of H2's "The file is locked".
   */
  private static SettingsException unavailable(String jdbcUrl, Throwable e) {
    Throwable cause = Causes.innermost(e);
    boolean inUse = Causes.of(e)
        .anyMatch(each -> each instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE);
    String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    reason = reason.lines().findFirst().orElse(reason);
    if (inUse) {
      reason = "another process has this H2 file open (a kith serve or kith import running on it?), and an H2 store"
          + " serves one process at a time: stop that process first, or give both the same PostgreSQL store";
    }
    String shownUrl = jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    return new SettingsException("KITH_DB_URL", "cannot open the database " + shownUrl + ": " + reason);
  }

  /** True when Flyway would find nothing to do (see {@link MigrationCheck}). */
  boolean schemaIsCurrent() {
    return MigrationCheck.isCurrent(dataSource);
  }

  /**
   * True when no other process can write this store: an H2 database embedded in this process (a file, which H2
   * lets one process open at a time, or memory), not one reached over H2's TCP server or shared through its
   * automatic server mode. What Kith keeps in memory of the store is then kept up to date by its own writes alone.
   */
  public boolean writtenByThisProcessAlone() {
    String upper = jdbcUrl.toUpperCase(Locale.ROOT).replace(" ", "");
    if (!upper.startsWith("JDBC:H2:") || upper.startsWith("JDBC:H2:TCP:") || upper.startsWith("JDBC:H2:SSL:")) {
      return false;
    }
    // H2 reads AUTO_SERVER as a lenient boolean (TRUE, 1, Y, YES, T…): anything but a plain "off" shares the file.
    int setting = upper.indexOf(";AUTO_SERVER=");
    if (setting < 0) {
      return true;
    }
    String value = upper.substring(setting + ";AUTO_SERVER=".length()).split(";", 2)[0];
    return Set.of("FALSE", "0", "N", "NO", "F", "OFF").contains(value);
  }

  public synchronized Jdbi jdbi() {
    if (jdbi == null) {
      jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }
    return jdbi;
  }

  /** True when the database answers a trivial query. */
  public boolean isHealthy() {
    try {
      return jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** H2 creates the database file but not the folder it lives in. */
  private static void createH2Folder(String jdbcUrl) {
    String prefix = "jdbc:h2:file:";
    if (!jdbcUrl.startsWith(prefix)) {
      return;
    }
    String file = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder " + parent, e);
    }
  }
}
