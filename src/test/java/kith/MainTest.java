package kith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kith.slack.testing.SlackApiStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: real settings, a real database file, the shipped example vault. */
class MainTest {
  @TempDir Path temp;
  private final Map<String, String> env = new HashMap<>();

  record Result(int status, String out, String err) {}

  @BeforeEach
  void setUp() {
    env.put("KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("data/kith").toAbsolutePath());
  }

  Result kith(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, env, temp, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  void importExample() {
    Result result = kith("import", Path.of("examples/vault").toAbsolutePath().toString());
    assertEquals(0, result.status(), result::toString);
  }

  @Test
  void importsTheExampleVaultAndPrintsASummary() {
    Result result = kith("import", Path.of("examples/vault").toAbsolutePath().toString());

    assertEquals(0, result.status(), result::toString);
    assertEquals("imported 6, updated 0, unchanged 0, archived 0, failed 0, skipped 2\n", result.out());
  }

  @Test
  void importingAgainLeavesTheUnchangedFilesUnreadUnlessToldToReread() {
    importExample();
    String vault = Path.of("examples/vault").toAbsolutePath().toString();

    // The example vault's files were written when the project was checked out, long enough ago to be stamped.
    Result again = kith("import", vault);
    Result reread = kith("import", "--reread", vault);

    assertEquals(0, again.status(), again::toString);
    assertEquals("imported 0, updated 0, unchanged 6, archived 0, failed 0, skipped 2; 8 unchanged files not read"
        + " again\n", again.out());
    assertEquals(0, reread.status(), reread::toString);
    assertEquals("imported 0, updated 0, unchanged 6, archived 0, failed 0, skipped 2\n", reread.out());
    assertTrue(kith("import", "--help").out().contains("--reread"));
  }

  @Test
  void importsKithVaultWhenNoFolderIsGiven() {
    env.put("KITH_VAULT", Path.of("examples/vault").toAbsolutePath().toString());
    Result result = kith("import");
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().startsWith("imported 6,"), result::toString);
  }

  @Test
  void printsKushalsCardWithEverythingHisNoteSays() {
    importExample();
    Result result = kith("who", "Kushal Datta");

    assertEquals(0, result.status(), result::toString);
    String card = result.out();
    assertTrue(card.startsWith("Kushal Datta\nPlatform engineering lead, Apollo program\n"), card);
    assertTrue(card.contains("Relationship: Partner-side sponsor for the Apollo pilot\n"), card);
    assertTrue(card.contains("Last contact: 3 Jan 2026 · 11 months ago\n"), card);
    assertTrue(card.contains("Recent context (5 of 6)\n  3 Jan 2026   Prep for partner review — Priya Raman"), card);
    assertTrue(card.contains("☐ Send Kushal the 30/60/90 pilot plan with success criteria (due 5 Dec 2026)"), card);
    assertFalse(card.contains("reference architecture deck"), "done tasks are not open tasks");
    assertTrue(card.contains("✅ Start with the Apollo pilot before any marketplace listing."), card);
    assertTrue(card.contains("  Customers: Northwind\n  Projects: Project Apollo, Storage Roadmap\n"), card);
    assertTrue(card.contains("  People: Jeff Denworth, Priya Raman\n"), card);
    assertTrue(card.contains("Apollo pilot scope · GPU utilisation"), card);
    assertTrue(card.contains("• Joined the Apollo program from the search infrastructure team in 2024."), card);
    assertTrue(card.contains("• Ana Lima's note: 1 interaction via them, latest 6 Nov 2025"), card);
  }

  @Test
  void findsKushalTheWayAPersonTypesHim() {
    importExample();
    for (String typed : new String[] {"kushal", "Kushal Dutta", "Datta", "K. Datta", "Kushl"}) {
      Result result = kith("who", typed);
      assertEquals(0, result.status(), typed + ": " + result);
      assertTrue(result.out().startsWith("Kushal Datta\n"), typed + ": " + result.out());
    }
  }

  @Test
  void showsWhereSomeoneWithoutANoteAppears() {
    importExample();
    Result result = kith("who", "Jeff Denworth");

    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("No note of their own"), result.out());
    assertTrue(result.out().contains("• Kushal Datta's note: 3 interactions via them, latest 7 Nov 2025"), result.out());
  }

