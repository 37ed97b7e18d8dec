package dev.newsbrief.eval.rouge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** ROUGE-1.5.5's data files, shipped on the class path (see NOTICE.txt beside them). */
final class RougeResources {
  private static final String STOPWORDS = "/dev/newsbrief/eval/rouge/rouge-stopwords.txt";
  private static final Set<String> STOPWORD_SET = Set.copyOf(lines(STOPWORDS));

  private RougeResources() {}

  /** ROUGE's SMART stopword list, compared on the unstemmed lower-case token. */
  static boolean isStopword(String token) {
    return STOPWORD_SET.contains(token);
  }

  /** The lines of a resource exactly as Perl's chomp leaves them: no trimming. */
  static List<String> lines(String path) {
    try (InputStream in = RougeResources.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path + " (broken build?)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
