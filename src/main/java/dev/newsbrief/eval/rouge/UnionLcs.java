package dev.newsbrief.eval.rouge;

import java.util.List;

/** ROUGE-1.5.5's LCS table and back-trace, which decide which reference tokens count as hits. */
final class UnionLcs {
  private static final byte DIAGONAL = 1;
  private static final byte UP = 2;
  private static final byte LEFT = 3;

  private UnionLcs() {}

  /**
   * Marks in {@code hitMask} the model positions on one LCS of {@code model} and {@code peer}. The
   * LCS chosen is ROUGE's: a match goes diagonally, and on a tie between up and left it goes up.
   */
  static void mark(List<String> model, List<String> peer, boolean[] hitMask) {
    int m = model.size();
    int n = peer.size();
    if (m == 0 || n == 0) return;
    int[][] length = new int[m + 1][n + 1];
    byte[][] move = new byte[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      String token = model.get(i - 1);
      for (int j = 1; j <= n; j++) {
        if (token.equals(peer.get(j - 1))) {
          length[i][j] = length[i - 1][j - 1] + 1;
          move[i][j] = DIAGONAL;
        } else if (length[i - 1][j] >= length[i][j - 1]) {
          length[i][j] = length[i - 1][j];
          move[i][j] = UP;
        } else {
          length[i][j] = length[i][j - 1];
          move[i][j] = LEFT;
        }
      }
    }
    int i = m;
    int j = n;
    while (i != 0 && j != 0) {
      byte step = move[i][j];
      if (step == DIAGONAL) {
        i--;
        j--;
        hitMask[i] = true;
      } else if (step == UP) {
        i--;
      } else {
        j--;
      }
    }
  }
}
