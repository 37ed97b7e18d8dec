package dev.newsbrief.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions compiled once per process. {@code String.matches}, {@code replaceAll} and
 * {@code split} compile their pattern on every call; in a story of a thousand reports the rules that
 * read every token would spend more time compiling than matching. The same semantics, the pattern kept.
 */
public final class Patterns {
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Patterns() {}

  /** The compiled form of {@code regex}, compiled on first use. */
  public static Pattern of(String regex) {
    Pattern p = COMPILED.get(regex);
    return p != null ? p : COMPILED.computeIfAbsent(regex, Pattern::compile);
  }

  /** As {@code s.matches(regex)}. */
  public static boolean matches(CharSequence s, String regex) {
    return of(regex).matcher(s).matches();
  }

  /** As {@code s.replaceAll(regex, replacement)}. */
  public static String replaceAll(String s, String regex, String replacement) {
    return of(regex).matcher(s).replaceAll(replacement);
  }

  /** As {@code s.replaceFirst(regex, replacement)}. */
  public static String replaceFirst(String s, String regex, String replacement) {
    return of(regex).matcher(s).replaceFirst(replacement);
  }

  /** As {@code s.split(regex)}. */
  public static String[] split(String s, String regex) {
    return of(regex).split(s);
  }
}
