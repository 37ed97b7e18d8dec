package dev.newsbrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. Order of evidence: byte-order mark, the NUL pattern of BOM-less UTF-16,
 * the page's own meta charset (HTML), strict UTF-8 validity, juniversalchardet, and finally
 * windows-1252, which decodes every byte, so reading never fails.
 */
final class Decoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF = 64 * 1024;

  /** Decoded text and the character set it was read with. */
  record Decoded(String text, Charset charset, String how) {
    boolean isUtf8() {
      return charset.equals(StandardCharsets.UTF_8);
    }
  }

  private Decoding() {}

  static Decoded decode(byte[] bytes, boolean html) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "byte-order mark");
    }
    Charset utf16 = bomlessUtf16(bytes);
    if (utf16 != null) return new Decoded(new String(bytes, utf16), utf16, "UTF-16 byte pattern");
    boolean validUtf8 = isValidUtf8(bytes);
    if (html) {
      Charset declared = declaredCharset(bytes);
      // A page saved as UTF-8 but still declaring its old single-byte charset is common; strict
      // UTF-8 validity with non-ASCII bytes is strong evidence the declaration is stale.
      if (declared != null && !(validUtf8 && hasNonAscii(bytes) && !declared.equals(StandardCharsets.UTF_8))) {
        return new Decoded(new String(bytes, declared), declared, "meta charset");
      }
    }
    if (validUtf8) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "valid UTF-8");
    Charset detected = detect(bytes);
    if (detected != null) return new Decoded(new String(bytes, detected), detected, "detected");
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  /** Latin text in UTF-16 without a BOM: nearly every other byte is NUL. */
  static Charset bomlessUtf16(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) return null;
    int evenNul = 0, oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) evenNul++;
      if (b[i + 1] == 0) oddNul++;
    }
    int pairs = n / 2;
    if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return StandardCharsets.UTF_16LE;
    if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return StandardCharsets.UTF_16BE;
    return null;
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return true;
    return false;
  }

  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : null;
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, SNIFF));
    detector.dataEnd();
    Charset cs = charset(detector.getDetectedCharset());
    // chardet sometimes answers UTF-8 or ASCII for bytes we already know are not valid UTF-8
    if (cs == null || cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) return null;
    // ISO-8859-1 never uses 0x80-0x9F for text; windows-1252 reads those as quotes and dashes.
    return cs.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : cs;
  }

  static Charset charset(String name) {
    if (name == null || name.isBlank()) return null;
    try {
      return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
