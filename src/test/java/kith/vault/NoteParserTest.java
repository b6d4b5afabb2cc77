package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import kith.vault.PeopleNote.Decision;
import kith.vault.PeopleNote.Interaction;
import kith.vault.PeopleNote.Related;
import kith.vault.PeopleNote.RelatedKind;
import kith.vault.PeopleNote.Task;
import org.junit.jupiter.api.Test;

/** The real note from the shared example vault (a copy kept with the tests), every field of it. */
class NoteParserTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/notes/shared-example-kushal-datta.md");

  private static PeopleNote example() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    return Notes.personOf(new NoteParser().read("People/Kushal Datta.md", bytes));
  }

  @Test
  void readsTheNameFrontmatterAndHash() throws Exception {
    PeopleNote note = example();
    assertEquals("People/Kushal Datta.md", note.path());
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(EXAMPLE)));
    assertEquals(hash, note.contentHash());
    assertEquals("Kushal Datta", note.name());
    assertEquals(List.of(), note.aliases());
    assertEquals(
        new PeopleNote.Frontmatter(
            "people",
            "Kushal Datta",
            "unknown",
            null,
            "2026-01-03",
            LocalDate.of(2026, 1, 3),
            List.of("type/people", "generated")),
        note.frontmatter());
    assertEquals(List.of(), note.attributes());
    assertEquals(List.of(), note.otherSections());
  }

  @Test
  void readsRecentContext() throws Exception {
    List<Interaction> interactions = example().interactions();
    assertEquals(15, interactions.size());
    assertEquals(
        new Interaction(
            null,
            "unknown",
            "2025-11-4 - Planning sessions",
            "2025-11-4 - Planning sessions",
            "Planning notes for a set of sessions with Jeff Denworth to align on VAST’s cloud-first product strat...",
            "Jeff Denworth"),
        interactions.get(0));
    assertEquals(
        new Interaction(
            LocalDate.of(2026, 1, 3),
            "2026-01-03",
            "2026-01-03 - Prep for Microsoft AI talks",
            "2026-01-03 - Prep for Microsoft AI talks",
            "Jonsi Stephenson and Jason Vallery aligned messaging and strategy for upcoming Microsoft AI discussi...",
            "Jonsi Stephenson"),
        interactions.get(1));
    String ninthTitle =
        "2025-10-31 - Jason (now at VAST) and Kushal discussed deploying VAST for Apollo’s training wo";
    assertEquals(
        new Interaction(
            LocalDate.of(2025, 10, 31),
            "2025-10-31",
            ninthTitle,
            ninthTitle,
            "1:1 between Jason Vallery (VAST Data) and Kushal Datta (Microsoft Apollo) to evaluate deploying VAST...",
            null),
        interactions.get(8));
    String lastTitle =
        "2025-10-27 - Jason and Kurt aligned on a go-to-market path to bring VAST’s high-density, lowe";
    assertEquals(
        new Interaction(
            LocalDate.of(2025, 10, 27),
            "2025-10-27",
            lastTitle,
            lastTitle,
            "Weekly 1:1 where Jason Vallery and Kurt Niebuhr aligned on a Microsoft Azure go-to-market path for V...",
            "Kurt Niebuhr"),
        interactions.get(14));
    assertEquals("Cloud", interactions.get(13).via());
    assertTrue(interactions.get(11).summary().contains("Kanchan Mehrotra (\"Koncha\") aligning"));
  }

  @Test
  void readsKeyFactsAndTopics() throws Exception {
    PeopleNote note = example();
    assertEquals(10, note.keyFacts().size());
    assertEquals(
        "MAI Falcon plan includes Phoenix, Dallas, and Richmond sites (~40k GPUs per site) connected by an AI WAN;"
            + " initial tranche includes ~3 EB of Blob.",
        note.keyFacts().get(0));
    assertEquals(
        "Documentation is currently feature/button-oriented and not scenario-driven; scenario guides are ad hoc"
            + " and late.",
        note.keyFacts().get(9));
    List<String> topics = note.topics();
    assertEquals(19, topics.size());
    assertEquals("Microsoft AI (MAI) org landscape and stakeholders", topics.get(0));
    assertEquals("Project Apollo (AKS-led slim control plane) and storage integration", topics.get(3));
    assertEquals("Release process: phase gates", topics.get(11));
    assertEquals("Multi-tenancy backlog toward SaaS", topics.get(18));
  }

  @Test
  void readsProfile() throws Exception {
    PeopleNote.Profile profile = example().profile();
    assertEquals("Apollo team member at Microsoft (Apollo team)", profile.role());
    assertEquals("Partner-side collaborator for MAI execution (Microsoft context)", profile.relationship());
    assertNull(profile.organisation());
    assertNull(profile.email());
    assertEquals(
        "Referenced as a single-threaded owner candidate on MAI motion (with Vipin) for Microsoft-side execution"
            + " planning.\n"
            + "Key MAI stakeholder; owns the relationship between Microsoft AI and Azure.\n"
            + "Mentioned in note summary as someone to build ties with (SEs/alliances) and in known projects list"
            + " context (EB power savings one-pager) but not materially discussed in this transcript.",
        profile.background());
  }

  @Test
  void readsTasksDecisionsAndRelated() throws Exception {
    PeopleNote note = example();
    assertEquals(
        List.of(
            new Task(
                "Drive Microsoft MAI/Apollo 30/60/90 plan: align success criteria + test plan (30d), get POC live"
                    + " with measurable perf (60d), produce scale plan and Go/No-Go for 2–3 more sites (90d).",
                false,
                null,
                null)),
        note.tasks());
    List<Decision> decisions = note.decisions();
    assertEquals(10, decisions.size());
    assertEquals(
        new Decision("Wait until Friday’s Kushal meeting before Alon follows up with Vipin.", null, null),
        decisions.get(0));
    assertEquals(
        new Decision("Customer requirement docs and FRDs will be authored and maintained in Confluence.", null, null),
        decisions.get(9));
    assertEquals(
        List.of(
            new Related(RelatedKind.CUSTOMER, "Microsoft", "Microsoft"),
            new Related(RelatedKind.PROJECT, "VAST on Azure Integration", "VAST on Azure Integration"),
            new Related(
                RelatedKind.PROJECT, "EB Power Savings to GPUs One-Pager", "EB Power Savings to GPUs One-Pager"),
            new Related(RelatedKind.PROJECT, "Cloud", "Cloud"),
            new Related(RelatedKind.PROJECT, "Project Apollo", "Project Apollo")),
        note.related());
    assertFalse(note.related().stream().anyMatch(related -> related.kind() == RelatedKind.PERSON));
  }
}
