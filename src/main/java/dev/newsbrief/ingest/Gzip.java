package dev.newsbrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Gzipped inputs, unpacked with a cap so a small "zip bomb" cannot fill memory. */
final class Gzip {
  private Gzip() {}

  static boolean is(byte[] b) {
    return b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }

  /** The unpacked bytes; more than {@code maxBytes} of them is an error, never a truncated text. */
  static byte[] unpack(byte[] packed, long maxBytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (out.length > maxBytes) {
        throw new IOException("over " + (maxBytes / (1024 * 1024)) + " MB unpacked");
      }
      return out;
    } catch (java.io.EOFException e) {
      throw new IOException("the archive is cut short");
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a valid gzip stream");
    }
  }
}
