package dev.newsbrief.story;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Tokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Picks the story's headline: the report title whose words the other reports share most. */
public final class Headline {
  private Headline() {}

  /** Content words from which a title says enough to head a briefing. */
  static final int FULL_TITLE_WORDS = 3;
  private static final java.util.regex.Pattern SIDEBAR = java.util.regex.Pattern.compile(
      "(?i)^(?:transcript|text|excerpts?|chronology|timeline|key facts|fact ?box|q\\s*&\\s*a|at a glance|factfile)\\b"
          + "|\\b(?:transcript|chronology|timeline)\\s+(?:of|from)\\b");
  private static final double SIDEBAR_WEIGHT = 0.25;

  public static String of(Story story) {
    List<Document> docs = story.origins();
    Map<String, Integer> df = new HashMap<>();
    for (Document d : docs) {
      Set<String> words = new HashSet<>();
      d.sentences().forEach(s -> s.tokens().forEach(t -> { if (!t.stop()) words.add(t.stem()); }));
      contentStems(d.article().title()).forEach(words::add);
      words.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    String best = "";
    double bestScore = -1;
    for (Document d : docs) {
      String title = d.article().title().strip();
      List<String> stems = contentStems(title);
      if (stems.isEmpty()) continue;
      double score = stems.stream().mapToInt(w -> df.getOrDefault(w, 0)).average().orElse(0);
      // "With Euro": a title of a word or two says too little to head a briefing, however shared its words
      score *= Math.min(1.0, stems.size() / (double) FULL_TITLE_WORDS);
      // "TRANSCRIPT FROM EGYPTAIR FLIGHT 990", "Chronology of ...": a sidebar's title, not the story's
      if (SIDEBAR.matcher(title).find()) score *= SIDEBAR_WEIGHT;
      if (score > bestScore) {
        bestScore = score;
        best = title;
      }
    }
    return best.isEmpty() ? fromLead(docs) : best;
  }

  /** Reports without titles (wire feeds): the opening words of the first report's lead. */
  private static String fromLead(List<Document> docs) {
    for (Document d : docs) {
      String opening = opening(d);
      if (!opening.isEmpty()) return opening;
    }
    return "Untitled story";
  }

  /** The opening words of a report's lead (after its dateline), to name a report without a title; "" when it has none. */
  public static String opening(Document d) {
    if (d.sentences().isEmpty()) return "";
    String[] words = Patterns.split(d.sentences().get(0).text().strip(), "\\s+");
    if (words.length <= 14) return String.join(" ", words);
    return String.join(" ", java.util.Arrays.copyOf(words, 12)) + " …";
  }

  private static List<String> contentStems(String text) {
    return Tokenizer.tokenize(text).stream().filter(t -> !t.stop()).map(Token::stem).toList();
  }
}
