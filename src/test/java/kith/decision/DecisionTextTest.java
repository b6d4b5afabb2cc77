package kith.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecisionTextTest {

  @Test
  void slackMarkupBecomesReadableText() {
    assertEquals("@kushal and #apollo agreed: ship it, see docs (https://example.com/x) @here",
        DecisionText.clean("<@U123|kushal> and <#C9|apollo> agreed:\nship it, see <https://example.com/x|docs> "
            + "<!here>"));
    assertEquals("@U123 said https://example.com &lt;3 & <b>",
        DecisionText.clean("<@U123> said <https://example.com> &amp;lt;3 &amp; &lt;b&gt;"));
  }

  @Test
  void theDecisionPrefixIsNotPartOfTheDecision() {
    assertTrue(DecisionText.hasPrefix("  Decision: we go"));
    assertTrue(DecisionText.hasPrefix("decision : we go"));
    assertFalse(DecisionText.hasPrefix("Our decision: we go"));
    assertEquals("we go with Apollo", DecisionText.withoutPrefix("DECISION:   we go with Apollo"));
  }
}