  @Test
  void listsCandidatesWhenSeveralMatch() {
    importExample();
    Result result = kith("who", "Sam");

    assertEquals(2, result.status(), result::toString);
    assertEquals("""
        Several people match "Sam":
          1. Sam Carter — Solutions Engineer · Example Corp
          2. Sam Okafor — Product Manager, Data Platform · Northwind
        """, result.out());
  }

  @Test
  void saysNoOneMatchesWithTheClosestNames() {
    importExample();
    Result result = kith("who", "Priyanka Rao");

    assertEquals(1, result.status(), result::toString);
    assertTrue(result.out().startsWith("No one matches \"Priyanka Rao\". Closest: Priya Raman"), result.out());
  }

  @Test
  void printsTheCardAsJson() {
    importExample();
    Result result = kith("who", "--json", "José");

    assertEquals(0, result.status(), result::toString);
    JsonObject card = JsonParser.parseString(result.out()).getAsJsonObject();
    assertEquals("José Núñez", card.get("name").getAsString());
    assertEquals("Field CTO", card.get("role").getAsString());
    assertEquals("Lumen Data", card.get("organisation").getAsString());
    assertEquals("Pepe", card.getAsJsonArray("aliases").get(0).getAsString());
  }

  @Test
  void aFolderGivenThatDoesNotExistOrIsAFileIsAMistakeOnTheCommandLine() throws IOException {
    Path file = Files.writeString(temp.resolve("a-note.md"), "# Not a folder\n");

    Result missing = kith("import", temp.resolve("nowhere").toString());
    Result aFile = kith("import", file.toString());

    assertEquals(2, missing.status(), "a mistake on the command line, not in the settings");
    assertTrue(missing.err().startsWith("folder " + temp.resolve("nowhere") + " does not exist\n"), missing.err());
    assertEquals(2, aFile.status());
    assertTrue(aFile.err().startsWith(file + " is a file, not a folder\n"), aFile.err());
  }

  @Test
  void aVaultFolderThatDoesNotExistStopsWithOneLine() {
    env.put("KITH_VAULT", temp.resolve("nowhere").toString());
    Result result = kith("import");

    assertEquals(Main.EXIT_CONFIG, result.status());
    assertEquals("kith: KITH_VAULT: folder " + temp.resolve("nowhere") + " does not exist\n", result.err());
  }

  @Test
  void aDatabaseUrlThatIsNotJdbcStopsWithOneLine() {
    env.put("KITH_DB_URL", "postgres://localhost/kith");
    Result result = kith("who", "Kushal");

    assertEquals(Main.EXIT_CONFIG, result.status());
    assertTrue(result.err().startsWith("kith: KITH_DB_URL: \"postgres://localhost/kith\" is not a JDBC URL"),
        result::toString);
    assertEquals(1, result.err().lines().count());
  }

