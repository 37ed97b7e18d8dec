package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NIST/TREC/DUC SGML: one or more {@code <DOC>} elements with DOCNO, DATE_TIME (or DATE),
 * HEADLINE and TEXT. Paragraphs come from {@code <P>} elements or, in wire copy, from indented
 * first lines. Wire conventions are made plain: ``quotes'' become curly quotes, the dateline's
 * " _ " a dash, and editors' notes (ANNOTATION, "(scl)") and SGML entities are dropped.
 */
final class SgmlReader {
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern DOC = Pattern.compile("<DOC>(.*?)(?:</DOC>|(?=<DOC>)|\\z)", F);
  private static final Pattern DOCNO = Pattern.compile("<DOCNO>\\s*(.*?)\\s*</DOCNO>", F);
  private static final Pattern DATE = Pattern.compile("<(DATE_TIME|DATE|DATELINE)>\\s*(.*?)\\s*</\\1>", F);
  private static final Pattern HEADLINE = Pattern.compile("<(HEADLINE|HL|TITLE|HEAD)>\\s*(.*?)\\s*</\\1>", F);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)(?:</TEXT>|\\z)", F);
  private static final Pattern ANNOTATION = Pattern.compile("<ANNOTATION>.*?</ANNOTATION>", F);
  private static final Pattern P = Pattern.compile("<P>(.*?)(?:</P>|(?=<P>)|\\z)", F);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z_]+[^>]*>");
  private static final Pattern EDITOR_MARK = Pattern.compile(
      "(?m)^\\s*(\\([a-z]{1,4}(?:[-/][a-z]{1,4})*\\)|[A-Z]{2,5}-\\d\\d-\\d\\d-\\d\\d \\d{4}[A-Z]{3})\\s*$");
  private static final Pattern DOCNO_DATE = Pattern.compile("^[A-Za-z_]+(\\d{8}|\\d{6})");

  private SgmlReader() {}

  static boolean looksLikeSgml(String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading();
    return head.regionMatches(true, 0, "<DOC>", 0, 5) || (head.contains("<DOC>") && head.contains("<DOCNO>"));
  }

  static List<Article> read(String text, String fallbackId, String origin, List<Problem> problems) {
    List<Article> out = new ArrayList<>();
    Matcher d = DOC.matcher(text);
    int n = 0;
    while (d.find()) {
      n++;
      String doc = d.group(1);
      String docno = group(DOCNO, doc, 1);
      if (docno != null && docno.isBlank()) docno = null; // "<DOCNO></DOCNO>" names nothing
      String id = docno != null ? docno : fallbackId + (n > 1 ? "-" + n : "");
      String where = origin + (docno != null ? "#" + docno : "#" + n);
      Matcher t = TEXT.matcher(doc);
      if (!t.find() || t.group(1).isBlank()) {
        problems.add(new Problem(where, "document has no <TEXT>, skipped"));
        continue;
      }
      String body = body(t.group(1));
      if (body.isBlank()) {
        problems.add(new Problem(where, "document text is empty, skipped"));
        continue;
      }
      String headline = group(HEADLINE, doc, 2);
      String title = headline == null ? "" : plain(TAG.matcher(headline).replaceAll(" ")).replaceAll("\\s+", " ").strip();
      out.add(new Article(id, title, body, Outlets.ofDocno(docno), null, date(doc, docno), where));
    }
    if (n == 0) problems.add(new Problem(origin, "no <DOC> element found, skipped"));
    return out;
  }

  private static String body(String text) {
    String s = ANNOTATION.matcher(text).replaceAll("");
    List<String> paragraphs = new ArrayList<>();
    Matcher p = P.matcher(s);
    boolean hasP = false;
    while (p.find()) {
      hasP = true;
      paragraphs.add(p.group(1));
    }
    if (!hasP) paragraphs.add(s);
    List<String> out = new ArrayList<>();
    for (String para : paragraphs) {
      String clean = EDITOR_MARK.matcher(TAG.matcher(plain(para)).replaceAll("")).replaceAll("");
      String laid = Layout.paragraphs(Layout.normalise(wrapLines(clean, hasP)));
      if (!laid.isBlank()) out.add(laid);
    }
    return String.join("\n\n", out);
  }

  /**
   * Inside one SGML paragraph or indented wire copy, lines are always hard-wrapped. {@code inP}: the
   * text is one {@code <P>} element, whose paragraph is marked already.
   */
  private static String wrapLines(String s, boolean inP) {
    String[] lines = Patterns.split(s, "\r?\n");
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) continue;
      String stripped = line.strip();
      // an indented line continuing an unfinished sentence is a typing slip, not a new paragraph
      // (inside a <P>, whatever its first letter: "... Sexually Transmitted Diseases / Control indicates ...")
      boolean unfinished = sb.length() > 0 && ".!?”\"'):".indexOf(sb.charAt(sb.length() - 1)) < 0;
      boolean continues = unfinished && (inP || Character.isLowerCase(stripped.codePointAt(0)));
      boolean indented = Character.isWhitespace(line.charAt(0)) && !continues;
      if (sb.length() > 0) sb.append(indented ? "\n\n" : " ");
      sb.append(line.strip());
    }
    return sb.toString();
  }

  /** SGML entities and wire typing conventions made plain. */
  private static String plain(String s) {
    return s.replace("&AMP;", "&").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replaceAll("&[A-Za-z0-9]+;", " ")
        .replace("``", "“").replace("''", "”")
        .replaceAll("(?<=\\S) _ (?=\\S)", " — ");
  }

  private static LocalDate date(String doc, String docno) {
    Matcher m = DATE.matcher(doc);
    while (m.find()) {
      LocalDate d = Dates.parse(m.group(2));
      if (d != null) return d;
    }
    if (docno != null) {
      Matcher dn = DOCNO_DATE.matcher(docno.strip());
      if (dn.find()) {
        String digits = dn.group(1);
        if (digits.length() == 6) digits = (digits.compareTo("30") < 0 ? "20" : "19") + digits;
        return Dates.parse(digits);
      }
    }
    return null;
  }

  private static String group(Pattern p, String s, int g) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(g).strip() : null;
  }
}
