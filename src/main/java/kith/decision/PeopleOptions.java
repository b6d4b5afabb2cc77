package kith.decision;

import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.interactive_components.response.Option;
import java.util.List;
import kith.contact.Directory;
import kith.contact.NameEntry;
import kith.contact.SlackText;

/** Options for the people select, searched in the contact store as the user types. */
public final class PeopleOptions implements BlockSuggestionHandler {
  static final int MAX_OPTIONS = 20;
  private final Directory directory;

  PeopleOptions(Directory directory) {
    this.directory = directory;
  }

  @Override
  public Response apply(BlockSuggestionRequest req, BlockSuggestionContext ctx) {
    String typed = req.getPayload().getValue() == null ? "" : req.getPayload().getValue();
    List<NameEntry> entries = directory.suggest(typed, MAX_OPTIONS);
    List<Option> options = entries.stream()
        .map(e -> Option.builder().text(plainText(SlackText.truncate(e.name(), 75)))
            .value(String.valueOf(e.contactId())).build())
        .toList();
    return ctx.ack(r -> r.options(options));
  }
}
