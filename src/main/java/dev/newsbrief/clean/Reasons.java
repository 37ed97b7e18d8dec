package dev.newsbrief.clean;

/** The reasons cleaning gives for removing text, as shown by {@code --explain}. */
public final class Reasons {
  public static final String NO_WORDS = "separator (no words)";
  public static final String ADVERTISEMENT = "advertisement marker";
  public static final String SHARE = "share buttons";
  public static final String CALL_TO_ACTION = "call to action (link or button text)";
  public static final String LIST_HEADING = "heading of a list of other stories";
  public static final String COOKIE = "cookie or consent notice";
  public static final String SUBSCRIPTION = "newsletter or subscription prompt";
  public static final String SOCIAL = "social media prompt";
  public static final String CAPTION = "photo/video caption";
  public static final String CAPTION_SCENE = "photo caption (describes a picture, shares few words with the reports)";
  public static final String CREDIT = "credit line (contributors, source or agency sign-off)";
  public static final String COPYRIGHT = "copyright notice";
  public static final String BYLINE = "byline or date line";
  public static final String DATELINE = "dateline without text";
  public static final String UNRELATED_HEADLINES = "list of unrelated headlines (shares few words with the reports)";
  public static final String RELATED_LINKS = "list of links to other stories";
  public static final String OTHER_HEADLINE = "headline of another story (link after the report)";
  public static final String SUBHEADING = "subheading (not a sentence)";
  public static final String WIRE_NOTE = "wire-service editing note";
  public static final String BOILERPLATE = "boilerplate repeated across reports";
  public static final String TABLE_ROW = "table row (data, not prose)";

  /** Reasons for text that is the article's own structure, not prose to analyse: a reader of the article sees it. */
  private static final java.util.Set<String> STRUCTURE = java.util.Set.of(SUBHEADING, TABLE_ROW);

  /** Whether text removed for this reason still belongs to the article (see {@link Cleaned#body()}). */
  public static boolean isStructure(String reason) {
    return STRUCTURE.contains(reason);
  }

  public static final String TOO_LONG = "beyond the first " + String.format(java.util.Locale.ROOT, "%,d", Cleaner.MAX_CHARS)
      + " characters, more than a news report: not read";

  private Reasons() {}
}
