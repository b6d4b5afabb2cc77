package kith.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which questions may wait on Slack's Web API, and so are answered off the request's thread. */
class WhoQueryTest {

  @Test
  void onlyASlackUserAskedAboutMayCallSlack() {
    assertTrue(WhoQuery.ofCommand("<@U123ABC|kushal>").mayCallSlack());
    assertTrue(WhoQuery.ofCommand("<@U123ABC> decisions").mayCallSlack(), "decisions with a Slack user");
    assertTrue(WhoQuery.ofMention("<@B0KITH> brief me on <@U123ABC>").mayCallSlack(), "a brief on a Slack user");

    assertFalse(WhoQuery.ofCommand("Kushal Datta").mayCallSlack());
    assertFalse(WhoQuery.ofCommand("Kushal decisions").mayCallSlack());
    assertFalse(WhoQuery.ofMention("<@B0KITH> brief me on Kushal").mayCallSlack());
    assertFalse(WhoQuery.ofCommand("link <@U123ABC> Kushal Datta").mayCallSlack(), "a link is only stored");
    assertFalse(WhoQuery.ofCommand("").mayCallSlack(), "help");
  }
}
