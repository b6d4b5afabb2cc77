package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kith.Main;
import kith.Wiring;
import kith.config.Settings;
import kith.vault.ImportSummary;
import kith.vault.NoteParser;
import kith.vault.NoteReading;
import kith.vault.PeopleNote;
import kith.vault.VaultImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith bench} end to end on a small vault (correctness only: no timing is asserted), and its vault. */
class BenchCommandTest {
  private static final List<String> KEYS = List.of("people", "import_notes_per_s", "reimport_s", "who_rps",
      "noop_rps", "who_to_noop_ratio", "who_p50_ms", "who_p99_ms", "errors", "heap_mb", "startup_s", "startup_without_archive_s");

  @TempDir Path temp;

  @Test
  void runsOnASmallVaultAndWritesEveryFigureAsJson() throws IOException {
    Path out = temp.resolve("results.json");
    StringWriter printed = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"bench", "--people", "300", "--clients", "2", "--seconds", "1",
        "--compiled-imports", "2", "--out", out.toString()}, new HashMap<>(), temp, new PrintWriter(printed, true),
        new PrintWriter(err, true));

    assertEquals(0, status, err::toString);
    JsonObject json = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
    KEYS.forEach(key -> assertTrue(json.has(key), "no " + key + " in " + json));
    assertEquals(300, json.get("people").getAsInt());
    assertEquals(0, json.get("errors").getAsLong(), err::toString);
    assertEquals(0, json.get("import_failed").getAsInt());
    assertEquals(300, json.get("reimport_unchanged").getAsInt());
    // How many were left unread depends on how long before the first import each file was written (FileStamp).
    int unread = json.get("reimport_unread").getAsInt();
    assertTrue(unread >= 0 && unread <= 300, json::toString);
    assertEquals(1, json.get("reimport_edited_updated").getAsInt(), "the note edited, and no other");
    assertTrue(json.get("reimport_edited_s").getAsDouble() > 0, json::toString);
    for (String positive : List.of("import_notes_per_s", "reimport_s", "who_rps", "noop_rps", "who_to_noop_ratio",
        "who_p50_ms", "who_p99_ms", "heap_mb", "startup_s")) {
      assertTrue(json.get(positive).getAsDouble() > 0, positive + " in " + json);
    }
    assertTrue(json.get("who_p99_ms").getAsDouble() >= json.get("who_p50_ms").getAsDouble());
    // The server read every person's card into memory before the loads (KeptCards), and the heap says so.
    assertTrue(json.get("kept_cards").getAsInt() >= 300, json::toString);
    assertEquals(json.get("kept_cards").getAsInt(), json.get("rendered_cards").getAsInt(), json::toString);
    assertTrue(json.get("heap_serving_mb").getAsDouble() > 0, json::toString);
    assertTrue(json.get("noop_server_alloc_kb").getAsDouble() > 0, json::toString);
    assertTrue(json.get("who_server_alloc_kb").getAsDouble() > json.get("noop_server_alloc_kb").getAsDouble(),
        "a card costs more memory than a bare acknowledgement: " + json);
    JsonObject cards = json.getAsJsonObject("who_outcomes").getAsJsonObject("card");
    assertTrue(cards.get("requests").getAsLong() > 0, json::toString);
    assertTrue(cards.get("p99_ms").getAsDouble() >= cards.get("p50_ms").getAsDouble(), json::toString);
    for (String spent : List.of("who_compilers_cpu_s", "who_collectors_cpu_s", "noop_compilers_cpu_s",
        "noop_collectors_cpu_s")) {
      assertTrue(json.get(spent).getAsDouble() >= 0, spent + " in " + json);
    }
    assertImportCpuAddsUp(json.get("import_cpu_s").getAsDouble(), json.get("import_writer_cpu_s").getAsDouble(),
        json.get("import_other_cpu_s").getAsDouble(), json.get("import_compilers_cpu_s").getAsDouble(),
        json.get("import_collectors_cpu_s").getAsDouble(), json);
    assertKernelWithin(json.get("import_kernel_cpu_s").getAsDouble(), json.get("import_cpu_s").getAsDouble(), json);
    // Cold, the first import's reading thread parses 300 notes and the compilers compile them both.
    assertTrue(json.get("import_other_cpu_s").getAsDouble() > 0, json::toString);
    assertTrue(json.get("import_compilers_cpu_s").getAsDouble() > 0, json::toString);
    JsonArray compiled = json.getAsJsonArray("import_compiled");
    assertEquals(2, compiled.size(), json::toString);
    for (JsonElement element : compiled) {
      JsonObject run = element.getAsJsonObject();
      assertEquals(0, run.get("failed").getAsInt(), json::toString);
      assertEquals(300 / run.get("seconds").getAsDouble(), run.get("notes_per_s").getAsDouble(), 1e-6);
      JsonObject cpu = run.getAsJsonObject("cpu");
      assertImportCpuAddsUp(cpu.get("all_s").getAsDouble(), cpu.get("writer_s").getAsDouble(),
          cpu.get("other_s").getAsDouble(), cpu.get("compilers_s").getAsDouble(),
          cpu.get("collectors_s").getAsDouble(), json);
      assertKernelWithin(cpu.get("kernel_s").getAsDouble(), cpu.get("all_s").getAsDouble(), json);
    }
    assertTrue(printed.toString().contains("/who ÷ /noop"), printed::toString);
  }

  /**
   * An import's CPU and who used it: the writing thread's known everywhere, every part on Linux, and the parts add
   * up to the whole. The rest is what the others leave of it, so parts that count too much show as a sum above the
   * whole; /proc counts the process and each compiler and collector thread in ticks of 10 ms.
   */
  private static void assertImportCpuAddsUp(double whole, double writer, double other, double compilers,
      double collectors, JsonObject json) {
    assertTrue(whole > 0, json::toString);
    assertTrue(writer > 0, json::toString);
    if (Files.isDirectory(Path.of("/proc/self/task"))) {
      for (double part : new double[] {other, compilers, collectors}) {
        assertTrue(part >= 0, json::toString);
      }
      assertEquals(whole, writer + other + compilers + collectors, 0.1, json::toString);
    }
  }

  /** The kernel's share of an import's CPU: known on Linux, and part of the whole, not more (a tick's leeway). */
  private static void assertKernelWithin(double kernel, double whole, JsonObject json) {
    if (Files.isReadable(Path.of("/proc/self/stat"))) {
      assertTrue(kernel >= 0 && kernel <= whole + 0.02, json::toString);
    }
  }

  /** What one {@code kith} command line printed, and its status. */
  private record Ran(int status, String printed, String err) {}

  private Ran kith(String... args) {
    StringWriter printed = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new HashMap<>(), temp, new PrintWriter(printed, true), new PrintWriter(err, true));
    return new Ran(status, printed.toString(), err.toString());
  }

  @Test
  void refusesFewerThanOneCompiledImportBeforeRunning() {
    Ran ran = kith("bench", "--compiled-imports", "0");

    assertEquals(2, ran.status(), ran.err());
    assertTrue(ran.err().contains("--compiled-imports must be at least 1"), ran.err());
    assertEquals("", ran.printed());
  }

  @Test
  void refusesLoadsItCouldNotMeasureRightBeforeRunning() {
    Map<List<String>, String> refusals = Map.of(
        List.of("--clients", "257"), "--clients must be at most 256",
        // Jetty ends a thread idle for a minute, and the CPU per request is read per thread.
        List.of("--seconds", "61"), "--seconds must be at most 60",
        List.of("--warmup", "601"), "--warmup must be at most 600");
    for (Map.Entry<List<String>, String> refusal : refusals.entrySet()) {
      List<String> args = new ArrayList<>(List.of("bench"));
      args.addAll(refusal.getKey());
      Ran ran = kith(args.toArray(String[]::new));

      assertEquals(2, ran.status(), ran.err());
      assertTrue(ran.err().contains(refusal.getValue()), ran.err());
      assertEquals("", ran.printed());
    }
  }

  @Test
  void refusesAnOutFileItCannotWriteBeforeRunning() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("results"));
    Map<String, String> refusals = Map.of(
        temp.resolve("no-such-folder").resolve("results.json").toString(), "no such folder",
        folder.toString(), "is a folder");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      Ran ran = kith("bench", "--out", refusal.getKey());

      assertEquals(2, ran.status(), ran.err());
      assertTrue(ran.err().contains("--out " + refusal.getKey() + ": " + refusal.getValue()), ran.err());
      assertFalse(ran.err().contains("kith bench: writing"), "nothing ran: " + ran.err());
      assertEquals("", ran.printed());
    }
  }

  @Test
  void saysSoWhenTheJsonCannotBeWrittenAfterTheRunAndKeepsTheTable() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("results"));
    Path out = folder.resolve("results.json");
    StringWriter printed = new StringWriter();
    StringWriter errText = new StringWriter();
    // The folder goes while the run's last step runs: checked before the run, it was there.
    PrintWriter err = new PrintWriter(errText, true) {
      @Override
      public void println(String line) {
        if (line.startsWith("kith bench: importing into another fresh H2 database")) {
          try {
            Files.delete(folder);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        super.println(line);
      }
    };
    int status = Main.run(new String[] {"bench", "--people", "40", "--clients", "1", "--seconds", "1", "--warmup",
        "0", "--out", out.toString()}, new HashMap<>(), temp, new PrintWriter(printed, true), err);

    assertEquals(1, status, errText::toString);
    assertTrue(errText.toString().contains("kith bench: could not write the JSON: no such file or folder: " + out),
        errText::toString);
    assertFalse(errText.toString().contains("\tat "), "no stack trace: " + errText);
    assertTrue(printed.toString().contains("/who ÷ /noop"), printed::toString);
  }

  @Test
  void refusesARunTheTemporaryFolderHasNoRoomForBeforeWritingAnything() {
    Ran ran = kith("bench", "--people", "2000000000");

    assertEquals(1, ran.status(), ran.err());
    assertTrue(ran.err().contains("kith bench: 2,000,000,000 people need about 60,000,000 MB free in "), ran.err());
    assertFalse(ran.err().contains("kith bench: writing"), "nothing ran: " + ran.err());
    assertEquals("", ran.printed());
  }

  @Test
  void refusesATemporaryFolderThatIsNotThere() {
    Path nowhere = temp.resolve("nowhere");
    String tmpdir = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", nowhere.toString());
    Ran ran;
    try {
      ran = kith("bench", "--people", "10");
    } finally {
      System.setProperty("java.io.tmpdir", tmpdir);
    }

    assertEquals(1, ran.status(), ran.err());
    assertTrue(ran.err().contains("kith bench: the temporary folder " + nowhere + " (java.io.tmpdir) does not exist"),
        ran.err());
    assertFalse(ran.err().contains("\tat "), "no stack trace: " + ran.err());
  }

  @Test
  void stopsWithOneLineWhenAFileFailsDuringTheRun() {
    StringWriter errText = new StringWriter();
    Path[] vault = new Path[1];
    // The vault goes just before the run edits one of its notes, as a disk failing or a cleaner would make it.
    PrintWriter err = new PrintWriter(errText, true) {
      @Override
      public PrintWriter format(String format, Object... args) {
        if (format.startsWith("kith bench: writing")) {
          vault[0] = (Path) args[1];
        }
        return super.format(format, args);
      }

      @Override
      public void println(String line) {
        if (line.startsWith("kith bench: importing again, one note edited")) {
          TempFolders.delete(vault[0], new PrintWriter(new StringWriter()));
        }
        super.println(line);
      }
    };
    int status = Main.run(new String[] {"bench", "--people", "40", "--clients", "1", "--seconds", "1", "--warmup",
        "0"}, new HashMap<>(), temp, new PrintWriter(new StringWriter(), true), err);

    assertEquals(1, status, errText::toString);
    assertTrue(errText.toString().contains("kith bench: stopped: no such file or folder: " + vault[0]),
        errText::toString);
    assertFalse(errText.toString().contains("\tat "), "no stack trace: " + errText);
    assertFalse(Files.exists(vault[0].getParent()), "the run's folder is gone");
  }

  @Test
  void keepsOneStoreOnDiskAtATimeAndLeavesNoTemporaryFilesBehind() throws Exception {
    Path parent = Files.createDirectories(temp.resolve("tmp"));
    List<List<String>> storesAsEachCompiledImportBegins = new ArrayList<>();
    PrintWriter progress = new PrintWriter(new StringWriter()) {
      @Override
      public void println(String line) {
        if (line.startsWith("kith bench: importing into another fresh H2 database")) {
          storesAsEachCompiledImportBegins.add(stores(parent));
        }
        super.println(line);
      }
    };
    BenchResults results = new BenchRun(new BenchRun.Options(20, 1, 1, 1, 42, 2), Clock.systemUTC(), progress,
        parent).run();

    assertEquals(0, results.errors());
    // The first store is gone before the first import at the end, and each of those stores before the next.
    assertEquals(List.of(List.of(), List.of()), storesAsEachCompiledImportBegins);
    try (Stream<Path> left = Files.list(parent)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** The store folders ("db", "db-compiled-N") in the run's temporary folder under {@code parent}. */
  private static List<String> stores(Path parent) {
    try (Stream<Path> runs = Files.list(parent)) {
      List<String> stores = new ArrayList<>();
      for (Path run : runs.toList()) {
        try (Stream<Path> entries = Files.list(run)) {
          entries.map(entry -> entry.getFileName().toString()).filter(name -> name.startsWith("db"))
              .forEach(stores::add);
        }
      }
      return stores;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writesNotesThatImportWithoutFailures() throws IOException {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    SyntheticVault.Written written = new SyntheticVault(7).write(vault, 200);
    Settings settings = Settings.from(Map.of("KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("db/kith")));

    try (Wiring wiring = Wiring.open(settings, Clock.systemUTC())) {
      ImportSummary summary = wiring.importVault(vault, VaultImporter.Progress.NONE);

      assertEquals(List.of(), summary.failed());
      assertEquals(200, summary.imported());
      assertEquals(0, summary.skipped());
    }
    assertEquals(200, written.people().size());
  }

  @Test
  void notesReadAsTheyWereWritten() throws IOException {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    SyntheticVault.Written written = new SyntheticVault(7).write(vault, 200);
    NoteParser parser = new NoteParser();

    for (SyntheticVault.Person person : written.people()) {
      NoteReading reading = parser.read(person.path(), Files.readAllBytes(vault.resolve(person.path())));
      PeopleNote note = assertInstanceOf(NoteReading.Person.class, reading, person.path()).note();
      assertEquals(person.name(), note.name());
      assertEquals(person.aliases(), note.aliases());
      assertTrue(note.interactions().size() >= 5 && note.interactions().size() <= 50, person.path());
      assertEquals(List.of(), note.otherSections(), person.path());
      assertFalse(note.keyFacts().isEmpty(), person.path());
    }
  }

  @Test
  void theSameSeedWritesTheSameVault() throws IOException {
    Path one = Files.createDirectories(temp.resolve("one"));
    Path two = Files.createDirectories(temp.resolve("two"));
    Path other = Files.createDirectories(temp.resolve("other"));
    SyntheticVault.Written first = new SyntheticVault(42).write(one, 50);
    SyntheticVault.Written again = new SyntheticVault(42).write(two, 50);
    SyntheticVault.Written different = new SyntheticVault(43).write(other, 50);

    assertEquals(first.people(), again.people());
    // What the run makes its queries from, once the heap is weighed without the list.
    assertEquals(first.people(), new SyntheticVault(42).people(50));
    for (SyntheticVault.Person person : first.people()) {
      assertEquals(Files.readString(one.resolve(person.path())), Files.readString(two.resolve(person.path())));
    }
    assertNotEquals(first.people(), different.people());
  }

  @Test
  void namesCollideAsInARealVault() throws IOException {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    List<SyntheticVault.Person> people = new SyntheticVault(42).write(vault, 2_000).people();

    long fullNames = people.stream().map(SyntheticVault.Person::name).distinct().count();
    long firstNames = people.stream().map(SyntheticVault.Person::firstName).distinct().count();
    assertTrue(fullNames < people.size(), "some namesakes");
    assertTrue(firstNames < people.size() / 5, "first names shared by many");
    assertTrue(people.stream().anyMatch(person -> !person.aliases().isEmpty()));
    assertTrue(people.stream().anyMatch(person -> !person.name().matches("\\p{ASCII}+")), "accents");
  }
}
