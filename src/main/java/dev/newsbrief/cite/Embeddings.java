package dev.newsbrief.cite;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised; the ONNX model ships inside its jar, nothing
 * is downloaded): paraphrases that share few words ("was detained" / "was arrested") lie close. The
 * model loads once per process, on first use, so briefs that never need it pay nothing.
 */
public final class Embeddings {
  private static volatile EmbeddingModel model;

  private Embeddings() {}

  private static EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (Embeddings.class) {
        if (model == null) {
          // DJL, whose tokenizer the model uses, calls AWS's metadata address (169.254.169.254) to count
          // its users unless told not to; newsbrief connects to nothing of its own accord (found by fuzzing)
          if (System.getenv("OPT_OUT_TRACKING") == null && System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
          }
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        m = model;
      }
    }
    return m;
  }

  /** Unit-length vectors of the texts, in order. */
  public static List<float[]> of(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) segments.add(TextSegment.from(t.isBlank() ? "." : t));
    List<float[]> out = new ArrayList<>(texts.size());
    for (var e : model().embedAll(segments).content()) out.add(unit(e.vector()));
    return out;
  }

  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
    return dot;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    n = Math.sqrt(n);
    float[] out = v.clone();
    if (n > 0) for (int i = 0; i < out.length; i++) out[i] /= (float) n;
    return out;
  }
}
