package kith;

import java.nio.file.Path;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.util.List;
import kith.brief.BriefFeature;
import kith.brief.BriefSender;
import kith.brief.CalendarFeed;
import kith.brief.CalendarSync;
import kith.config.Settings;
import kith.config.SlackSettings;
import kith.decision.DecisionFeature;
import kith.decision.NoteWrites;
import kith.contact.CardDelivery;
import kith.contact.SlackPeople;
import kith.contact.WhoAnswers;
import kith.contact.WhoFeature;
import kith.slack.Access;
import kith.slack.AccessControl;
import kith.slack.Background;
import kith.slack.BotAuthorization;
import kith.slack.Deadline;
import kith.slack.EventsOnce;
import kith.slack.FreshRequests;
import kith.slack.Replies;
import kith.slack.SlackApi;
import kith.slack.SlackApps;
import kith.contact.Cards;
import kith.contact.Directory;
import kith.contact.KeptCards;
import kith.db.Database;
import kith.vault.ImportSummary;
import kith.vault.NoteParser;
import kith.vault.NoteWriter;
import kith.vault.VaultImporter;

/** The one composition root: settings → database → stores → services. Tests build Kith through it too. */
public final class Wiring implements AutoCloseable {
  private final Settings settings;
  private final Database database;
  private final VaultImporter importer;
  private final Directory directory;
  private final Cards cards;
  private final KeptCards keptCards;
  /** The /who answers of the Slack app, once built: they render the cards kept after each fill. */
  private volatile WhoAnswers whoAnswers;
  private final Clock clock;
  private NoteWrites noteWrites;
  private BriefFeature.Parts briefs;
  private BotAuthorization botAuthorization;
  private CalendarSync calendarSync;

  private Wiring(Settings settings, Database database, Clock clock) {
    this.settings = settings;
    this.database = database;
    this.importer = new VaultImporter(database.jdbi(), new NoteParser(), clock);
    this.directory = new Directory(database.jdbi());
    this.keptCards = KeptCards.of(database);
    this.cards = new Cards(database.jdbi(), directory, clock, keptCards);
    this.clock = clock;
  }

