package dev.newsbrief.store;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Public identifiers: a letter for the kind and the database key ("s3" a story, "r12" a report,
 * "f1" a feed). Parsing is strict, so an id from a URL can never smuggle anything else in.
 */
public final class Ids {
  private static final Pattern FORM = Pattern.compile("[srf][1-9][0-9]{0,17}");

  private Ids() {}

  public static String story(long key) { return "s" + key; }

  public static String report(long key) { return "r" + key; }

  public static String feed(long key) { return "f" + key; }

  /** The key of an id of the given kind ('s', 'r' or 'f'), or empty when it is not one. */
  public static OptionalLong parse(String id, char kind) {
    if (id == null || !FORM.matcher(id).matches() || id.charAt(0) != kind) return OptionalLong.empty();
    return OptionalLong.of(Long.parseLong(id.substring(1)));
  }
}
