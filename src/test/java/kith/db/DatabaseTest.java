package kith.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kith.ThisJvm;
import kith.config.SettingsException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseTest {
  @TempDir Path temp;

  @Test
  void anH2DatabaseKeepsEnoughParsedStatementsForACard() {
    try (Database database = Database.open("jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath())) {
      assertEquals("64", querySetting(database));
    }
  }

  /**
   * Two equal strings given to H2 stay two: H2 no longer hashes each value Kith binds to share it. In a JVM of its
   * own, as H2 reads the setting once, when its first class that needs it loads (here other tests load H2 first).
   */
  @Test
  void h2SharesNoCacheOfTheStringsItIsGiven() throws Exception {
    String url = "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath();
    String output = childOutput(SharedStrings.class, url);
    assertEquals("own", output.lines().reduce((first, last) -> last).orElse(""), output);
  }

  @Test
  void aQueryCacheTheUrlNamesIsKept() {
    try (Database database =
        Database.open("jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath() + ";query_cache_size=4")) {
      assertEquals("4", querySetting(database));
    }
  }

  /**
   * What Kith sets on an H2 store unless the URL names the setting itself: a commit in the file before it returns
   * (no write delay); and what it leaves to H2 (no setting of its own: H2's default), the page cache.
   */
  @ParameterizedTest
  @CsvSource({"WRITE_DELAY, 0, 250", "CACHE_SIZE, '', 2048"})
  void anH2DatabaseHasKithsSettingUnlessTheUrlNamesItsOwn(String name, String kiths, String urls) {
    try (Database database = Database.open("jdbc:h2:file:" + temp.resolve("kiths").toAbsolutePath())) {
      assertEquals(kiths, setting(database, name));
    }
    try (Database database = Database.open("jdbc:h2:file:" + temp.resolve("urls").toAbsolutePath()
        + ";" + name.toLowerCase(Locale.ROOT) + "=" + urls)) {
      assertEquals(urls, setting(database, name));
    }
  }

  /** H2's own shutdown hook would close the store under {@code kith serve}'s work in flight (see ServeProcessIT). */
  @Test
  void kithClosesAnH2StoreItselfUnlessTheUrlSaysOtherwise() {
    assertTrue(Database.withH2Defaults("jdbc:h2:file:./data/kith").endsWith(";DB_CLOSE_ON_EXIT=FALSE"));
    String urls = "jdbc:h2:file:./data/kith;db_close_on_exit=true";
    assertFalse(Database.withH2Defaults(urls).toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT=FALSE"),
        Database.withH2Defaults(urls));
  }

  @Test
  void aCommitOnH2OutlivesTheProcessDyingRightAfterIt() throws Exception {
    try (Database database = Database.open(storeWhoseProcessDiedRightAfterACommit())) {
      int rows = database.jdbi().withHandle(handle -> handle.createQuery(
          "SELECT COUNT(*) FROM contact WHERE name = 'Ada Quist'").mapTo(Integer.class).one());
      assertEquals(1, rows, "the committed contact is in the store");
    }
  }

  @Test
  void anIdOfABlockTakenBeforeACrashIsNotHandedOutAgain() throws Exception {
    try (Database database = Database.open(storeWhoseProcessDiedRightAfterACommit())) {
      List<Long> ids = database.jdbi().withHandle(handle -> {
        handle.execute("INSERT INTO contact (kind, name, name_key, updated_at) VALUES ('mentioned', 'Bo', 'bo',"
            + " CURRENT_TIMESTAMP)");
        return handle.createQuery("SELECT id FROM contact ORDER BY name").mapTo(Long.class).list();
      });
      assertTrue(ids.get(1) > ids.get(0), () -> "Ada Quist, committed before the crash, then Bo: " + ids);
    }
  }

  @Test
  // On a thread of its own, so that a child that never says "open" ends the test instead of hanging the build.
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anH2FileAnotherProcessHasOpenIsRefusedWithWhatToDo() throws Exception {
    String url = "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath();
    Path errors = temp.resolve("child-errors.log");
    Process child = childJava(HoldOpen.class, url).redirectError(errors.toFile()).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("open", said.readLine(), () -> "the other process has the store open; it said on stderr: "
          + readQuietly(errors));

      SettingsException refused = assertThrows(SettingsException.class, () -> Database.open(url));

      assertTrue(refused.getMessage().startsWith("KITH_DB_URL: cannot open the database " + url
          + ": another process has this H2 file open"), refused.getMessage());
      assertTrue(refused.getMessage().contains("stop that process first"), refused.getMessage());
      child.getOutputStream().close();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the other process ends once told to");
    } finally {
      child.destroyForcibly();
    }
    Database.open(url).close();
  }

  /** What {@code main} printed, run with {@code url} in a JVM of its own to its end, which must be a success. */
  private String childOutput(Class<?> main, String url) throws Exception {
    Path log = temp.resolve("child.log");
    Process child = childJava(main, url).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends");
    } finally {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), output);
    return output;
  }

  /** {@code main} run with {@code url} in a JVM of its own, on this test's Java and class path. */
  private static ProcessBuilder childJava(Class<?> main, String url) {
    return new ProcessBuilder(ThisJvm.launcher(), "-cp", ThisJvm.classPath(), main.getName(), url);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  @Test
  void anH2DatabaseKeepsNoQuerysResultForLaterUnlessTheUrlSaysOtherwise() {
    try (Database database = Database.open("jdbc:h2:file:" + temp.resolve("forget").toAbsolutePath())) {
      assertEquals(2, timesComputedWhenRunTwice(database), "run again, not handed the kept result");
    }
    try (Database database = Database.open(
        "jdbc:h2:file:" + temp.resolve("keep").toAbsolutePath() + ";optimize_reuse_results=true")) {
      assertEquals(1, timesComputedWhenRunTwice(database), "H2's own default");
    }
  }

  /** How often H2 computes one query's result when the same connection runs it twice on unchanged tables. */
  private static int timesComputedWhenRunTwice(Database database) {
    return database.jdbi().withHandle(handle -> {
      handle.execute(
          "CREATE ALIAS COMPUTED DETERMINISTIC FOR \"" + ComputedFunction.class.getName() + ".computed\"");
      handle.execute("CREATE TABLE seven (n INT)");
      handle.execute("INSERT INTO seven VALUES (7)");
      ComputedFunction.CALLS.set(0);
      for (int i = 0; i < 2; i++) {
        assertEquals(7, handle.createQuery("SELECT COMPUTED(n) FROM seven").mapTo(Integer.class).one());
      }
      return ComputedFunction.CALLS.get();
    });
  }

  @Test
  void migratingToNoteMentionsHasTheNextImportWriteAgainEveryNoteWhoseMentionsAreRows() {
    JdbcDataSource store = migratedUpTo("before-v10", "9");
    execute(store, "INSERT INTO contact (id, kind, name, name_key, updated_at, document_format, card_format)"
        + " VALUES (1, 'note', 'Ada', 'ada', CURRENT_TIMESTAMP, 1, 1),"
        + " (2, 'note', 'Bo', 'bo', CURRENT_TIMESTAMP, 1, 1)");
    execute(store, "INSERT INTO mention (source_contact_id, position, name, name_key, how) VALUES (1, 0, 'Bo', 'bo',"
        + " 'via')");

    try (Database database = Database.open(store.getURL())) {
      List<String> formats = database.jdbi().withHandle(h -> h.createQuery(
          "SELECT COALESCE(CAST(document_format AS VARCHAR), 'none') FROM contact ORDER BY id")
          .mapTo(String.class).list());
      assertEquals(List.of("none", "1"), formats, "Ada's note names Bo in a row; Bo's names no one");
    }
  }

  @Test
  void idsTakenInBlocksCarryOnFromTheIdsAStoreHadBefore() {
    JdbcDataSource store = migratedUpTo("before-v11", "10");
    execute(store, "INSERT INTO contact (kind, name, name_key, updated_at) VALUES ('note', 'Ada', 'ada',"
        + " CURRENT_TIMESTAMP), ('note', 'Bo', 'bo', CURRENT_TIMESTAMP)");

    try (Database database = Database.open(store.getURL())) {
      List<Long> ids = database.jdbi().withHandle(h -> {
        h.execute("INSERT INTO contact (kind, name, name_key, updated_at) VALUES ('note', 'Cy', 'cy',"
            + " CURRENT_TIMESTAMP)");
        return h.createQuery("SELECT id FROM contact ORDER BY id").mapTo(Long.class).list();
      });
      assertEquals(List.of(1L, 2L, 3L), ids);
    }
  }

  @Test
  void otherDatabasesUrlsAreLeftAlone() {
    String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    assertEquals(url, Database.withH2Defaults(url));
  }

  @Test
  void flywayIsSkippedOnlyWhenEveryShippedMigrationIsAppliedAsShipped() {
    JdbcDataSource store = h2("current");
    assertFalse(MigrationCheck.isCurrent(store), "a store without a schema history");
    Database.open(store.getURL()).close();
    assertTrue(MigrationCheck.isCurrent(store), "the checksums computed as Flyway computes them");
  }

  @Test
  void aMigratedStoreIsCurrentOnEveryKindOfStore() throws Exception {
    for (String kind : TestDatabase.kinds()) {
      try (TestDatabase store = TestDatabase.create(kind, temp.resolve(kind))) {
        store.open();
        try (Database again = Database.unopened(store.url())) {
          assertTrue(again.schemaIsCurrent(), kind);
        }
      }
    }
  }

  @Test
  void aPendingMigrationLeavesTheDecisionToFlyway() {
    JdbcDataSource store = h2("pending");
    Database.open(store.getURL()).close();
    execute(store, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'");
    assertFalse(MigrationCheck.isCurrent(store));
  }

  @Test
  void aFailedOrUnknownMigrationLeavesTheDecisionToFlyway() {
    JdbcDataSource failed = h2("failed");
    Database.open(failed.getURL()).close();
    execute(failed, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
    assertFalse(MigrationCheck.isCurrent(failed));

    JdbcDataSource newer = h2("newer");
    Database.open(newer.getURL()).close();
    execute(newer, "INSERT INTO \"flyway_schema_history\" SELECT 99, '99', 'from a newer Kith', 'SQL', "
        + "'V99__newer.sql', 1, \"installed_by\", \"installed_on\", 0, TRUE FROM \"flyway_schema_history\" "
        + "WHERE \"version\" = '1'");
    assertFalse(MigrationCheck.isCurrent(newer));
  }

  @Test
  void aMigrationEditedAfterItRanIsStillRefusedByFlyway() {
    JdbcDataSource store = h2("edited");
    Database.open(store.getURL()).close();
    execute(store, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
    assertFalse(MigrationCheck.isCurrent(store));
    SettingsException refused = assertThrows(SettingsException.class, () -> Database.open(store.getURL()));
    assertTrue(refused.getMessage().contains("Validate failed"), refused.getMessage());
  }

  @Test
  void theShippedMigrationsAreListedByVersion() {
    Map<String, MigrationCheck.Shipped> shipped =
        MigrationCheck.shipped(MigrationCheck.class.getClassLoader()).orElseThrow();
    assertEquals("V1__contacts.sql", shipped.get("1").script());
    assertTrue(shipped.size() >= 5, shipped.toString());
  }

  /** The URL of a store that a process opened as Kith does, committed Ada Quist to, and died at once. */
  private String storeWhoseProcessDiedRightAfterACommit() throws Exception {
    String url = "jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath();
    Database.open(url).close();
    String output = childOutput(CommitThenDie.class, url);
    assertTrue(output.contains("committed"), output);
    return url;
  }

  /** A store as a Kith that shipped migrations up to {@code version} left it. */
  private JdbcDataSource migratedUpTo(String name, String version) {
    JdbcDataSource store = h2(name);
    Database.migrations(store, store.getURL()).target(version).load().migrate();
    return store;
  }

  private JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + temp.resolve(name).toAbsolutePath());
    return dataSource;
  }

  private static void execute(JdbcDataSource dataSource, String sql) {
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String querySetting(Database database) {
    return setting(database, "QUERY_CACHE_SIZE");
  }

  /** The setting's value; H2 lists some settings twice (the database's and the session's), always alike here. */
  private static String setting(Database database, String name) {
    List<String> values = database.jdbi().withHandle(h -> h.createQuery(
        "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = :name")
        .bind("name", name).mapTo(String.class).list());
    return String.join(",", values);
  }
}
