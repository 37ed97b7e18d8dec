package dev.newsbrief.eval.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.eval.tls.Prf;
import dev.newsbrief.eval.tls.TimelineRouge;
import dev.newsbrief.eval.tls.TimelineScores;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link TimelineRun} as a table, CSV or JSON: per task and averaged the news-tls way
 * (mean P, mean R, F of the means). AR-1/AR-2 are the F1 of tilse's align+ m:1 at ROUGE-1/2.
 */
public final class TimelineReport {
  private TimelineReport() {}

  public static String table(Map<String, List<TimelineRun.Row>> run, boolean perTask) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-10s %-52s %3s %2s %7s %7s %7s %9s%n",
        "method", "task", "l", "k", "AR1-F", "AR2-F", "Date-F", "ms"));
    run.forEach((method, rows) -> {
      if (perTask) {
        for (TimelineRun.Row r : rows) {
          b.append(line(method, r.task().id(), r.task().dates() + "", r.task().sentencesPerDate() + "", r.scores(), r.millis()));
        }
      }
      b.append(line(method, "AVERAGE (" + rows.size() + " tasks)", "", "", TimelineRun.mean(rows), meanMillis(rows)));
    });
    return b.toString();
  }

  private static String line(String method, String task, String l, String k, TimelineScores s, double ms) {
    return String.format(Locale.ROOT, "%-10s %-52s %3s %2s %7.4f %7.4f %7.4f %9.1f%n", method, task, l, k,
        s.alignManyToOne().rouge1().f1(), s.alignManyToOne().rouge2().f1(), s.date().f1(), ms);
  }

  private static double meanMillis(List<TimelineRun.Row> rows) {
    return rows.stream().mapToDouble(TimelineRun.Row::millis).average().orElse(0);
  }

  public static String csv(Map<String, List<TimelineRun.Row>> run) {
    StringBuilder b = new StringBuilder("method,task,dates,sentences_per_date,ar1_p,ar1_r,ar1_f,ar2_p,ar2_r,ar2_f,"
        + "date_p,date_r,date_f,concat_r1_f,concat_r2_f,agreement_r1_f,agreement_r2_f,millis\n");
    run.forEach((method, rows) -> {
      for (TimelineRun.Row r : rows) {
        b.append(csvLine(method, r.task().id(), r.task().dates() + "", r.task().sentencesPerDate() + "", r.scores(), r.millis()));
      }
      b.append(csvLine(method, "AVERAGE", "", "", TimelineRun.mean(rows), meanMillis(rows)));
    });
    return b.toString();
  }

  private static String csvLine(String method, String task, String l, String k, TimelineScores s, double ms) {
    TimelineRouge ar = s.alignManyToOne();
    return String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%.5f,%.5f,%.5f,%.5f,%.1f%n", method, task, l, k,
        prf(ar.rouge1()), prf(ar.rouge2()), prf(s.date()), s.concat().rouge1().f1(), s.concat().rouge2().f1(),
        s.agreement().rouge1().f1(), s.agreement().rouge2().f1(), ms);
  }

  private static String prf(Prf p) {
    return String.format(Locale.ROOT, "%.5f,%.5f,%.5f", p.precision(), p.recall(), p.f1());
  }

  public static String json(Map<String, List<TimelineRun.Row>> run) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("metrics", "tilse as news-tls calls it: align+ m:1 (AR), concat, agreement ROUGE-1/2 with "
        + "ROUGE-1.5.5 -n 2 -m -s (reimplemented); exact-day date P/R/F; averages are mean P, mean R, F of the means");
    ObjectNode methods = root.putObject("methods");
    run.forEach((method, rows) -> {
      ObjectNode m = methods.putObject(method);
      m.set("average", scores(mapper.createObjectNode(), TimelineRun.mean(rows)));
      m.put("millisPerTask", round(meanMillis(rows)));
      ArrayNode tasks = m.putArray("tasks");
      for (TimelineRun.Row r : rows) {
        ObjectNode t = tasks.addObject().put("task", r.task().id()).put("dates", r.task().dates())
            .put("sentencesPerDate", r.task().sentencesPerDate())
            .put("from", r.task().from().toString()).put("to", r.task().to().toString());
        scores(t, r.scores());
        t.put("millis", round(r.millis()));
      }
    });
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode scores(ObjectNode n, TimelineScores s) {
    put(n.putObject("AR1"), s.alignManyToOne().rouge1());
    put(n.putObject("AR2"), s.alignManyToOne().rouge2());
    put(n.putObject("date"), s.date());
    ObjectNode concat = n.putObject("concat");
    concat.put("R1-F", round(s.concat().rouge1().f1())).put("R2-F", round(s.concat().rouge2().f1()));
    ObjectNode agreement = n.putObject("agreement");
    agreement.put("R1-F", round(s.agreement().rouge1().f1())).put("R2-F", round(s.agreement().rouge2().f1()));
    return n;
  }

  private static void put(ObjectNode n, Prf p) {
    n.put("p", round(p.precision())).put("r", round(p.recall())).put("f", round(p.f1()));
  }

  private static double round(double v) {
    return Math.round(v * 100000) / 100000.0;
  }
}
