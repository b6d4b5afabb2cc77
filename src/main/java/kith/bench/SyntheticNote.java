package kith.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import kith.bench.SyntheticVault.Person;

/**
 * One made-up people note, shaped like {@code examples/vault/People/Kushal Datta.md}: frontmatter, Recent Context
 * with 5 to 50 dated interactions (some via a colleague, a few undated), Key Facts, Topics, Profile, open and done
 * tasks with Obsidian Tasks dates, decisions, and related customers, projects and people.
 */
final class SyntheticNote {
  /** Dates are counted back from a fixed day, so a seed always writes the same notes. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  private static final String[] KINDS = {"customer", "partner", "colleague", "investor"};

  private SyntheticNote() {}

  static String text(Person person, List<Person> everyone, SplittableRandom random) {
    StringBuilder note = new StringBuilder(4096);
    int interactions = 5 + random.nextInt(46);
    LocalDate last = TODAY.minusDays(random.nextInt(90));
    LocalDate created = last.minusDays(interactions * 20L + random.nextInt(200));
    boolean roleUpFront = random.nextDouble() < 0.25;
    String role = pick(random, NamePools.ROLES);
    frontmatter(note, person, random, last, created, roleUpFront ? role : null);
    note.append("# ").append(person.name()).append("\n\n");
    recentContext(note, person, everyone, random, last, interactions);
    bullets(note, "Key Facts", random, NamePools.FACTS, 1 + random.nextInt(4), "");
    note.append("## Topics\n\n").append(topics(random)).append("\n\n");
    profile(note, person, random, roleUpFront ? null : role);
    tasks(note, random);
    bullets(note, "Key Decisions", random, NamePools.DECISIONS, random.nextInt(5), "✅ ");
    related(note, person, everyone, random);
    return note.toString();
  }

  private static void frontmatter(StringBuilder note, Person person, SplittableRandom random, LocalDate last,
      LocalDate created, String role) {
    note.append("---\ntype: people\ntitle: ").append(person.name()).append('\n');
    if (!person.aliases().isEmpty()) {
      note.append("aliases:\n");
      person.aliases().forEach(alias -> note.append("- ").append(alias).append('\n'));
    }
    note.append("last_contact: ").append(random.nextDouble() < 0.05 ? "unknown" : "'" + last + "'").append('\n');
    note.append("created: '").append(created).append("'\n");
    if (role != null) {
      note.append("role: ").append(role).append("\ncompany: ").append(person.organisation()).append('\n');
    }
    if (random.nextDouble() < 0.4) {
      note.append("email: ").append(email(person)).append('\n');
    }
    note.append("tags:\n- type/people\n- ").append(pick(random, KINDS)).append("\n---\n\n");
  }

  private static void recentContext(StringBuilder note, Person person, List<Person> everyone,
      SplittableRandom random, LocalDate last, int count) {
    note.append("## Recent Context\n\n");
    LocalDate day = last;
    for (int i = 0; i < count; i++) {
      Person other = everyone.get(random.nextInt(everyone.size()));
      String meeting = pick(random, NamePools.MEETINGS) + (random.nextBoolean() ? " with " + other.firstName() : "");
      boolean undated = random.nextDouble() < 0.03;
      String date = undated ? "unknown" : day.toString();
      note.append("- ").append(date).append(": [[").append(undated ? day : date).append(" - ").append(meeting)
          .append("]] - ").append(summary(person, other, random));
      if (random.nextDouble() < 0.4) {
        note.append(" (via ").append(other.name()).append(')');
      }
      note.append('\n');
      day = day.minusDays(1 + random.nextInt(30));
    }
    note.append('\n');
  }

  private static String summary(Person person, Person other, SplittableRandom random) {
    String topic = pick(random, NamePools.TOPICS).toLowerCase(Locale.ROOT);
    String next = pick(random, NamePools.TOPICS).toLowerCase(Locale.ROOT);
    return switch (random.nextInt(4)) {
      case 0 -> pick(random, NamePools.VERBS) + " " + topic + " with " + other.name() + "; agreed to revisit "
          + next + " before the next review...";
      case 1 -> "1:1 with " + person.firstName() + " on " + topic + ". " + person.organisation()
          + " wants a written plan for " + next + "...";
      case 2 -> other.name() + " and " + person.firstName() + " " + pick(random, NamePools.VERBS)
          .toLowerCase(Locale.ROOT) + " " + topic + " for " + person.organisation() + "...";
      default -> pick(random, NamePools.VERBS) + " " + topic + "; open question on " + next + ".";
    };
  }

  private static void profile(StringBuilder note, Person person, SplittableRandom random, String role) {
    note.append("## Profile\n\n");
    if (role != null) {
      note.append("**Role**: ").append(role).append(", ").append(person.organisation()).append('\n');
    }
    note.append("**Relationship**: ").append(pick(random, NamePools.RELATIONSHIPS)).append("\n\n");
    note.append("**Background**:\n- Joined ").append(person.organisation()).append(" in ")
        .append(2010 + random.nextInt(16)).append(".\n- ").append(pick(random, NamePools.FACTS)).append("\n\n");
  }

  private static void tasks(StringBuilder note, SplittableRandom random) {
    int count = random.nextInt(6);
    if (count == 0) {
      return;
    }
    note.append("## Open Tasks\n\n");
    for (int i = 0; i < count; i++) {
      String task = pick(random, NamePools.TASKS);
      if (random.nextDouble() < 0.6) {
        note.append("- [ ] ").append(task).append(" 📅 ").append(TODAY.plusDays(1 + random.nextInt(120)));
      } else {
        note.append("- [x] ").append(task).append(" ✅ ").append(TODAY.minusDays(1 + random.nextInt(300)));
      }
      note.append('\n');
    }
    note.append('\n');
  }

  private static void related(StringBuilder note, Person person, List<Person> everyone, SplittableRandom random) {
    note.append("## Related Customers\n\n- [[").append(person.organisation()).append("]]\n\n");
    note.append("## Related Projects\n\n- [[").append(pick(random, NamePools.PROJECTS)).append("]]\n\n");
    note.append("## Related\n\n");
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      note.append("- [[").append(everyone.get(random.nextInt(everyone.size())).name()).append("]]\n");
    }
  }

  private static void bullets(StringBuilder note, String heading, SplittableRandom random, String[] pool, int count,
      String marker) {
    if (count == 0) {
      return;
    }
    note.append("## ").append(heading).append("\n\n");
    for (int i = 0; i < count; i++) {
      note.append("- ").append(marker).append(pick(random, pool)).append('\n');
    }
    note.append('\n');
  }

  private static String topics(SplittableRandom random) {
    StringBuilder topics = new StringBuilder();
    for (int i = 3 + random.nextInt(4); i > 0; i--) {
      topics.append(topics.length() == 0 ? "" : ", ").append(pick(random, NamePools.TOPICS));
    }
    return topics.toString();
  }

  private static String email(Person person) {
    String plain = java.text.Normalizer.normalize(person.name(), java.text.Normalizer.Form.NFKD)
        .replaceAll("[^A-Za-z ]", "").toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", ".");
    return plain + "@" + person.organisation().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
  }

  private static String pick(SplittableRandom random, String[] pool) {
    return pool[random.nextInt(pool.length)];
  }
}
