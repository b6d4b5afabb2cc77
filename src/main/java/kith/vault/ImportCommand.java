package kith.vault;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kith.Main.Launcher;
import kith.Wiring;
import kith.config.Settings;
import kith.config.SettingsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith import [folder]}: loads a vault of people notes into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports every people note under a folder into Kith's store.",
      "Unchanged notes are skipped, changed ones replaced, vanished ones archived.",
      "A file whose size and times are those of the last import is not read again, unless --reread.",
      "Exits 1 when any note could not be read."
    })
public final class ImportCommand implements Callable<Integer> {
  private final Launcher launcher;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "<folder>",
      description = "The vault folder (default: KITH_VAULT).")
  private String folder;

  @Option(
      names = "--reread",
      description = "Read every file, even those whose size and times say they are unchanged: for files rewritten"
          + " by a tool that kept their sizes and modification times (on most Unix file systems, though not FAT or"
          + " exFAT, their status change times show it anyway).")
  private boolean reread;

  public ImportCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    Settings settings = launcher.settings();
    Path root = folder != null
        // A folder given that is not there is a mistake on the command line (status 2), not in the settings.
        ? Settings.existingFolder(folder, problem -> new ParameterException(spec.commandLine(), problem))
        : settings.vault().orElseThrow(() ->
            new SettingsException("KITH_VAULT", "not set: give the vault folder, as in `kith import ~/Vault`"));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportSummary summary;
    try (Wiring kith = Wiring.open(settings, launcher.clock())) {
      summary = kith.importVault(root, TerminalProgress.forConsole(err),
          reread ? VaultImporter.Reading.EVERY_FILE : VaultImporter.Reading.CHANGED_FILES);
    }
    for (NoteParseException failure : summary.failed()) {
      err.println("failed: " + failure.getMessage());
    }
    out.println(summary.line());
    return summary.hasFailures() ? 1 : 0;
  }
}
