package kith.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kith.Wiring;
import kith.config.Settings;

/**
 * The vault imported again at the end of a run, each time into a fresh store, in the process whose JIT has
 * compiled the import's code by then: what the import itself costs, apart from compiling it. Run last, so that it
 * changes nothing the other figures measure, and each store is deleted after its import, so that the disk holds
 * one store at a time.
 */
final class CompiledImports {
  private CompiledImports() {}

  /**
   * {@code count} imports of {@code vault}, a vault of {@code people} notes, each into a fresh store under {@code
   * temp}, with the settings of {@code env} but the store.
   */
  static List<BenchResults.CompiledImport> run(int count, Map<String, String> env, Path temp, Path vault,
      int people, Clock clock, PrintWriter progress) {
    List<BenchResults.CompiledImport> imports = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      imports.add(once(env, temp.resolve("db-compiled-" + i), vault, people, clock, progress));
    }
    return imports;
  }

  private static BenchResults.CompiledImport once(Map<String, String> env, Path folder, Path vault, int people,
      Clock clock, PrintWriter progress) {
    progress.println("kith bench: importing into another fresh H2 database, compiled already");
    Map<String, String> fresh = new HashMap<>(env);
    fresh.put("KITH_DB_URL", "jdbc:h2:file:" + folder.resolve("bench").toAbsolutePath());
    try (Wiring wiring = Wiring.open(Settings.from(fresh), clock)) {
      TimedImport timed = TimedImport.of(wiring, vault);
      timed.reportFailures(progress);
      return new BenchResults.CompiledImport(timed.seconds(), people / timed.seconds(),
          timed.summary().failed().size(), BenchResults.ImportCpu.of(timed.cpu()));
    } finally {
      TempFolders.delete(folder, progress);
    }
  }
}
