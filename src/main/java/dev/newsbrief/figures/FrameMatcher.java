package dev.newsbrief.figures;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two figures of different reports measure one quantity, from their {@link QuantityFrame}s.
 * Never when they are counted in different units, under different predicates ("killed" and
 * "injured"), with opposite signs, in places that share nothing ("in Poland", "in Romania"), for
 * events of different past years, with different modifiers ("richest countries", "Latin American
 * countries"), with a place on one side only and values 1.5 times apart (a part against the whole),
 * or with values of another order (three times apart; 1.3 times for percentages, which
 * are shares of many wholes). Otherwise when the words around them agree: two shared content words
 * near them, three when the values are more than 1.5 times apart, two more for sums of money, or
 * three more than that in their clauses.
 *
 * <p>Tried and left out: values up to 20 times apart when four words near them agree (leak
 * estimates; no dispute more on the dev clusters, more mixed groups), predicates for counts of
 * people only (more mixed groups), one shared word for close values under one casualty predicate (229 and 230
 * killed; recall 0.45 to 0.52 on the dev clusters, but one group in four mixed quantities instead of
 * one in five), a logistic regression over these frame features fitted on the labelled
 * figure pairs (recall 0.03 at pair precision 0.95 on pairs with differing values), and the claim
 * matcher on the figures' sentences with the figures set aside (labelled same-quantity pairs mostly
 * sit in sentences that state other claims too: it added no dispute on the dev clusters).
 */
public final class FrameMatcher {
  private static final int MIN_SHARED = 2;
  /** Values further apart than this ratio are another quantity. */
  private static final double MAX_RATIO = 3;
  private static final double MAX_PERCENT_RATIO = 1.3;
  /** How many more shared clause words than nearby words it takes (3: on the dev clusters disputes found 45% to 50%, groups of one quantity 75.7% to 75.0%; 1, 2 and 4 were tried). */
  private static final int CLAUSE_EXTRA = 3;
  private static final Set<String> MONEY = Set.of("dollar", "pound", "euro", "peso", "yen", "yuan", "rupe");
  private static final int MONEY_EXTRA = 2;
  /** Values this far apart need more shared context. */
  private static final double FAR = 1.5;

  private FrameMatcher() {}

  public static boolean same(QuantityFrame a, QuantityFrame b) {
    return apart(a, b, false) == null;
  }

  /** Why two figures of different reports are not one quantity, or null when they are. */
  public static String whyApart(QuantityFrame a, QuantityFrame b) {
    return apart(a, b, true);
  }

  /** A reason, or null when one quantity; the reason in words only when {@code explain} (a story's figures meet in many pairs). */
  private static String apart(QuantityFrame a, QuantityFrame b, boolean explain) {
    if (!a.unit().equals(b.unit())) return explain ? "unit " + a.unit() + " / " + b.unit() : APART;
    if (!a.predicate().equals(b.predicate())) return explain ? "predicate " + a.predicate() + " / " + b.predicate() : APART;
    if (Math.signum(a.value()) != Math.signum(b.value())) return "sign";
    if (a.increment() != b.increment()) return "an addition against a total"; // "20 more deaths", "56 dead" // "minus three points" is a margin, not 3
    if (!a.places().isEmpty() && !b.places().isEmpty() && sharedCount(a.places(), b.places()) == 0) {
      return explain ? "places " + a.places() + " / " + b.places() : APART;
    }
    if (!a.years().equals(b.years())) return explain ? "years " + a.years() + " / " + b.years() : APART; // the 1978 fire is another event
    double lo = Math.min(Math.abs(a.value()), Math.abs(b.value()));
    double hi = Math.max(Math.abs(a.value()), Math.abs(b.value()));
    if (hi > (a.unit().equals("percent") ? MAX_PERCENT_RATIO : MAX_RATIO) * lo) return "ratio";
    // a place on one side only may be a part against the whole ("32 in Poland", "62 across Europe")
    if (a.places().isEmpty() != b.places().isEmpty() && hi > FAR * lo) return "place on one side, values apart";
    if (!a.modifiers().isEmpty() && !b.modifiers().isEmpty() && sharedCount(a.modifiers(), b.modifiers()) == 0) {
      return explain ? "modifiers " + a.modifiers() + " / " + b.modifiers() : APART;
    }
    // a story names many sums of money (requests, costs, aid): they need two more words in common
    // (dev: one quantity 77.5% to 86.1% of groups, one dispute fewer; one more word: 81.6%)
    int needed = (hi > FAR * lo ? MIN_SHARED + 1 : MIN_SHARED) + (MONEY.contains(a.unit()) ? MONEY_EXTRA : 0);
    if (sharedCount(a.context().keySet(), b.context().keySet()) >= needed) return null;
    // the clause around may say what the nearest words do not ("the death toll ... rose to 129")
    if (sharedCount(a.clauseWords(), b.clauseWords()) >= needed + CLAUSE_EXTRA) return null;
    return explain ? "context " + shared(a.context().keySet(), b.context().keySet()) + ", clause " + shared(a.clauseWords(), b.clauseWords())
        : APART;
  }

  /** The reason {@link #same} is told, which says no more. */
  private static final String APART = "apart";

  private static int sharedCount(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
    int n = 0;
    for (String x : small) if (large.contains(x)) n++;
    return n;
  }

  private static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s;
  }
}