  /** Opens the database (migrating it) and builds every service; the name index is loaded from the store. */
  public static Wiring open(Settings settings, Clock clock) {
    Wiring wiring = assemble(settings, Database.unopened(settings.dbUrl()), clock);
    try {
      wiring.openDatabase();
      wiring.loadNames();
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
    return wiring;
  }

  /**
   * Builds every service over {@code database} without touching it: a server assembles Kith while another thread
   * opens the database ({@link #openDatabase}) and loads the name index ({@link #loadNames} or
   * {@link #importVault}), and holds requests until then.
   */
  public static Wiring assemble(Settings settings, Database database, Clock clock) {
    return new Wiring(settings, database, clock);
  }

  /** Connects to the database and brings its schema up to date. */
  public void openDatabase() {
    database.migrate();
  }

  /** Loads the name index from the store. */
  public void loadNames() {
    directory.refresh();
  }

  /** Imports {@code folder} and makes lookups see the result. */
  public ImportSummary importVault(Path folder, VaultImporter.Progress progress) {
    return importVault(folder, progress, VaultImporter.Reading.CHANGED_FILES);
  }

  /** The same, reading the files {@code reading} says. */
  public ImportSummary importVault(Path folder, VaultImporter.Progress progress, VaultImporter.Reading reading) {
    ImportSummary summary = importer.importFolder(folder, progress, reading);
    directory.refresh();
    return summary;
  }

  /**
   * Keeps every card's row in memory from now on, when only this process writes the store (see {@link KeptCards}):
   * read now on {@code fills}' thread, and again {@code afterWrites} after writes made them forgotten; after each
   * fill, the /who cards of the Slack app built here are rendered there too. A server calls it once its first
   * requests are answered.
   */
  public void keepCardsInMemory(ScheduledExecutorService fills, Duration afterWrites) {
    keptCards.keepFilled(fills, afterWrites, () -> {
      WhoAnswers answers = whoAnswers; // read at each fill: the Slack app may be built after this call
      if (answers != null) {
        answers.renderKeptCards();
      }
    });
  }

  /** The /who answers of the Slack app built here, or null before it is built. */
  public WhoAnswers whoAnswers() {
    return whoAnswers;
  }

  /** The cards kept in memory: nothing kept when other processes may write the store. */
  public KeptCards keptCards() {
    return keptCards;
  }

  /**
   * The Bolt app with every feature registered, answering through {@code slack}. {@code background} runs the
   * work that follows an acknowledgement; {@code pause} waits between Web API retries; what is not ready within
   * {@code ackBudget} is answered after the acknowledgement.
   */
  public App slackApp(Slack slack, Background background, SlackApi.Pause pause, Duration ackBudget) {
    SlackSettings slackSettings = settings.slack();
    SlackApi api = new SlackApi(slack.methods(slackSettings.botToken()), pause);
    Replies replies = new Replies(slack, api);
    Access access = new Access(slackSettings, api, clock);
    // Request timestamps are checked against the real time, as Bolt checks signatures; the clock is for Kith.
    botAuthorization = SlackApps.authorization(slackSettings, slack);
    App app = SlackApps.app(slackSettings, slack, botAuthorization, eventsOnce(),
        new FreshRequests(Clock.systemUTC()), new AccessControl(access, replies, background));
    SlackPeople slackPeople = new SlackPeople(database.jdbi(), api, directory);
    WhoAnswers answers = new WhoAnswers(database.jdbi(), directory, cards, slackPeople, clock);
    whoAnswers = answers;
    Deadline deadline = new Deadline(background, ackBudget);
    BriefSender sender = new BriefSender(cards, slackPeople, replies, clock);
    briefs = BriefFeature.build(database.jdbi(), api, replies, directory, sender, clock);
    CardDelivery delivery = (user, contactId) -> {
      sender.send(user, null, null, List.of(contactId));
      return "Sent you a brief by DM.";
    };
    WhoFeature.register(app, database.jdbi(), directory, answers, replies, background, deadline,
        slackSettings.mentionReply(), delivery);
    BriefFeature.register(app, briefs, api, answers, replies, background, deadline, clock);
    calendarSync = new CalendarSync(database.jdbi(), new CalendarFeed(() -> HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build(),
        Duration.ofSeconds(20), 5_000_000), directory, replies, settings.briefLead(), clock, briefs.home());
    DecisionFeature.register(app, database.jdbi(), api, replies, directory, noteWrites(background),
        settings.decisionEmojis(), background, clock, briefs.home()::refresh);
    return app;
  }

  /** The write-back of decisions to the vault's notes; {@code background} runs writes after a decision. */
  public synchronized NoteWrites noteWrites(Background background) {
    if (noteWrites == null) {
      noteWrites = new NoteWrites(database.jdbi(), settings.vault(), new NoteWriter(), clock, background);
    }
    return noteWrites;
  }

  /** Who the bot is, asked of Slack, once {@link #slackApp} has built the app. */
  public BotAuthorization botAuthorization() {
    return botAuthorization;
  }

  /** The briefs feature, once {@link #slackApp} has built it. */
  public BriefFeature.Parts briefs() {
    return briefs;
  }

  /** The calendar reader, once {@link #slackApp} has built it. */
  public CalendarSync calendarSync() {
    return calendarSync;
  }

  /** Slack events already handled, by event id. */
  public EventsOnce eventsOnce() {
    return new EventsOnce(database.jdbi(), clock);
  }

  public Settings settings() {
    return settings;
  }

  public Database database() {
    return database;
  }

  public Directory directory() {
    return directory;
  }

  public Cards cards() {
    return cards;
  }

  @Override
  public void close() {
    keptCards.stop();
    database.close();
  }
}
