import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Order-to-cash flows of two or more benchmark jars (before / after a change), measured side by
 * side in one JVM: each jar in a class loader of its own, its code compiled by its own warm-up,
 * then rounds of {@code FLOWS} flows on a fresh loop alternating between the jars (ABBA order), so
 * that a shared machine's changing load falls on all of them alike. Prints each jar's rounds and
 * the median ratio of each later jar to the first, round by round, with its quartiles.
 *
 * <p>Run with the source launcher: {@code java -Xms4g -Xmx4g
 * benchmarks/tools/PairedOrderToCash.java FLOWS ROUNDS before.jar after.jar}, the jars being
 * {@code benchmarks/target/bizloop-benchmarks.jar} built at each commit. A tool for comparing
 * changes, not a benchmark of record: the figures of record are JMH's.
 */
public class PairedOrderToCash {
  static final class Bench {
    final String name; final Object b; final Method fresh, flow; final Object bh;
    Bench(String jar) throws Exception {
      name = jar;
      ClassLoader cl = new URLClassLoader(new URL[]{new java.io.File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> c = cl.loadClass("io.bizloop.benchmarks.OrderToCashBenchmark");
      Class<?> bhc = cl.loadClass("org.openjdk.jmh.infra.Blackhole");
      Constructor<?> k = c.getDeclaredConstructor(); k.setAccessible(true);
      b = k.newInstance();
      c.getField("checks").set(b, "library");
      fresh = c.getMethod("freshLoop");
      flow = c.getMethod("orderToCash", bhc);
      bh = bhc.getConstructor(String.class).newInstance("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }
    double round(int n) throws Exception {
      fresh.invoke(b); System.gc();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) flow.invoke(b, bh);
      double r = n / ((System.nanoTime() - t0) / 1e9);
      fresh.invoke(b); // drop the books of the round
      return r;
    }
  }
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]); int rounds = Integer.parseInt(a[1]);
    List<Bench> bs = new ArrayList<>();
    for (int i = 2; i < a.length; i++) bs.add(new Bench(a[i]));
    for (Bench b : bs) { b.fresh.invoke(b.b); for (int i = 0; i < 150_000; i++) b.flow.invoke(b.b, b.bh); b.fresh.invoke(b.b); }
    double[][] r = new double[bs.size()][rounds];
    for (int k = 0; k < rounds; k++) {
      for (int j = 0; j < bs.size(); j++) {
        int jj = (k % 2 == 0) ? j : bs.size() - 1 - j; // ABBA order
        r[jj][k] = bs.get(jj).round(n);
      }
    }
    for (int j = 0; j < bs.size(); j++) {
      double[] s = r[j].clone(); Arrays.sort(s);
      StringBuilder sb = new StringBuilder(); for (double x : r[j]) sb.append(String.format("%.0f ", x / 1000));
      System.out.printf("%s median %.1f k/s mean %.1f [%s]%n", bs.get(j).name, s[rounds / 2] / 1000, Arrays.stream(s).average().orElse(0) / 1000, sb.toString().trim());
    }
    for (int j = 1; j < bs.size(); j++) {
      double[] q = new double[rounds];
      for (int k = 0; k < rounds; k++) q[k] = r[j][k] / r[0][k];
      Arrays.sort(q);
      System.out.printf("%s / %s: median ratio %.3f (quartiles %.3f..%.3f)%n", bs.get(j).name, bs.get(0).name, q[rounds / 2], q[rounds / 4], q[3 * rounds / 4]);
    }
  }
}
