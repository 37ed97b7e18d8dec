package dev.newsbrief.eval.mds;

import dev.newsbrief.summary.ConceptSummarizer;
import dev.newsbrief.summary.ConceptWeighting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The methods {@code eval mds} knows, by name: newsbrief, its variants, and baselines. */
public final class Methods {
  private static final Map<String, Supplier<Method>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("newsbrief", Method::newsbrief);
    ALL.put("concepts-no-lead-bonus", () -> Method.pipeline("concepts-no-lead-bonus",
        new ConceptSummarizer(ConceptWeighting.frequency(0, 0, 1.0), ConceptSummarizer.Settings.DEFAULT)));
    ALL.put("lead", Method::lead);
  }

  private Methods() {}

  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  public static List<Method> all() {
    return ALL.values().stream().map(Supplier::get).toList();
  }

  public static List<Method> named(List<String> names) {
    List<Method> out = new ArrayList<>();
    for (String n : names) {
      Supplier<Method> m = ALL.get(n.strip());
      if (m == null) throw new IllegalArgumentException("unknown method " + n + "; known: " + String.join(", ", names()));
      out.add(m.get());
    }
    return out;
  }
}
