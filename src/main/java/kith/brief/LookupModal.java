package kith.brief;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.List;
import java.util.Map;
import kith.contact.WhoAnswers;
import kith.contact.WhoQuery;
import kith.contact.WhoReply;
import kith.slack.SlackApi;

/** The Home tab's lookup: a modal asking for a name, answered in place with the card (or candidates). */
public final class LookupModal {
  private LookupModal() {}

  static View form() {
    return Views.view(v -> v.type("modal").callbackId(BriefIds.LOOKUP_VIEW)
        .title(Views.viewTitle(t -> t.type("plain_text").text("Look someone up")))
        .submit(Views.viewSubmit(s -> s.type("plain_text").text("Look up")))
        .close(Views.viewClose(c -> c.type("plain_text").text("Close")))
        .blocks(List.of(input(i -> i.blockId(BriefIds.LOOKUP_INPUT).label(plainText("Name"))
            .element(plainTextInput(p -> p.actionId(BriefIds.LOOKUP_INPUT)
                .placeholder(plainText("Kushal Datta, kushal, K. Datta…"))))))));
  }

  /** The card in a modal: its buttons need a message to act on, so they are left out. */
  static View result(WhoReply reply) {
    List<LayoutBlock> blocks = reply.blocks().stream().filter(b -> !(b instanceof ActionsBlock)).toList();
    List<LayoutBlock> shown = blocks.isEmpty()
        ? List.of(section(s -> s.text(
            markdownText(reply.text()))))
        : blocks;
    return Views.view(v -> v.type("modal").title(Views.viewTitle(t -> t.type("plain_text").text("Kith")))
        .close(Views.viewClose(c -> c.type("plain_text").text("Close"))).blocks(shown));
  }

  /** The Home tab's *Look someone up* button: opens the form (views.open needs the click's trigger_id now). */
  static BlockActionHandler open(SlackApi api) {
    return (BlockActionRequest req, ActionContext ctx) -> {
      String trigger = req.getPayload().getTriggerId();
      api.call("views.open", SlackApi.Safety.NOT_IDEMPOTENT, m -> m.viewsOpen(r -> r.triggerId(trigger).view(form())));
      return ctx.ack();
    };
  }

  /** The form's submission: the modal becomes the answer. */
  static ViewSubmissionHandler submit(WhoAnswers answers) {
    return (ViewSubmissionRequest req, ViewSubmissionContext ctx) -> {
      Map<String, Map<String, ViewState.Value>> values = req.getPayload().getView().getState().getValues();
      String name = values.getOrDefault(BriefIds.LOOKUP_INPUT, Map.of())
          .getOrDefault(BriefIds.LOOKUP_INPUT, new ViewState.Value()).getValue();
      if (name == null || name.isBlank()) {
        return ctx.ackWithErrors(Map.of(BriefIds.LOOKUP_INPUT, "Type a name."));
      }
      return ctx.ackWithUpdate(result(answers.answer(WhoQuery.ofCommand(name))));
    };
  }
}
