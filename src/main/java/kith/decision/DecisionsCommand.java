package kith.decision;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import kith.Main.Launcher;
import kith.Wiring;
import kith.contact.Card;
import kith.contact.CardText;
import kith.contact.NameMatch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith decisions <name> [--since DATE] [--json|--csv]}: every decision with a person, newest first. */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every decision with a person, from their note and recorded in Slack, newest first.",
      "Exit status: 0 found, 1 no one matches, 2 several match."
    })
public final class DecisionsCommand implements Callable<Integer> {
  private final Launcher launcher;

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<name>", description = "The person, as you remember the name.")
  private List<String> words;

  @Option(names = "--since", paramLabel = "DATE", description = "Only decisions on or after DATE (yyyy-mm-dd).")
  private LocalDate since;

  @ArgGroup(exclusive = true)
  private Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV: date,text,source,link,recorded_by.")
    boolean csv;
  }

  public DecisionsCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (Wiring kith = launcher.open()) {
      NameMatch match = kith.directory().resolve(query);
      if (!(match instanceof NameMatch.Found found)) {
        out.println((match instanceof NameMatch.Ambiguous ? "Several people match \"" : "No one matches \"")
            + query + "\". Try `kith who " + query + "`.");
        return match instanceof NameMatch.Ambiguous ? 2 : 1;
      }
      List<Card.Decision> decisions = kith.cards().decisions(found.entry().contactId()).orElse(List.of()).stream()
          .filter(d -> since == null || (d.date() != null && !d.date().isBefore(since)))
          .toList();
      String name = found.entry().name();
      if (format.json) {
        out.println(json(name, decisions));
      } else if (format.csv) {
        csv(out, decisions);
      } else {
        text(out, name, decisions);
      }
      return 0;
    }
  }

  private static void text(PrintWriter out, String name, List<Card.Decision> decisions) {
    out.println("Decisions with " + name + ": " + decisions.size());
    for (Card.Decision d : decisions) {
      String when = d.date() == null ? "undated" : CardText.human(d.date());
      out.println("  " + String.format("%-11s", when) + "  " + d.text()
          + ("slack".equals(d.source()) ? "  (Slack" + (d.link() != null ? " " + d.link() : "") + ")" : ""));
    }
  }

  private static String json(String name, List<Card.Decision> decisions) {
    JsonObject root = new JsonObject();
    root.addProperty("person", name);
    JsonArray list = new JsonArray();
    for (Card.Decision d : decisions) {
      JsonObject item = new JsonObject();
      item.addProperty("date", d.date() == null ? null : d.date().toString());
      item.addProperty("text", d.text());
      item.addProperty("source", d.source());
      item.addProperty("link", d.link());
      item.addProperty("recorded_by", d.recordedBy());
      list.add(item);
    }
    root.add("decisions", list);
    return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root);
  }

  private static void csv(PrintWriter out, List<Card.Decision> decisions) {
    try (CSVPrinter printer = CSVFormat.RFC4180.builder()
        .setHeader("date", "text", "source", "link", "recorded_by").get().print(out)) {
      for (Card.Decision d : decisions) {
        printer.printRecord(d.date(), d.text(), d.source(), d.link(), d.recordedBy());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
