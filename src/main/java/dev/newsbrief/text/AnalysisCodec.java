package dev.newsbrief.text;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A document's analysis (its sentences and tokens) as bytes, to keep beside the report it was made
 * from: offsets into the article's text, and a token's normal form and stem only where they are not
 * the obvious ones (the lower-cased text; the normal form). What reads it back must hand the same
 * article, paragraphs and removals: {@link #key} names exactly those, with the {@link
 * Analyzer#VERSION} that made the analysis, so bytes made by other code or for other input are
 * never found for it.
 */
public final class AnalysisCodec {
  private AnalysisCodec() {}

  private static final int FORMAT = 1;
  private static final int STOP = 1, NORM_WRITTEN = 2, STEM_WRITTEN = 4;

  /** A SHA-256 hex name of what analysis reads and the code that reads it. */
  public static String key(Article article, List<Span> paragraphs, List<Removal> removed) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder b = new StringBuilder(Analyzer.VERSION).append('\u0000').append(article.id()).append('\u0000');
      for (Span p : paragraphs) b.append(p.start()).append(',').append(p.end()).append(';');
      b.append('\u0000');
      for (Removal r : removed) b.append(r.start()).append(',').append(r.end()).append(',').append(r.reason()).append(';');
      b.append('\u0000');
      sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
      sha.update(article.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The document's sentences and tokens as bytes. */
  public static byte[] encode(Document d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      varint(out, FORMAT);
      varint(out, d.sentences().size());
      // offsets as gaps and lengths: small numbers, mostly one byte each
      int at = 0;
      for (Sentence s : d.sentences()) {
        varint(out, s.paragraph());
        varint(out, s.start() - at);
        varint(out, s.end() - s.start());
        varint(out, s.tokens().size());
        int inSentence = s.start();
        for (Token t : s.tokens()) {
          varint(out, t.start() - inSentence);
          varint(out, t.end() - t.start());
          inSentence = t.end();
          boolean normWritten = !t.norm().equals(lower(t.text()));
          boolean stemWritten = !t.stem().equals(t.norm());
          out.writeByte((t.stop() ? STOP : 0) | (normWritten ? NORM_WRITTEN : 0) | (stemWritten ? STEM_WRITTEN : 0));
          if (normWritten) out.writeUTF(t.norm());
          if (stemWritten) out.writeUTF(t.stem());
        }
        at = s.end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The document {@code bytes} describe for this article, paragraphs and removals; empty when the
   * bytes are not a whole analysis that fits the text (damaged, or of another format): the caller
   * then analyses again.
   */
  public static Optional<Document> decode(Article article, List<Span> paragraphs, List<Removal> removed, byte[] bytes) {
    String text = article.text();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (varint(in) != FORMAT) return Optional.empty();
      int n = varint(in);
      if (n > text.length() + 1) return Optional.empty();
      List<Sentence> sentences = new ArrayList<>(n);
      int at = 0;
      for (int i = 0; i < n; i++) {
        int paragraph = varint(in), start = at + varint(in), end = start + varint(in), tokens = varint(in);
        if (paragraph >= paragraphs.size() || start < 0 || end < start || end > text.length() || tokens > end - start) {
          return Optional.empty();
        }
        List<Token> ts = new ArrayList<>(tokens);
        int inSentence = start;
        for (int j = 0; j < tokens; j++) {
          int ts0 = inSentence + varint(in), te = ts0 + varint(in);
          if (ts0 < start || te < ts0 || te > end) return Optional.empty();
          inSentence = te;
          int flags = in.readByte();
          String word = text.substring(ts0, te);
          String norm = (flags & NORM_WRITTEN) != 0 ? in.readUTF() : lower(word);
          String stem = (flags & STEM_WRITTEN) != 0 ? in.readUTF() : norm;
          ts.add(new Token(word, ts0, te, norm, stem, (flags & STOP) != 0));
        }
        sentences.add(new Sentence(article.id(), i, paragraph, start, end, text.substring(start, end), ts));
        at = end;
      }
      if (in.read() != -1) return Optional.empty();
      return Optional.of(new Document(article, paragraphs, removed, sentences));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** An int of 0..2^31-1 in 7-bit groups, low first, the high bit set on all but the last. */
  private static void varint(DataOutputStream out, int v) throws IOException {
    if (v < 0) throw new IllegalArgumentException("offsets only grow: " + v);
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int varint(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (v < 0) throw new IOException("not an analysis: negative number");
        return v;
      }
    }
    throw new IOException("not an analysis: number too long");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
