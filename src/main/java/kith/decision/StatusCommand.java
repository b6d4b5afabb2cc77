package kith.decision;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kith.Main.Launcher;
import kith.Wiring;
import kith.slack.Background;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith status}: what Kith holds, and the write-backs to notes still waiting. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows the store's contacts and the decisions still waiting to be written to notes.")
public final class StatusCommand implements Callable<Integer> {
  private final Launcher launcher;

  @Spec private CommandSpec spec;

  @Option(names = "--retry", description = "Try every queued write-back now.")
  private boolean retry;

  public StatusCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Wiring kith = launcher.open()) {
      NoteWrites writes = kith.noteWrites(Background.sameThread());
      if (retry) {
        out.println("Written now: " + writes.writeAllNow());
      }
      out.println("Contacts: " + kith.directory().size());
      out.println("Vault: " + kith.settings().vault().map(Object::toString).orElse("not configured (KITH_VAULT)"));
      List<NoteWriteStore.Pending> pending = writes.pending();
      out.println("Queued note write-backs: " + pending.size());
      for (NoteWriteStore.Pending p : pending) {
        out.println("  " + p.notePath() + ": " + p.action() + " \"" + p.text() + "\" (attempts " + p.attempts()
            + (p.lastError() == null ? "" : ", last error: " + p.lastError()) + ")");
      }
      return 0;
    }
  }
}
