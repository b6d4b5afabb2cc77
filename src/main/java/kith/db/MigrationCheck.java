package kith.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Tells, without starting Flyway, whether a store already has exactly the migrations Kith ships. Loading Flyway
 * costs about a second at every start (its plugins, Jackson to copy its configuration, a scan of the jar), which
 * is most of the time a schema that is already current takes. Anything short of an exact match (a migration
 * not applied, a failed one, a checksum that differs, an applied one Kith does not ship, a history this check
 * cannot read) leaves the decision to Flyway, which migrates or refuses as it always did.
 */
final class MigrationCheck {
  static final String LOCATION = "db/migration";

  private static final String HISTORY = """
      SELECT "version", "script", "checksum", "success", "type" FROM "flyway_schema_history"
      """;

  private MigrationCheck() {}

  /** True when every shipped migration is applied as shipped and nothing else is recorded. */
  static boolean isCurrent(DataSource dataSource) {
    Optional<Map<String, Shipped>> shipped = shipped(MigrationCheck.class.getClassLoader());
    if (shipped.isEmpty() || shipped.get().isEmpty()) {
      return false;
    }
    Map<String, Shipped> unapplied = new HashMap<>(shipped.get());
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(HISTORY)) {
      while (rows.next()) {
        if ("TABLE".equals(rows.getString("type"))) {
          continue; // Flyway's marker row for the history table it created
        }
        Shipped migration = unapplied.remove(rows.getString("version"));
        if (migration == null
            || !rows.getBoolean("success")
            || !migration.script().equals(rows.getString("script"))
            || rows.getObject("checksum") == null
            || rows.getInt("checksum") != migration.checksum()) {
          return false;
        }
      }
    } catch (SQLException noHistoryYet) {
      return false;
    }
    return unapplied.isEmpty();
  }

  /** A versioned SQL migration as Kith ships it. */
  record Shipped(String script, int checksum) {}

  /**
   * The versioned migrations under {@link #LOCATION}, by version as Flyway records it ("1", "1.1"); empty when
   * they cannot be listed, so that Flyway decides.
   */
  static Optional<Map<String, Shipped>> shipped(ClassLoader loader) {
    Map<String, Shipped> byVersion = new HashMap<>();
    try {
      Enumeration<URL> locations = loader.getResources(LOCATION);
      if (!locations.hasMoreElements()) {
        return Optional.empty();
      }
      while (locations.hasMoreElements()) {
        for (String script : scripts(locations.nextElement())) {
          if (!script.endsWith(".sql")) {
            continue;
          }
          int separator = script.indexOf("__");
          if (!script.startsWith("V") || separator < 2) {
            return Optional.empty(); // repeatable or unusual: Flyway knows what to make of it
          }
          String version = script.substring(1, separator).replace('_', '.');
          Shipped migration = new Shipped(script, checksum(loader, LOCATION + "/" + script));
          if (byVersion.put(version, migration) != null) {
            return Optional.empty();
          }
        }
      }
    } catch (IOException | UncheckedIOException | URISyntaxException | UnsupportedOperationException e) {
      return Optional.empty();
    }
    return Optional.of(byVersion);
  }

  /** The file names directly under one location: a folder (tests, an IDE) or a folder inside a jar. */
  private static Iterable<String> scripts(URL location) throws IOException, URISyntaxException {
    if ("file".equals(location.getProtocol())) {
      try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
        return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
      }
    }
    if (!"jar".equals(location.getProtocol())) {
      throw new UnsupportedOperationException(location.getProtocol());
    }
    JarURLConnection connection = (JarURLConnection) location.openConnection();
    connection.setUseCaches(false);
    String prefix = connection.getEntryName() + (connection.getEntryName().endsWith("/") ? "" : "/");
    try (JarFile jar = connection.getJarFile()) {
      List<String> names = new ArrayList<>();
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.startsWith(prefix) && name.length() > prefix.length() && name.indexOf('/', prefix.length()) < 0) {
          names.add(name.substring(prefix.length()));
        }
      }
      return names;
    }
  }

  /**
   * Flyway's checksum of a SQL script: CRC-32 over its lines in UTF-8, without line breaks or a leading byte
   * order mark. Should Flyway ever compute it differently, the checksums merely stop matching and Flyway runs.
   */
  static int checksum(ClassLoader loader, String resource) {
    CRC32 crc = new CRC32();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = reader.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      while (line != null) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
        line = reader.readLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (int) crc.getValue();
  }
}
