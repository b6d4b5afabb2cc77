package kith.contact;

import java.util.List;

/** The outcome of resolving a typed name. */
public sealed interface NameMatch {

  /** Exactly one contact fits. */
  record Found(NameEntry entry) implements NameMatch {}

  /** Several contacts fit equally well: best first, at most ten. */
  record Ambiguous(List<NameEntry> candidates) implements NameMatch {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** Nothing fits: up to three similar names to suggest, best first, possibly none. */
  record NotFound(List<NameEntry> closest) implements NameMatch {
    public NotFound {
      closest = List.copyOf(closest);
    }
  }
}
