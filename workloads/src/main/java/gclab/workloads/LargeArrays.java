package gclab.workloads;

/**
 * Large primitive and reference arrays: a sieve of primes, a matrix product, and a table of long-lived rows
 * replaced in rounds. Stresses large objects (their allocation, copying and scanning) over many small ones.
 * Argument: size (default 200000, the sieve's range; the matrix is a fraction of it).
 */
public final class LargeArrays {
    private LargeArrays() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200000;
        boolean[] composite = new boolean[size + 1];
        int primes = 0;
        long primeSum = 0;
        for (int i = 2; i <= size; i++) {
            if (!composite[i]) {
                primes++;
                primeSum += i;
                for (long j = (long) i * i; j <= size; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        int n = Math.max(8, (int) Math.sqrt(size) / 4);
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 7 + j) % 13 - 6;
                b[i][j] = (i + j * 3) % 11 - 5;
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * b[k][j];
                }
                if (i == j) {
                    trace += s;
                }
            }
        }
        long[][] rows = new long[16][];
        long rowSum = 0;
        for (int round = 0; round < 64; round++) {
            int r = round % rows.length;
            long[] row = new long[1024 + round * 64];
            for (int i = 0; i < row.length; i++) {
                row[i] = (long) i * round;
            }
            if (rows[r] != null) {
                rowSum += rows[r][rows[r].length - 1];
            }
            rows[r] = row;
            long[] copy = new long[row.length];
            System.arraycopy(row, 0, copy, 0, row.length);
            rowSum += copy[copy.length / 2];
        }
        System.out.println("primes " + primes + " sum " + primeSum + " matrix " + n + " trace " + trace
                + " rows " + rowSum);
    }
}
