package dev.newsbrief.ingest;

/** Recognises files that are not text at all, so they are skipped instead of read as garbage. */
final class Binary {
  private static final int SNIFF = 8192;

  private Binary() {}

  /**
   * Why the bytes are not text (e.g. "binary file (PDF)"), or {@code null} when they look like
   * text. Call only after ruling out UTF-16, whose NUL bytes are legitimate.
   */
  static String why(byte[] b) {
    String kind = magic(b);
    if (kind != null) return "binary file (" + kind + ")";
    int n = Math.min(b.length, SNIFF), control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) return "binary file (contains NUL bytes)";
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) control++;
    }
    if (n > 0 && control > n * 0.05) return "binary file (" + Math.round(100.0 * control / n) + "% control characters)";
    return null;
  }

  private static String magic(byte[] b) {
    if (starts(b, "%PDF")) return "PDF";
    if (starts(b, "PK\u0003\u0004")) return "ZIP archive or office document";
    if (starts(b, "\u0089PNG")) return "PNG image";
    if (starts(b, "GIF8")) return "GIF image";
    if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return "JPEG image";
    if (b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return "gzip archive";
    if (starts(b, "\u007FELF")) return "executable";
    return null;
  }

  private static boolean starts(byte[] b, String prefix) {
    if (b.length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if ((b[i] & 0xFF) != prefix.charAt(i)) return false;
    return true;
  }
}