  @Test
  void readsSettingsFromDotEnvButTheEnvironmentWins() throws Exception {
    Files.writeString(temp.resolve(".env"), "KITH_VAULT=" + temp.resolve("from-dotenv") + "\n"
        + "KITH_DB_URL=jdbc:h2:file:" + temp.resolve("dotenv-db") + "\n");
    Result fromFile = kith("import");
    assertEquals("kith: KITH_VAULT: folder " + temp.resolve("from-dotenv") + " does not exist\n", fromFile.err());

    env.put("KITH_VAULT", Path.of("examples/vault").toAbsolutePath().toString());
    Result fromEnvironment = kith("import");
    assertEquals(0, fromEnvironment.status(), fromEnvironment::toString);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"import", "who", "serve", "decisions", "status"}) {
      Result result = kith(command, "--help");
      assertEquals(0, result.status());
      assertTrue(result.out().startsWith("Usage: kith " + command), result.out());
    }
  }

  @Test
  void serveWithoutABotTokenSaysWhereToFindIt() {
    Result result = kith("serve");

    assertEquals(Main.EXIT_CONFIG, result.status());
    assertTrue(result.err().startsWith("kith: SLACK_BOT_TOKEN: not set: copy the Bot User OAuth Token"), result.err());
    assertTrue(result.err().contains("OAuth & Permissions"), result.err());
  }

  @Test
  void serveOverHttpWithoutASigningSecretSaysWhereToFindIt() {
    env.put("SLACK_BOT_TOKEN", "xoxb-secret-value-123");
    Result result = kith("serve");

    assertEquals(Main.EXIT_CONFIG, result.status());
    assertTrue(result.err().startsWith("kith: SLACK_SIGNING_SECRET: not set"), result.err());
    assertTrue(result.err().contains("Basic Information"), result.err());
    assertFalse(result.err().contains("xoxb-secret-value-123"), "tokens never appear in output");
  }

  @Test
  void serveWithATokenSlackRefusesStopsWithStatusOne() {
    try (SlackApiStandIn slack = new SlackApiStandIn()) {
      slack.failNext("auth.test", "invalid_auth");
      env.put("SLACK_BOT_TOKEN", "xoxb-revoked");
      env.put("SLACK_SIGNING_SECRET", "secret");
      env.put("SLACK_API_URL", slack.url());
      env.put("KITH_BIND_HOST", "127.0.0.1");
      env.put("PORT", "0");

      Result result = kith("serve");

      assertEquals(1, result.status(), result::toString);
      assertEquals(1, slack.calls("auth.test").size(), "asked once: the SDK asks nothing of its own");
    }
  }

  @Test
  void aPortThatIsNotANumberStopsWithOneLine() {
    env.put("PORT", "eighty");
    Result result = kith("who", "Kushal");

    assertEquals(Main.EXIT_CONFIG, result.status());
    assertEquals("kith: PORT: \"eighty\" is not a port number (0 to 65535)\n", result.err());
  }

  @Test
  void exportsDecisionsAsTextJsonAndCsv() {
    importExample();

    Result text = kith("decisions", "Kushal");
    assertEquals(0, text.status(), text::toString);
    assertTrue(text.out().startsWith("Decisions with Kushal Datta: 3\n"), text.out());
    assertTrue(text.out().contains("undated      Start with the Apollo pilot before any marketplace listing."),
        text.out());

    Result json = kith("decisions", "Priya", "--json");
    JsonObject parsed = JsonParser.parseString(json.out()).getAsJsonObject();
    assertEquals("Priya Raman", parsed.get("person").getAsString());
    JsonObject first = parsed.getAsJsonArray("decisions").get(0).getAsJsonObject();
    assertEquals("2026-11-12", first.get("date").getAsString());
    assertEquals("https://example.slack.com/archives/C1/p1700000000000100", first.get("link").getAsString());

    Result csv = kith("decisions", "Priya", "--csv");
    assertEquals("date,text,source,link,recorded_by\r\n"
        + "2026-11-12,Partner reviews move to a quarterly cadence.,note,"
        + "https://example.slack.com/archives/C1/p1700000000000100,\r\n", csv.out());

    assertEquals("Decisions with Kushal Datta: 0\n", kith("decisions", "Kushal", "--since", "2026-01-01").out());
    assertEquals(2, kith("decisions", "Sam").status());
  }

  @Test
  void statusShowsTheStoreAndQueuedWriteBacks() {
    importExample();
    Result result = kith("status");

    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("Contacts: 7\n"), result.out());
    assertTrue(result.out().contains("Queued note write-backs: 0\n"), result.out());
  }
}
