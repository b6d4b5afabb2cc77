package kith.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, migrated store for one test: an H2 database file always, and a PostgreSQL schema of its own when
 * {@code KITH_TEST_POSTGRES_URL} points at a server (as {@code .ci/run} arranges).
 */
public final class TestDatabase implements AutoCloseable {
  public static final String POSTGRES_URL_VARIABLE = "KITH_TEST_POSTGRES_URL";

  private final String name;
  private final String url;
  private final Runnable dropper;
  private Database database;

  private TestDatabase(String name, String url, Runnable dropper) {
    this.name = name;
    this.url = url;
    this.dropper = dropper;
  }

  /** For {@code @MethodSource}: a parameterized test runs once on each kind of store ({@link #kinds}). */
  public static final String KINDS = "kith.db.TestDatabase#kindStream";

  /** The kinds of store the tests run on, here: "h2", and "postgresql" when configured. */
  public static List<String> kinds() {
    List<String> kinds = new ArrayList<>(List.of("h2"));
    if (postgresUrl() != null) {
      kinds.add("postgresql");
    }
    return kinds;
  }

  /** {@link #kinds} as {@code @MethodSource} takes them. */
  public static Stream<String> kindStream() {
    return kinds().stream();
  }

  public static TestDatabase create(String kind, Path tempDir) {
    return switch (kind) {
      case "h2" -> new TestDatabase(kind, "jdbc:h2:file:" + tempDir.resolve("kith").toAbsolutePath(), () -> {});
      case "postgresql" -> postgres();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  public static String postgresUrl() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  private static TestDatabase postgres() {
    String base = postgresUrl();
    String schema = "kith_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase("postgresql", url, () -> execute(base, "DROP SCHEMA " + schema + " CASCADE"));
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + url, e);
    }
  }

  public String url() {
    return url;
  }

  /** Opens (and migrates) the database; closed with this object. */
  public Database open() {
    if (database == null) {
      database = Database.open(url);
    }
    return database;
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
    dropper.run();
  }

  @Override
  public String toString() {
    return name;
  }
}
