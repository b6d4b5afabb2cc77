package kith.contact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kith.Main.Launcher;
import kith.Wiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith who <name…>}: prints the profile card of the person a name points to. */
@Command(
    name = "who",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the profile card of a person, found the way you type a name:",
      "any case, no accents, aliases, first or last name alone, initials (K. Datta), small typos.",
      "Exit status: 0 found, 1 no one matches, 2 several match (they are listed)."
    })
public final class WhoCommand implements Callable<Integer> {
  static final int NOT_FOUND = 1;
  static final int AMBIGUOUS = 2;

  private final Launcher launcher;

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<name>", description = "The name, as you remember it.")
  private List<String> words;

  @Option(names = "--json", description = "Print the card as JSON.")
  private boolean json;

  public WhoCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (Wiring kith = launcher.open()) {
      NameMatch match = kith.directory().resolve(query);
      if (match instanceof NameMatch.Found found) {
        Card card = kith.cards().card(found.entry().contactId()).orElseThrow();
        out.print(json ? JSON.toJson(card) + "\n" : CardText.render(card));
        return 0;
      }
      if (match instanceof NameMatch.Ambiguous ambiguous) {
        out.println("Several people match \"" + query + "\":");
        List<NameEntry> candidates = ambiguous.candidates();
        for (int i = 0; i < candidates.size(); i++) {
          out.println("  " + (i + 1) + ". " + describe(candidates.get(i)));
        }
        return AMBIGUOUS;
      }
      List<NameEntry> closest = ((NameMatch.NotFound) match).closest();
      out.println("No one matches \"" + query + "\"."
          + (closest.isEmpty() ? "" : " Closest: " + String.join(", ", closest.stream().map(NameEntry::name).toList())));
      return NOT_FOUND;
    }
  }

  private static String describe(NameEntry entry) {
    StringBuilder line = new StringBuilder(entry.name());
    String details = String.join(" · ", Stream.of(entry.role(), entry.organisation())
        .filter(s -> s != null && !s.isBlank()).toList());
    if (!details.isEmpty()) {
      line.append(" — ").append(details);
    } else if (entry.mentionedOnly()) {
      line.append(" — named in other notes");
    }
    return line.toString();
  }

  private static final Gson JSON = new GsonBuilder()
      .setPrettyPrinting()
      .disableHtmlEscaping()
      .registerTypeAdapter(LocalDate.class, new TypeAdapter<LocalDate>() {
        @Override
        public void write(JsonWriter writer, LocalDate date) throws IOException {
          writer.value(date == null ? null : date.toString());
        }

        @Override
        public LocalDate read(JsonReader reader) throws IOException {
          return LocalDate.parse(reader.nextString());
        }
      })
      .create();
}
