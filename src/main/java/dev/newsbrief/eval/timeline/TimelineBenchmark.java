package dev.newsbrief.eval.timeline;

import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.eval.tls.TimelineReader;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import dev.newsbrief.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a benchmark in Timeline17 layout: {@code DIR/<topic>/InputDocs/<YYYY-MM-DD>/<id>.htm.txt}
 * (one sentence per line, already tokenised, the folder being the publication date) and
 * {@code DIR/<topic>/timelines/<name>.txt}. DIR may also be one topic folder.
 */
public final class TimelineBenchmark {
  private TimelineBenchmark() {}

  public static List<TimelineTopic> read(Path dir) throws IOException, IngestException {
    if (Files.isDirectory(dir.resolve("InputDocs"))) return List.of(readTopic(dir));
    List<TimelineTopic> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path t : s.filter(p -> Files.isDirectory(p.resolve("InputDocs"))).sorted().toList()) out.add(readTopic(t));
    }
    if (out.isEmpty()) throw new IngestException(dir + " holds no topic folder with InputDocs/ (Timeline17 layout)");
    return out;
  }

  public static TimelineTopic readTopic(Path topic) throws IOException {
    String name = topic.getFileName().toString();
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> days = Files.list(topic.resolve("InputDocs"))) {
      for (Path day : days.filter(Files::isDirectory).sorted().toList()) {
        LocalDate date;
        try {
          date = LocalDate.parse(day.getFileName().toString());
        } catch (DateTimeParseException e) {
          continue; // not a date folder
        }
        try (Stream<Path> files = Files.list(day)) {
          for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparingLong(TimelineBenchmark::numericId)
              .thenComparing(Path::toString)).toList()) {
            String id = name + "/" + date + "/" + f.getFileName();
            docs.add(document(id, date, Files.readAllLines(f, StandardCharsets.UTF_8), f.toString()));
          }
        }
      }
    }
    Map<String, Timeline> refs = new TreeMap<>();
    Path timelines = topic.resolve("timelines");
    if (Files.isDirectory(timelines)) {
      try (Stream<Path> s = Files.list(timelines)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          refs.put(f.getFileName().toString(), TimelineReader.read(f));
        }
      }
    }
    return TimelineTopic.of(name, docs, refs);
  }

  /** The leading number of a file name ("1036.htm.txt" gives 1036), or Long.MAX_VALUE. */
  static long numericId(Path f) {
    String n = f.getFileName().toString();
    int end = 0;
    while (end < n.length() && end < 18 && Character.isDigit(n.charAt(end))) end++;
    return end == 0 ? Long.MAX_VALUE : Long.parseLong(n.substring(0, end));
  }

  /**
   * A report whose lines are its sentences: each non-blank line becomes one paragraph holding one
   * sentence, so the benchmark's own sentence split is kept.
   */
  public static Document document(String id, LocalDate published, List<String> lines, String origin) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      if (s.isEmpty()) continue;
      if (text.length() > 0) text.append('\n');
      spans.add(new Span(text.length(), text.length() + s.length()));
      text.append(s);
    }
    Article a = new Article(id, "", text.toString(), null, null, published, origin);
    String t = a.text();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span sp = spans.get(i);
      sentences.add(new Sentence(id, i, i, sp.start(), sp.end(), sp.of(t), Tokenizer.tokenize(t, sp.start(), sp.end())));
    }
    return new Document(a, spans, List.of(), sentences);
  }
}
