package kith.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path temp;

  @Test
  void anH2DatabaseKeepsEnoughParsedStatementsForACard() {
    try (Database database = Database.open("jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath())) {
      assertEquals("64", querySetting(database));
    }
  }

  @Test
  void aQueryCacheTheUrlNamesIsKept() {
    try (Database database =
        Database.open("jdbc:h2:file:" + temp.resolve("kith").toAbsolutePath() + ";query_cache_size=4")) {
      assertEquals("4", querySetting(database));
    }
  }

  @Test
  void otherDatabasesUrlsAreLeftAlone() {
    String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    assertEquals(url, Database.withH2Defaults(url));
  }

  private static String querySetting(Database database) {
    return database.jdbi().withHandle(h -> h.createQuery(
        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")
        .mapTo(String.class).one());
  }
}
