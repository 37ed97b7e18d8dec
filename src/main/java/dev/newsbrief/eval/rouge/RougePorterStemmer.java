package dev.newsbrief.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl release 1, regex for
 * regex, with Chin-Yew Lin's 2004 change to step 4 (a word ending in "ement" does not lose "ment"
 * or "ent" in the first pass; "ment", then "ent", then "(s|t)ion" are tried afterwards). So
 * "agreement" gives "agreem" where the textbook stemmer keeps "agreement".
 *
 * <p>The Perl code takes the prefix before the leftmost match of each suffix regex; {@link
 * Matcher#find()} finds the same leftmost match, so the port keeps the regexes as they are.
 */
final class RougePorterStemmer {
  private static final String C1 = "[^aeiou]"; // consonant
  private static final String V1 = "[aeiouy]"; // vowel
  private static final String CS = C1 + "[^aeiouy]*"; // consonant sequence
  private static final String VS = V1 + "[aeiou]*"; // vowel sequence
  private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS); // m > 0
  private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS); // m > 1
  private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + CS + ")?" + V1);
  private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

  private static final Pattern STEP1A_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
  private static final Pattern STEP1B_EED = Pattern.compile("eed$");
  private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern STEP1B_ATBLIZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern STEP1C_Y = Pattern.compile("y$");
  private static final Pattern STEP2 = Pattern.compile(
      "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness"
          + "|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 =
      Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern STEP4_MENT = Pattern.compile("ment$");
  private static final Pattern STEP4_ENT = Pattern.compile("ent$");
  private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern STEP5_E = Pattern.compile("e$");
  private static final Pattern STEP5_LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2_LIST = Map.ofEntries(
      Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
      Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
      Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
      Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
      Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
      Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
      Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Map<String, String> STEP3_LIST = Map.of(
      "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

  private RougePorterStemmer() {}

  static String stem(String word) {
    if (word.length() < 3) return word;
    String w = word;
    // An initial y is upper-cased so that the patterns never treat it as a vowel.
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) w = 'Y' + w.substring(1);

    Matcher m;
    // Step 1a
    if ((m = STEP1A_IES.matcher(w)).find()) w = w.substring(0, m.start()) + m.group(1);
    else if ((m = STEP1A_S.matcher(w)).find()) w = w.substring(0, m.start()) + m.group(1);
    // Step 1b
    if ((m = STEP1B_EED.matcher(w)).find()) {
      if (MGR0.matcher(w.substring(0, m.start())).find()) w = chop(w);
    } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (VOWEL_IN_STEM.matcher(stem).find()) {
        w = stem;
        if (STEP1B_ATBLIZ.matcher(w).find()) w = w + "e";
        else if (STEP1B_DOUBLE.matcher(w).find()) w = chop(w);
        else if (CVC.matcher(w).find()) w = w + "e";
      }
    }
    // Step 1c
    if ((m = STEP1C_Y.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (VOWEL_IN_STEM.matcher(stem).find()) w = stem + "i";
    }
    // Step 2
    if ((m = STEP2.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) w = stem + STEP2_LIST.get(m.group(1));
    }
    // Step 3
    if ((m = STEP3.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) w = stem + STEP3_LIST.get(m.group(1));
    }
    // Step 4, with ROUGE's 2004 change: ment and ent are tried after the main list.
    if ((m = STEP4.matcher(w)).find()) w = stripIfMeasureAboveOne(w, m.start());
    if ((m = STEP4_MENT.matcher(w)).find()) w = stripIfMeasureAboveOne(w, m.start());
    if ((m = STEP4_ENT.matcher(w)).find()) {
      w = stripIfMeasureAboveOne(w, m.start());
    } else if ((m = STEP4_ION.matcher(w)).find()) {
      w = stripIfMeasureAboveOne(w, m.end(1)); // keeps the s or t
    }
    // Step 5
    if ((m = STEP5_E.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()
          || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (STEP5_LL.matcher(w).find() && MGR1.matcher(w).find()) w = chop(w);

    if (initialY) w = 'y' + w.substring(1);
    return w;
  }

  private static String stripIfMeasureAboveOne(String w, int cut) {
    String stem = w.substring(0, cut);
    return MGR1.matcher(stem).find() ? stem : w;
  }

  private static String chop(String w) {
    return w.substring(0, w.length() - 1);
  }
}
