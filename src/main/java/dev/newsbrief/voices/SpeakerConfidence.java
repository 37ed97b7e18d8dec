package dev.newsbrief.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.learn.Coefficients;
import dev.newsbrief.learn.LogisticRegression;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.text.Resources;
import dev.newsbrief.voices.QuoteExtractor.Found;
import dev.newsbrief.voices.QuoteExtractor.Way;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How surely a quote's speaker is right, from how it was found (next to the quote, carried over
 * from the quote before, a pronoun resolved, a phrase after the verb ...), what the speaker phrase
 * is (a full name, a single word, a role) and how far it stands: a logistic regression fitted on
 * hand-labelled quotes ({@code newsbrief eval voices --write-model} refits it). Below the threshold
 * of its kind the quote is shown unattributed rather than given to someone who may not have said it.
 *
 * @param weights          one per {@link #NAMES} entry
 * @param directThreshold   the probability from which a direct quote keeps its speaker
 * @param indirectThreshold the same for reported speech
 */
public record SpeakerConfidence(double[] weights, double directThreshold, double indirectThreshold) {
  /** Feature names, in vector order. */
  public static final String[] NAMES = {"bias", "direct", "fragment", "carried", "paragraph", "subject",
      "afterVerb", "accordingTo", "inherited", "pronoun", "fullName", "lowerCase", "organisation", "distance",
      "speakerWords", "quoteWords", "said"};
  private static final String MODEL = "/dev/newsbrief/voices/speaker-model.tsv";
  /** The shipped model. */
  public static final SpeakerConfidence DEFAULT = load();
  private static final Set<String> SAID = Set.of("said", "says", "say", "saying");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

  public SpeakerConfidence {
    if (weights.length != NAMES.length) throw new IllegalArgumentException("expected " + NAMES.length + " weights");
    weights = weights.clone();
  }

  /** The quotes, those below their threshold without a speaker. */
  public List<Quote> apply(List<Found> found, Document doc) {
    List<Quote> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Quote q = f.quote();
      if (q.attributed() && probability(features(f, doc)) < (q.direct() ? directThreshold : indirectThreshold)) {
        q = new Quote(null, q.actorId(), q.verb(), q.text(), q.direct(), q.articleId(), q.start(), q.end());
      }
      out.add(q);
    }
    return out;
  }

  public double probability(double[] features) {
    return LogisticRegression.probability(weights, features);
  }

  /** The features of a found quote, in {@link #NAMES} order. */
  public static double[] features(Found f, Document doc) {
    Quote q = f.quote();
    String text = doc.article().text();
    double[] x = new double[NAMES.length];
    x[0] = 1;
    x[1] = q.direct() ? 1 : 0;
    Way w = f.way();
    x[2] = w == Way.FRAGMENT ? 1 : 0;
    x[3] = w == Way.CARRIED ? 1 : 0;
    x[4] = w == Way.PARAGRAPH ? 1 : 0;
    x[5] = w == Way.SUBJECT ? 1 : 0;
    x[6] = w == Way.AFTER_VERB ? 1 : 0;
    x[7] = w == Way.ACCORDING_TO ? 1 : 0;
    x[8] = w == Way.INHERITED ? 1 : 0;
    String phrase = f.speakerEnd() > f.speakerStart() ? text.substring(f.speakerStart(), f.speakerEnd()) : "";
    x[9] = PRONOUNS.contains(phrase.trim().toLowerCase(Locale.ROOT)) ? 1 : 0;
    String speaker = q.speaker() == null ? "" : q.speaker().trim();
    String[] words = speaker.isEmpty() ? new String[0] : Patterns.split(speaker, "\\s+");
    int capitals = 0;
    boolean organisation = false;
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) capitals++;
      if (Gazetteer.ORG_WORDS.contains(Gazetteer.lower(word))) organisation = true;
    }
    x[10] = capitals >= 2 && !organisation ? 1 : 0;
    x[11] = words.length > 0 && capitals == 0 ? 1 : 0;
    x[12] = organisation ? 1 : 0;
    int gap = f.speakerEnd() <= q.start() ? q.start() - f.speakerEnd() : Math.max(0, f.speakerStart() - q.end());
    x[13] = Math.min(2, gap / 200.0);
    x[14] = Math.min(2, words.length / 5.0);
    x[15] = Math.min(1, Patterns.split(q.text(), "\\s+").length / 50.0);
    x[16] = SAID.contains(q.verb()) ? 1 : 0;
    return x;
  }

  public String format(List<String> comments) {
    Map<String, Double> settings = new java.util.LinkedHashMap<>();
    settings.put("directThreshold", directThreshold);
    settings.put("indirectThreshold", indirectThreshold);
    return Coefficients.format(comments, Coefficients.of(settings, List.of(NAMES), weights));
  }

  public static SpeakerConfidence parse(InputStream in) throws IOException {
    Map<String, Double> v = Coefficients.read(in);
    if (!v.containsKey("directThreshold") || !v.containsKey("indirectThreshold")) {
      throw new IOException("speaker model lacks its thresholds");
    }
    return new SpeakerConfidence(Coefficients.vector(v, List.of(NAMES), "speaker model"), v.get("directThreshold"),
        v.get("indirectThreshold"));
  }

  private static SpeakerConfidence load() {
    try (InputStream in = Resources.open(MODEL)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }
}
