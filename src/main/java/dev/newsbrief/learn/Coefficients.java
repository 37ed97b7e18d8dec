package dev.newsbrief.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file a fitted model ships as: {@code name<TAB>value} lines in order, {@code #} starting a
 * comment. One format for every model of the project (concept weights, claim matcher, speaker
 * confidence), so a model file reads the same whoever wrote it.
 */
public final class Coefficients {
  private Coefficients() {}

  /** The named values of a model file, in file order. */
  public static Map<String, Double> read(InputStream in) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length != 2) throw new IOException("not name<TAB>value: " + line);
      try {
        out.put(f[0].trim(), Double.parseDouble(f[1].trim()));
      } catch (NumberFormatException e) {
        throw new IOException("not a number: " + line);
      }
    }
    return out;
  }

  /** The values of {@code names}, in that order; every one must be there. */
  public static double[] vector(Map<String, Double> values, List<String> names, String model) {
    double[] w = new double[names.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      Double v = values.get(names.get(i));
      if (v == null) missing.add(names.get(i));
      else w[i] = v;
    }
    if (!missing.isEmpty()) throw new IllegalArgumentException(model + " lacks " + missing);
    return w;
  }

  /** The model file: each comment line after {@code #}, then the values in map order. */
  public static String format(List<String> comments, Map<String, Double> values) {
    StringBuilder b = new StringBuilder();
    for (String c : comments) b.append("# ").append(c).append('\n');
    values.forEach((k, v) -> b.append(k).append('\t').append(String.format(Locale.ROOT, "%.6f", v)).append('\n'));
    return b.toString();
  }

  /** Names and weights as an ordered map, settings (thresholds) first. */
  public static Map<String, Double> of(Map<String, Double> settings, List<String> names, double[] weights) {
    Map<String, Double> out = new LinkedHashMap<>(settings);
    for (int i = 0; i < weights.length; i++) out.put(names.get(i), weights[i]);
    return out;
  }
}
