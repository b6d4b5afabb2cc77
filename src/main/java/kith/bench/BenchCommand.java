package kith.bench;

import java.util.concurrent.Callable;
import kith.Main.Launcher;
import picocli.CommandLine.Command;

/** Placeholder replaced by the benchmark implementation. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs the benchmark.")
public final class BenchCommand implements Callable<Integer> {
  private final Launcher launcher;

  public BenchCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    return launcher == null ? 1 : 0;
  }
}
