package dev.newsbrief.eval.mds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.eval.rouge.RougeScore;
import dev.newsbrief.eval.rouge.RougeScores;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Prints an {@link MdsRun} as a table, CSV or JSON: per cluster and averaged, recall and F. */
public final class MdsReport {
  private static final List<String> METRICS = List.of("R1", "R2", "SU4");

  private MdsReport() {}

  private static RougeScore metric(RougeScores s, String name) {
    return switch (name) {
      case "R1" -> s.rouge1();
      case "R2" -> s.rouge2();
      default -> s.rougeSU();
    };
  }

  /** Mean of a value over a method's scored rows (ROUGE's averages are means over clusters). */
  public static double mean(List<MdsRun.Row> rows, Function<MdsRun.Row, Double> value) {
    return rows.stream().filter(r -> r.scores() != null).mapToDouble(value::apply).average().orElse(Double.NaN);
  }

  public static double meanRecall(List<MdsRun.Row> rows, String metric) {
    return mean(rows, r -> metric(r.scores(), metric).recall());
  }

  public static String table(Map<String, List<MdsRun.Row>> run, boolean perCluster) {
    StringBuilder b = new StringBuilder();
    String head = String.format(Locale.ROOT, "%-26s %-10s %7s %7s %7s %7s %7s %7s %9s%n", "method", "cluster",
        "R1-R", "R1-F", "R2-R", "R2-F", "SU4-R", "SU4-F", "ms");
    b.append(head);
    for (Map.Entry<String, List<MdsRun.Row>> e : run.entrySet()) {
      if (perCluster) for (MdsRun.Row r : e.getValue()) b.append(line(e.getKey(), r.cluster(), List.of(r)));
      b.append(line(e.getKey(), "AVERAGE", e.getValue()));
    }
    return b.toString();
  }

  private static String line(String method, String cluster, List<MdsRun.Row> rows) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-26s %-10s", method, cluster));
    for (String m : METRICS) {
      b.append(String.format(Locale.ROOT, " %7.5f %7.5f", mean(rows, r -> metric(r.scores(), m).recall()),
          mean(rows, r -> metric(r.scores(), m).f())));
    }
    double ms = rows.stream().mapToDouble(MdsRun.Row::millis).average().orElse(0);
    return b.append(String.format(Locale.ROOT, " %9.1f%n", ms)).toString();
  }

  public static String csv(Map<String, List<MdsRun.Row>> run) {
    StringBuilder b = new StringBuilder("method,cluster,r1_recall,r1_f,r2_recall,r2_f,su4_recall,su4_f,millis\n");
    run.forEach((method, rows) -> {
      for (MdsRun.Row r : rows) b.append(csvLine(method, r.cluster(), List.of(r)));
      b.append(csvLine(method, "AVERAGE", rows));
    });
    return b.toString();
  }

  private static String csvLine(String method, String cluster, List<MdsRun.Row> rows) {
    StringBuilder b = new StringBuilder(method).append(',').append(cluster);
    for (String m : METRICS) {
      b.append(String.format(Locale.ROOT, ",%.5f,%.5f", mean(rows, r -> metric(r.scores(), m).recall()),
          mean(rows, r -> metric(r.scores(), m).f())));
    }
    return b.append(String.format(Locale.ROOT, ",%.1f%n", rows.stream().mapToDouble(MdsRun.Row::millis).average().orElse(0))).toString();
  }

  public static String json(Map<String, List<MdsRun.Row>> run, int words) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("words", words);
    root.put("rouge", "ROUGE-1.5.5 -n 2 -m -l " + words + " -f A -p 0.5 -2 4 -u (reimplemented)");
    ObjectNode methods = root.putObject("methods");
    run.forEach((method, rows) -> {
      ObjectNode m = methods.putObject(method);
      m.set("average", scores(mapper.createObjectNode(), rows));
      m.put("millisPerCluster", rows.stream().mapToDouble(MdsRun.Row::millis).average().orElse(0));
      ArrayNode clusters = m.putArray("clusters");
      for (MdsRun.Row r : rows) {
        ObjectNode c = scores(clusters.addObject().put("cluster", r.cluster()), List.of(r));
        c.put("millis", r.millis());
      }
    });
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode scores(ObjectNode n, List<MdsRun.Row> rows) {
    for (String m : METRICS) {
      ObjectNode s = n.putObject(m);
      s.put("recall", round(mean(rows, r -> metric(r.scores(), m).recall())));
      s.put("f", round(mean(rows, r -> metric(r.scores(), m).f())));
    }
    return n;
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 100000) / 100000.0;
  }
}
