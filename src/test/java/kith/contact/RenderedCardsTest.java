package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import kith.TestClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cards kept rendered on an H2 store: rendered once a day, and again whenever the store or the directory changed,
 * never kept from a rendering that a change overtook. (The end-to-end tests of /who, such as a decision recorded
 * then shown on the card, run through them too.)
 */
class RenderedCardsTest {
  private final TestClock clock = new TestClock(PeopleStore.CLOCK.instant());

  @TempDir Path temp;
  @AutoClose private PeopleStore store;
  private final AtomicInteger renders = new AtomicInteger();
  private long ada;
  private long grace;

  @BeforeEach
  void importTwoPeople() throws IOException {
    store = PeopleStore.adaAndGrace(temp);
    ada = store.idOf("Ada Lovelace");
    grace = store.idOf("Grace Hopper");
  }

  /** What a card renders to here: its name and key facts, counting each rendering. */
  private String render(long contactId) {
    renders.incrementAndGet();
    Card card = store.cards.card(contactId).orElseThrow();
    return card.name() + ": " + card.keyFacts();
  }

  /** Renders a card, then makes {@code change}: a change that comes while a card renders. */
  private LongFunction<String> renderThen(Runnable change) {
    return contactId -> {
      String card = render(contactId);
      change.run();
      return card;
    };
  }

  /** Gives Ada Grace's card in the store: a write. */
  private void write() {
    store.jdbi.useHandle(handle -> PeopleStore.copyCard(handle, grace, ada));
  }

  /** Moves the clock past midnight. */
  private void passMidnight() {
    clock.advance(Duration.ofHours(14));
  }

  private RenderedCards rendered(long budgetBytes) {
    return new RenderedCards(store.kept, store.directory, clock, budgetBytes);
  }

  @Test
  void aCardIsRenderedOnceADay() {
    RenderedCards rendered = rendered(1 << 20);

    assertEquals("Ada Lovelace: [Wrote the first program]", rendered.card(ada, this::render));
    assertEquals("Ada Lovelace: [Wrote the first program]", rendered.card(ada, this::render));
    assertEquals(1, renders.get());
    assertEquals(1, rendered.size());

    clock.advance(Duration.ofHours(14)); // past midnight
    assertEquals(0, rendered.size());
    rendered.card(ada, this::render);
    assertEquals(2, renders.get(), "the next day it is rendered again");
    assertEquals(1, rendered.size());
  }

  @Test
  void renderingAllRendersThoseNotRenderedYetUntilTheBudgetIsSpent() {
    RenderedCards rendered = rendered(1 << 20);
    rendered.card(ada, this::render);

    assertEquals(1, rendered.renderAll(List.of(ada, grace), this::render));
    assertEquals(2, renders.get(), "Ada's card was rendered already");
    assertEquals(2, rendered.size());
    assertEquals(0, rendered.renderAll(List.of(ada, grace), this::render));
    assertEquals(2, renders.get());

    RenderedCards small = rendered(1);
    assertEquals(0, small.renderAll(List.of(ada, grace), this::render));
    assertEquals(3, renders.get(), "the first rendering spent the budget: the second was not made");
  }

  @Test
  void aWriteToTheStoreRendersItAgain() {
    RenderedCards rendered = rendered(1 << 20);
    rendered.card(ada, this::render);

    store.jdbi.useHandle(handle -> PeopleStore.copyCard(handle, grace, ada));

    assertEquals("Grace Hopper: [Found the first bug]", rendered.card(ada, this::render));
    assertEquals(2, renders.get());
  }

  @Test
  void aChangedDirectoryRendersItAgain() {
    Directory directory = new Directory(store.jdbi); // not built yet: it names no one
    RenderedCards rendered = new RenderedCards(store.kept, directory, clock, 1 << 20);
    rendered.card(ada, this::render);
    rendered.card(ada, this::render);
    assertEquals(1, renders.get());

    directory.refresh();

    rendered.card(ada, this::render);
    assertEquals(2, renders.get());
  }

  @Test
  void aRenderingThatAWriteOvertookIsNotKept() {
    RenderedCards rendered = rendered(1 << 20);

    assertEquals("Ada Lovelace: [Wrote the first program]", rendered.card(ada, renderThen(this::write)));

    assertEquals("Grace Hopper: [Found the first bug]", rendered.card(ada, this::render));
    assertEquals(2, renders.get());
  }

  @Test
  void aRenderingMidnightOvertookIsNotKept() {
    RenderedCards rendered = rendered(1 << 20);

    rendered.card(ada, renderThen(this::passMidnight));
    rendered.card(ada, this::render);

    assertEquals(2, renders.get(), "rendered on the day before: rendered again");
    assertEquals(1, rendered.size());
  }

  @Test
  void renderingAllStopsWhenAWriteOvertakesIt() {
    RenderedCards rendered = rendered(1 << 20);

    assertEquals(1, rendered.renderAll(List.of(ada, grace), renderThen(this::write)));
    assertEquals(1, renders.get(), "the fill that follows the write renders the rest");
    assertEquals(0, rendered.size());
  }

  @Test
  void renderingAllStopsWhenMidnightOvertakesIt() {
    RenderedCards rendered = rendered(1 << 20);

    rendered.renderAll(List.of(ada, grace), renderThen(this::passMidnight));

    assertEquals(1, renders.get());
  }

  @Test
  void renderingAllStopsWhenTheStoreIsClosing() {
    RenderedCards rendered = rendered(1 << 20);
    store.kept.stop();

    assertEquals(0, rendered.renderAll(List.of(ada, grace), this::render));
    assertEquals(0, renders.get());
  }

  @Test
  void aCallerStillOnTheDayBeforeLeavesTodaysRenderingsInPlace() {
    RenderedCards rendered = rendered(1 << 20);
    rendered.card(ada, this::render);

    clock.advance(Duration.ofDays(-1)); // a request that read the clock just before midnight, say
    rendered.card(ada, this::render);
    clock.advance(Duration.ofDays(1));
    rendered.card(ada, this::render);

    assertEquals(2, renders.get(), "today's rendering was still kept");
  }

  @Test
  void pastItsBudgetACardIsRenderedEachTime() {
    RenderedCards rendered = rendered(1);

    rendered.card(ada, this::render);
    assertEquals("Ada Lovelace: [Wrote the first program]", rendered.card(ada, this::render));

    assertEquals(2, renders.get());
    assertEquals(0, rendered.size());
  }

  @Test
  void aStoreOtherProcessesWriteKeepsNoRendering() {
    RenderedCards rendered = new RenderedCards(KeptCards.NONE, store.directory, clock, 1 << 20);

    rendered.card(ada, this::render);
    rendered.card(ada, this::render);

    assertEquals(2, renders.get());
  }

  /**
   * A server renders the kept cards of the people a /who can find: the kept rows hold archived people's cards too
   * (an archived note may come back), which no /who asks for.
   */
  @Test
  void aServerRendersTheKeptCardsOfThePeopleTheDirectoryFinds() {
    store.jdbi.onDemand(ContactStore.class).archive(List.of(grace), clock.instant());
    store.directory.refresh();
    store.kept.fill();
    WhoAnswers answers = new WhoAnswers(store.jdbi, store.directory, store.cards, null, clock);

    answers.renderKeptCards();

    assertEquals(Set.of(ada, grace), store.kept.keptIds(), "Grace's card is kept, archived");
    assertEquals(1, answers.renderedCards(), "Ada's alone is rendered");
  }
}
