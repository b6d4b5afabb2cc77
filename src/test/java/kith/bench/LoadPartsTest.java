package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import kith.bench.SyntheticVault.Person;
import kith.slack.testing.SlackSigner;
import org.junit.jupiter.api.Test;

/** The pieces of the load: signing as Slack signs, the queries people type, percentiles. */
class LoadPartsTest {

  @Test
  void signsAsTheTestsSlackSignerDoes() {
    SlashCommands commands = new SlashCommands("a-secret", "http://127.0.0.1:1/response/bench");
    String body = commands.body("/who", "José Núñez");

    assertEquals(new SlackSigner("a-secret").signature(body, 1_700_000_000L),
        commands.signer().signature(1_700_000_000L, body));
    assertTrue(body.contains("&command=%2Fwho&text=Jos%C3%A9+N%C3%BA%C3%B1ez&"), body);
  }

  @Test
  void queriesComeInFourKinds() {
    List<Person> people = List.of(new Person("José Núñez", List.of(), "Contoso", "People/José Núñez.md"));

    List<WhoQueries.Query> queries = WhoQueries.of(people, 8, 1);

    assertEquals(new WhoQueries.Query("José Núñez", true), queries.get(0));
    String lower = queries.get(1).text();
    assertTrue(lower.equals("josé núñez") || lower.equals("jose nunez"), lower);
    assertTrue(queries.get(1).findsSomeone());
    assertNotEquals("José Núñez", queries.get(2).text());
    assertTrue(queries.get(2).text().startsWith("José "), queries.get(2).text());
    assertFalse(queries.get(2).findsSomeone(), "a typo may leave a name closer to no one");
    assertEquals(new WhoQueries.Query("José", true), queries.get(3));
  }

  @Test
  void aQueryThatMustFindSomeoneCountsNoOneMatchesAsWrong() {
    SlashCommands commands = new SlashCommands("a-secret", "http://127.0.0.1:1/respond");
    List<LoadRun.Request> requests = ServerLoad.whoRequests(commands, List.of(
        new WhoQueries.Query("Ana Silva", true), new WhoQueries.Query("Ana Slva", false)));
    String notFound = "{\"response_type\":\"ephemeral\",\"text\":\"No one matches \\\"Ana Slva\\\"\","
        + "\"blocks\":[{\"type\":\"section\"}]}";
    String card = "{\"response_type\":\"ephemeral\",\"text\":\"Ana Silva\",\"blocks\":[{\"type\":\"header\"}]}";

    assertEquals("/who Ana Silva", requests.get(0).asks());
    assertNull(requests.get(0).check().outcome(notFound));
    assertEquals("card", requests.get(0).check().outcome(card));
    assertEquals("not_found", requests.get(1).check().outcome(notFound));
    assertEquals("card", requests.get(1).check().outcome(card));
  }

  @Test
  void aTypoChangesOneLetterOfTheLongestWord() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 100; i++) {
      String typo = WhoQueries.withTypo("Ana Fernández", random);
      assertTrue(typo.startsWith("Ana "), typo);
      assertNotEquals("Ana Fernández", typo);
      assertTrue(Math.abs(typo.length() - "Ana Fernández".length()) <= 1, typo);
    }
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies one = new Latencies(2);
    Latencies two = new Latencies(2);
    for (int ms = 1; ms <= 50; ms++) {
      one.add(ms * 1_000_000L);
      two.add((ms + 50) * 1_000_000L);
    }

    Latencies.Sorted sorted = Latencies.merge(List.of(one, two));

    assertEquals(50.0, sorted.percentileMs(50));
    assertEquals(99.0, sorted.percentileMs(99));
    assertEquals(100.0, sorted.maxMs());
    assertEquals(1.0, sorted.percentileMs(0));
  }
}
