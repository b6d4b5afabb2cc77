package kith.brief;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kith.Main.Launcher;
import kith.Wiring;
import kith.contact.NameEntry;
import kith.contact.NameMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith brief <name> [<name>…]}: prints the brief Slack would send, for one or several people. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a pre-meeting brief on one or more people; separate several names with commas:",
      "  kith brief Kushal Datta, Priya Raman",
      "Exit status: 0 printed, 1 a name matches no one, 2 a name matches several people."
    })
public final class BriefCliCommand implements Callable<Integer> {
  private final Launcher launcher;

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<name>", description = "The people, comma-separated.")
  private List<String> words;

  public BriefCliCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Wiring kith = launcher.open()) {
      List<Long> people = new ArrayList<>();
      for (String name : String.join(" ", words).split(",")) {
        if (name.isBlank()) {
          continue;
        }
        NameMatch match = kith.directory().resolve(name.trim());
        if (match instanceof NameMatch.Found found) {
          people.add(found.entry().contactId());
        } else if (match instanceof NameMatch.Ambiguous ambiguous) {
          out.println("Several people match \"" + name.trim() + "\": "
              + String.join(", ", ambiguous.candidates().stream().map(NameEntry::name).toList()));
          return 2;
        } else {
          out.println("No one matches \"" + name.trim() + "\".");
          return 1;
        }
      }
      Brief brief = BriefAssembler.compose(kith.cards(), null, null, people);
      ZoneId zone = launcher.clock().getZone();
      out.print(BriefText.render(brief, LocalDate.now(launcher.clock()), zone));
      return 0;
    }
  }
}
