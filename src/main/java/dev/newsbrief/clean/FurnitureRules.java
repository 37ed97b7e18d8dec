package dev.newsbrief.clean;

import dev.newsbrief.text.Patterns;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few line-level rules that recognise page furniture by its wording: interface text
 * (share buttons, "Read more", advertisement markers, cookie and newsletter prompts), picture
 * captions and credits, contributor and source lines, bylines, date lines and bare datelines.
 * Every rule is limited to short lines, so a news sentence that merely mentions a newsletter or a
 * photograph is never matched.
 */
final class FurnitureRules {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ADVERT = Pattern.compile(
      "(advertisements?|adverts?|ads?|sponsored( content)?|promoted( content)?|paid (content|post)"
          + "|(story|article) continues below( advertisement)?|continue reading (the )?main story"
          + "|scroll (down )?to continue( reading| with content)?|advertisement - scroll to continue)", I);
  private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "this", "article", "story", "on", "facebook",
      "twitter", "x", "whatsapp", "email", "e", "mail", "print", "pinterest", "linkedin", "reddit", "copy", "link",
      "messenger", "telegram", "tweet", "save", "comment", "comments", "via", "the", "gift", "bluesky", "threads",
      "flipboard", "sms", "url", "copied");
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(read more|read more:.*|read next:?.*|see full (article|story)|full (story|article|coverage)|continue reading.*"
          + "|click here.*|tap here.*|read the full (story|article|report).*|watch( the)?( full)? video.*|watch:.*"
          + "|listen( to this (article|story))?( \\(?\\d+:\\d+\\)?| now)?|show more|load more|view (all )?comments|skip to .*|back to top"
          + "|next (article|story)|previous (article|story)|see also:?.*|also read:?.*|(read|see) (also|more):.*"
          + "|more on this story|go to (the )?(home ?page|article)|open in app|view gallery|\\d+ comments?"
          + "|related:.*|more|also on [\\w.-]+\\.(com|org|net|co\\.uk|news)\\b.*|tell us what you think.*|have your say\\b.*"
          + "|like this (story|article)\\?.*|(this|the) (slideshow|video|gallery|content|page|feature) requires javascript.*"
          + "|(please )?enable javascript.*|\\[(\\w+)\\b[^\\]]*\\].*\\[/\\2\\])", I);
  private static final Pattern LIST_HEADING = Pattern.compile(
      "(related( articles| stories| content| coverage| news| links)?|more (from|on|in|stories)\\b.*"
          + "|recommended( for you| stories)?|you (may|might) also (like|be interested in)|most (read|popular|viewed|shared|watched)"
          + "|trending( now| stories)?|top (stories|news|headlines)|editor'?s picks|latest( .{0,40})? (news|stories|headlines)"
          + "|in other news|what to read next|more headlines|popular (now|stories)|don'?t miss)", I);
  private static final Pattern COOKIE = Pattern.compile(
      "\\bcookies?\\b.*\\b(use|uses|accept|consent|privacy|agree|settings|preferences|experience)\\b"
          + "|\\b(use|uses|accept|consent|agree)\\b.*\\bcookies?\\b|by continuing to (use|browse)", I);
  private static final Pattern SUBSCRIPTION = Pattern.compile(
      "^(sign up|subscribe|get (our|the)|join|download (our|the)|register|log ?in|sign in|create (an|your) account"
          + "|start your|try .* free|already (a subscriber|have an account)|don'?t miss|enter your email)\\b.*"
          + "|\\bsubscri(be|ption|bers?)\\b.*\\b(access|offer|today|now|free|month)\\b"
          + "|\\b\\d+ (issues|months) for\\b.*\\d|\\bdelivered (through|to) your (letterbox|door|inbox)\\b", I);
  private static final Pattern NEWSLETTER = Pattern.compile("\\bnewsletters?\\b", I);
  private static final Pattern SOCIAL = Pattern.compile(
      "^(follow (us|him|her|me|them|@)\\b.*|follow .* on (twitter|facebook|instagram|x|bluesky|linkedin|tiktok).*"
          + "|@\\w+|(#\\w+\\s*)+|like us on facebook.*)$", I);
  private static final Pattern CAPTION = Pattern.compile(
      "\\b(photograph|photo|photos|picture|pictures|image|images|video|illustration|graphic|footage|photo credit)\\s*:\\s*\\S"
          + "|\\bimage (copyright|caption|source)\\b"
          + "|\\((AP|AFP|Reuters|Getty|EPA|PA|UPI|Xinhua|Anadolu)( Photo| Images| via Getty Images)?\\s*/[^)]*\\)"
          + "|\\[[^\\]\\[]{2,60}/[^\\]\\[]{2,40}\\]\\s*$"
          + "|\\b(Getty Images|Shutterstock|AFP via Getty|file photo|courtesy of .* photo)\\b"
          + "|^((AP|AFP|Reuters|Getty|EPA|PA) )?(photo|video|image|gallery|in pictures|watch|play video|photos)$", I);
  private static final Pattern CREDIT = Pattern.compile(
      "contributed (reporting |to )?(to )?(this|the) (report|story|article|dispatch)"
          + "|^sources?\\s*:\\s*\\S.{0,80}$|^(with )?((news |wire )?agencies|agency reports|wire services|wires)\\.?$", I);
  /**
   * "Reporting by Tom Hale; Editing by Ann Lee": who made the report, named after "by". Only names may
   * follow, so that a wrapped line of a paragraph ("Research by the National AIDS and Sexually
   * Transmitted Diseases / Control indicates ...") is not taken for a credit.
   */
  private static final Pattern BY_CREDIT = Pattern.compile(
      // (no CASE_INSENSITIVE flag: under it \p{Lu} matches any letter)
      "^(?i:(?:additional )?(?:reporting|writing|editing|compiled|edited|produced|reported|research) by)\\s+((?:\\p{Lu}[\\p{L}.'’-]*"
          + "|(?i:and|in|from|at|for|with|by|editing|writing|reporting|additional)|[;,&/|]|\\s)+)[.\\s]*$");
  private static final Pattern COPYRIGHT = Pattern.compile("^(©|\\(c\\)|copyright\\b)|all rights reserved", I);
  private static final Pattern BYLINE = Pattern.compile(
      "^[Bb][Yy]\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
          + "((\\s*,\\s*|\\s+and\\s+|\\s+&\\s+)\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*"
          + "(\\s*[,|]\\s*.{0,60})?$"
          + "|^([Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|[Ll]ast [Uu]pdated|[Ff]irst [Pp]ublished|[Ll]ast [Mm]odified)\\b.{0,60}$");
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\b"
          + "|\\b\\d{1,4}\\b|\\b(gmt|utc|bst|est|edt|pst|pdt|cet|am|pm|a\\.m\\.|p\\.m\\.)\\b|[:,./|–—-]");
  /** "MUNICH --", "LONDON (Reuters) -": a place in capitals with an agency or a dash, nothing after. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .,'’-]{2,40}(\\s*\\([\\p{L} .]{2,30}\\)\\s*[-—–_:]*|\\s+[-—–_:]+)$");
  private static final Pattern STAFF_LINE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.]*\\s+){0,3}(Writer|Correspondent|Reporter|Editor|Staff)s?$");
  /** Wire-service editing notes and typesetting codes: "8th graf pvs", "(mc/bk)", "nn". */
  private static final Pattern WIRE_NOTE = Pattern.compile(
      "(?i).*\\b(\\d+(st|nd|rd|th) grafs?|pvs|writethru|eds?:|editors?:|story can end here|optional material follows"
          + "|more to come)\\b.*|\\(?[a-z]{1,4}(/[a-z]{1,4})*\\)?|more|end|\\(?end optional.*");

  /** Cells of a data table's row, as the HTML reader writes them: "1 | Kyle Busch | 5040". */
  private static final Pattern TABLE_ROW = Pattern.compile("[^|\\n]+( \\| [^|\\n]+){2,}");

  private FurnitureRules() {}

  /** Why this line is furniture, or {@code null}. {@code last}: it is the article's last line. */
  private static final Pattern YEAR_HEADING = Pattern.compile("(?:19|20)\\d\\d:?");

  static String reason(Unit u, boolean last) {
    String t = u.text.strip();
    if (!t.codePoints().anyMatch(Character::isLetterOrDigit)) return Reasons.NO_WORDS;
    String lower = t.toLowerCase(Locale.ROOT);
    // keyword prefilters keep the case-insensitive patterns off ordinary paragraphs (speed)
    // "1996:" over the items of a chronology is the list's structure, not a date line (time.EventDater reads it)
    if (u.words == 0 && YEAR_HEADING.matcher(t).matches()) return Reasons.SUBHEADING;
    if (u.words <= 15) {
      String bare = Patterns.replaceAll(Patterns.replaceAll(t, "^[•·▪►◦‣*–—|-]\\s*", ""), "[\\s.:!›»>|→]+$", "");
      if (u.words <= 8 && ADVERT.matcher(bare).matches()) return Reasons.ADVERTISEMENT;
      if (u.words <= 10 && isShareButtons(bare)) return Reasons.SHARE;
      if (CALL_TO_ACTION.matcher(bare).matches()) return Reasons.CALL_TO_ACTION;
      if (u.words <= 8 && LIST_HEADING.matcher(bare).matches()) return Reasons.LIST_HEADING;
      if (SOCIAL.matcher(bare).matches()) return Reasons.SOCIAL;
      if (u.words <= 14 && !u.endsSentence && BYLINE.matcher(bare).matches()) return Reasons.BYLINE;
    }
    if (u.words <= 80 && (lower.contains("cookie") || lower.contains("by continuing")) && COOKIE.matcher(t).find()) {
      return Reasons.COOKIE;
    }
    if (u.words <= 30 && containsAny(lower, "sign", "subscri", "newsletter", "regist", "log", "download", "join",
        "account", "free", "email", "miss", "get ", "start", "issues", "delivered") && SUBSCRIPTION.matcher(t).find()) {
      return Reasons.SUBSCRIPTION;
    }
    if (u.words <= 12 && !u.endsSentence && NEWSLETTER.matcher(t).find()) return Reasons.SUBSCRIPTION;
    if (u.words <= 70 && (u.words <= 3 || containsAny(lower, ":", "/", "getty", "shutterstock", "file photo", "courtesy",
        "image")) && CAPTION.matcher(t).find()) {
      return Reasons.CAPTION;
    }
    if (u.words <= 40 && containsAny(lower, "contribut", "by ", "source", "agenc", "wire") && (CREDIT.matcher(t).find() || BY_CREDIT.matcher(t).matches())) {
      return Reasons.CREDIT;
    }
    if (u.words <= 30 && containsAny(lower, "©", "(c)", "copyright", "rights reserved") && COPYRIGHT.matcher(t).find()) {
      return Reasons.COPYRIGHT;
    }
    if (!u.endsSentence && t.contains(" | ") && TABLE_ROW.matcher(t).matches()) return Reasons.TABLE_ROW; // numbers in cells are no date line
    if (u.words <= 12 && isDateOnly(t)) return Reasons.BYLINE;
    if (u.words <= 5 && STAFF_LINE.matcher(t).matches()) return Reasons.BYLINE;
    if (u.words <= 12 && !u.endsSentence && WIRE_NOTE.matcher(t).matches()) return Reasons.WIRE_NOTE;
    if (u.words <= 6 && DATELINE.matcher(t).matches() && !u.endsSentence) return Reasons.DATELINE;
    if (last && u.words <= 4 && isAgencySignOff(t)) return Reasons.CREDIT;
    return null;
  }

  private static boolean containsAny(String s, String... parts) {
    for (String p : parts) if (s.contains(p)) return true;
    return false;
  }

  private static boolean isShareButtons(String s) {
    String[] words = Patterns.split(s.toLowerCase(Locale.ROOT), "[^\\p{L}]+");
    int n = 0;
    for (String w : words) {
      if (w.isEmpty()) continue;
      if (!SHARE_WORDS.contains(w)) return false;
      n++;
    }
    return n > 0 && !Patterns.matches(s.toLowerCase(Locale.ROOT), "(this|the|on|via|story|article|x|copy)");
  }

  /** "Wednesday 12 October 2016 09.15 BST": nothing but date and time words. */
  private static boolean isDateOnly(String t) {
    String rest = DATE_WORDS.matcher(t).replaceAll(" ").strip();
    boolean hadDate = !rest.equals(t.strip());
    return hadDate && rest.isEmpty() && t.chars().anyMatch(Character::isDigit);
  }

  /** "Reuters", "AFP", "Al Jazeera and agencies": a few capitalised words closing the report. */
  private static boolean isAgencySignOff(String t) {
    String s = Patterns.replaceAll(t, "[.]$", "").strip();
    if (s.isEmpty()) return false;
    for (String w : Patterns.split(s, "\\s+")) {
      if (w.equals("and") || w.equals("&") || w.equals("with") || w.equalsIgnoreCase("agencies")) continue;
      if (!Character.isUpperCase(w.codePointAt(0))) return false;
    }
    return true;
  }
}
