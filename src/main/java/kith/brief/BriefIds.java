package kith.brief;

/** Block Kit ids of briefs; the Cancel button's value is the brief id. */
public final class BriefIds {
  private BriefIds() {}

  public static final String CANCEL = "brief_cancel";
  /** The Home tab's button that opens a lookup, and the lookup modal. */
  public static final String LOOKUP = "home_lookup";
  public static final String LOOKUP_VIEW = "home_lookup_view";
  public static final String LOOKUP_INPUT = "home_lookup_name";
}
