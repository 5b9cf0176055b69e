import java.util.Arrays;
import java.util.Random;

/** java.util.Random: the JDK's sequence for a seed, in every method, including the bounded ones' rejection loops. */
public class LibRandom {
    public static void main(String[] args) {
        for (long seed : new long[] {0, 1, 42, -7, 123456789L, Long.MIN_VALUE}) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder("seed " + seed + ":");
            sb.append(' ').append(r.nextInt());
            sb.append(' ').append(r.nextInt(10));
            sb.append(' ').append(r.nextInt(16));
            sb.append(' ').append(r.nextInt(1_000_000_007));
            sb.append(' ').append(r.nextInt(Integer.MAX_VALUE));
            sb.append(' ').append(r.nextInt(1 << 30 | 1));
            sb.append(' ').append(r.nextLong());
            sb.append(' ').append(r.nextDouble());
            sb.append(' ').append(r.nextFloat());
            sb.append(' ').append(r.nextBoolean());
            sb.append(' ').append(r.nextGaussian());
            sb.append(' ').append(r.nextGaussian());
            sb.append(' ').append(r.nextGaussian());
            sb.append(' ').append(r.nextInt(5, 10));
            sb.append(' ').append(r.nextInt(-8, 8));
            sb.append(' ').append(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
            sb.append(' ').append(r.nextLong(1000));
            sb.append(' ').append(r.nextLong(1L << 40));
            sb.append(' ').append(r.nextLong(-5, 5));
            sb.append(' ').append(r.nextDouble(2.5));
            sb.append(' ').append(r.nextDouble(-1, 1));
            byte[] bytes = new byte[7];
            r.nextBytes(bytes);
            sb.append(' ').append(Arrays.toString(bytes));
            System.out.println(sb);
        }
        Random r = new Random(99);
        int[] histogram = new int[7];
        long total = 0;
        for (int i = 0; i < 5000; i++) {
            histogram[r.nextInt(7)]++;
            total += r.nextInt(1000) + r.nextLong() % 1000;
        }
        System.out.println(Arrays.toString(histogram) + " " + total);
        r.setSeed(99);
        System.out.println("after setSeed " + r.nextInt(7) + " " + r.nextGaussian());
        r.nextGaussian();
        r.setSeed(5);
        System.out.println("setSeed forgets the spare Gaussian " + r.nextGaussian());
        for (String bad : new String[] {"nextInt(0)", "nextInt(-1)", "nextInt(5, 5)", "nextLong(0)", "nextDouble(0)"}) {
            try {
                switch (bad) {
                    case "nextInt(0)" -> r.nextInt(0);
                    case "nextInt(-1)" -> r.nextInt(-1);
                    case "nextInt(5, 5)" -> r.nextInt(5, 5);
                    case "nextLong(0)" -> r.nextLong(0);
                    default -> r.nextDouble(0);
                }
                System.out.println(bad + " ok");
            } catch (IllegalArgumentException e) {
                System.out.println(bad + ": " + e);
            }
        }
        Random unseeded = new Random();
        int v = unseeded.nextInt(10);
        System.out.println("unseeded in range " + (v >= 0 && v < 10));
        Random sub = new Random(3) {
            @Override
            protected int next(int bits) {
                return super.next(bits) ^ 1;
            }
        };
        System.out.println("overridden next " + sub.nextInt() + " " + sub.nextInt(100) + " " + sub.nextDouble());
    }
}
