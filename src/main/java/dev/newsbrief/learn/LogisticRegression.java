package dev.newsbrief.learn;

/**
 * L2-regularised logistic regression fitted by Newton's method. Labels may be fractions (the share
 * of reference summaries that contain a concept): the cross-entropy loss takes soft targets as they
 * are. With a few dozen features Newton converges in a handful of exact steps, no learning rate to
 * tune.
 */
public final class LogisticRegression {
  private LogisticRegression() {}

  /**
   * @param x      one row per example, all of the same length
   * @param y      targets in [0, 1]
   * @param l2     ridge penalty on every coefficient (keeps rarely-seen features near zero)
   * @return coefficients, one per column
   */
  public static double[] fit(double[][] x, double[] y, double l2) {
    if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
    int d = x.length == 0 ? 0 : x[0].length;
    double[] w = new double[d];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int j = 0; j < d; j++) {
        gradient[j] = l2 * w[j];
        hessian[j][j] = l2;
      }
      for (int i = 0; i < x.length; i++) {
        double p = probability(w, x[i]);
        double r = p - y[i];
        double s = Math.max(p * (1 - p), 1e-12);
        double[] xi = x[i];
        for (int j = 0; j < d; j++) {
          if (xi[j] == 0) continue;
          gradient[j] += r * xi[j];
          double sj = s * xi[j];
          for (int k = 0; k <= j; k++) hessian[j][k] += sj * xi[k];
        }
      }
      for (int j = 0; j < d; j++) for (int k = j + 1; k < d; k++) hessian[j][k] = hessian[k][j];
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int j = 0; j < d; j++) {
        w[j] -= step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-8) break;
    }
    return w;
  }

  public static double probability(double[] w, double[] x) {
    return 1 / (1 + Math.exp(-dot(w, x)));
  }

  public static double dot(double[] w, double[] x) {
    double z = 0;
    for (int j = 0; j < w.length; j++) z += w[j] * x[j];
    return z;
  }

  /** Solves a symmetric positive-definite system by Cholesky decomposition. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
        if (i == j) l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
        else l[i][j] = sum / l[j][j];
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) sum -= l[i][k] * z[k];
      z[i] = sum / l[i][i];
    }
    double[] out = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < n; k++) sum -= l[k][i] * out[k];
      out[i] = sum / l[i][i];
    }
    return out;
  }
}
