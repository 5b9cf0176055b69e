package java.util;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Arrays' static methods. Sorting objects is a stable merge sort (the specification asks for stability, and
 * any stable sort gives the JDK's result); sorting primitives is an introsort, which gives the one sorted
 * order (floating-point values in Double.compare's order: -0.0 before 0.0, NaN last). The primitive types'
 * methods are written out per type, as in the JDK. Streams and parallel sorts are not in gclab's library.
 */
public final class Arrays {
    private Arrays() {
    }

    /** The JDK's range check for fill, sort and binarySearch over {@code [fromIndex, toIndex)}. */
    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException(fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(toIndex);
        }
    }

    // ---------------------------------------------------------------- int[]

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int e : a) {
            result = 31 * result + e;
        }
        return result;
    }

    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(int[] a) {
        sortInt(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortInt(a, fromIndex, toIndex);
    }

    public static int binarySearch(int[] a, int key) {
        return binarySearchInt(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchInt(a, fromIndex, toIndex, key);
    }

    private static int binarySearchInt(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            if (lessInt(midVal, key)) {
                low = mid + 1;
            } else if (lessInt(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessInt(int a, int b) {
        return a < b;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortInt(int[] a, int from, int to) {
        quickSortInt(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortInt(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortInt(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessInt(a[mid], a[lo])) {
                swapInt(a, mid, lo);
            }
            if (lessInt(a[hi], a[lo])) {
                swapInt(a, hi, lo);
            }
            if (lessInt(a[hi], a[mid])) {
                swapInt(a, hi, mid);
            }
            int pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessInt(a[i], pivot)) {
                    i++;
                }
                while (lessInt(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapInt(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortInt(a, lo, j, depth);
                lo = i;
            } else {
                quickSortInt(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && lessInt(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortInt(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownInt(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapInt(a, lo, lo + end);
            siftDownInt(a, lo, 0, end);
        }
    }

    private static void siftDownInt(int[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessInt(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessInt(a[lo + k], a[lo + child])) {
                return;
            }
            swapInt(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapInt(int[] a, int i, int j) {
        int x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- long[]

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (long e : a) {
            result = 31 * result + (int) (e ^ (e >>> 32));
        }
        return result;
    }

    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(long[] a) {
        sortLong(a, 0, a.length);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortLong(a, fromIndex, toIndex);
    }

    public static int binarySearch(long[] a, long key) {
        return binarySearchLong(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchLong(a, fromIndex, toIndex, key);
    }

    private static int binarySearchLong(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            if (lessLong(midVal, key)) {
                low = mid + 1;
            } else if (lessLong(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessLong(long a, long b) {
        return a < b;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortLong(long[] a, int from, int to) {
        quickSortLong(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortLong(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortLong(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessLong(a[mid], a[lo])) {
                swapLong(a, mid, lo);
            }
            if (lessLong(a[hi], a[lo])) {
                swapLong(a, hi, lo);
            }
            if (lessLong(a[hi], a[mid])) {
                swapLong(a, hi, mid);
            }
            long pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessLong(a[i], pivot)) {
                    i++;
                }
                while (lessLong(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapLong(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortLong(a, lo, j, depth);
                lo = i;
            } else {
                quickSortLong(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= lo && lessLong(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortLong(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownLong(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapLong(a, lo, lo + end);
            siftDownLong(a, lo, 0, end);
        }
    }

    private static void siftDownLong(long[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessLong(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessLong(a[lo + k], a[lo + child])) {
                return;
            }
            swapLong(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapLong(long[] a, int i, int j) {
        long x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- short[]

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(short[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (short e : a) {
            result = 31 * result + e;
        }
        return result;
    }

    public static String toString(short[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(short[] a) {
        sortShort(a, 0, a.length);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortShort(a, fromIndex, toIndex);
    }

    public static int binarySearch(short[] a, short key) {
        return binarySearchShort(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchShort(a, fromIndex, toIndex, key);
    }

    private static int binarySearchShort(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            if (lessShort(midVal, key)) {
                low = mid + 1;
            } else if (lessShort(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessShort(short a, short b) {
        return a < b;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortShort(short[] a, int from, int to) {
        quickSortShort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortShort(short[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortShort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessShort(a[mid], a[lo])) {
                swapShort(a, mid, lo);
            }
            if (lessShort(a[hi], a[lo])) {
                swapShort(a, hi, lo);
            }
            if (lessShort(a[hi], a[mid])) {
                swapShort(a, hi, mid);
            }
            short pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessShort(a[i], pivot)) {
                    i++;
                }
                while (lessShort(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapShort(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortShort(a, lo, j, depth);
                lo = i;
            } else {
                quickSortShort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            short x = a[i];
            int j = i - 1;
            while (j >= lo && lessShort(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortShort(short[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownShort(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapShort(a, lo, lo + end);
            siftDownShort(a, lo, 0, end);
        }
    }

    private static void siftDownShort(short[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessShort(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessShort(a[lo + k], a[lo + child])) {
                return;
            }
            swapShort(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapShort(short[] a, int i, int j) {
        short x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- char[]

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (char e : a) {
            result = 31 * result + e;
        }
        return result;
    }

    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(char[] a) {
        sortChar(a, 0, a.length);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortChar(a, fromIndex, toIndex);
    }

    public static int binarySearch(char[] a, char key) {
        return binarySearchChar(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchChar(a, fromIndex, toIndex, key);
    }

    private static int binarySearchChar(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            if (lessChar(midVal, key)) {
                low = mid + 1;
            } else if (lessChar(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessChar(char a, char b) {
        return a < b;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortChar(char[] a, int from, int to) {
        quickSortChar(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortChar(char[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortChar(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessChar(a[mid], a[lo])) {
                swapChar(a, mid, lo);
            }
            if (lessChar(a[hi], a[lo])) {
                swapChar(a, hi, lo);
            }
            if (lessChar(a[hi], a[mid])) {
                swapChar(a, hi, mid);
            }
            char pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessChar(a[i], pivot)) {
                    i++;
                }
                while (lessChar(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapChar(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortChar(a, lo, j, depth);
                lo = i;
            } else {
                quickSortChar(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= lo && lessChar(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortChar(char[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownChar(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapChar(a, lo, lo + end);
            siftDownChar(a, lo, 0, end);
        }
    }

    private static void siftDownChar(char[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessChar(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessChar(a[lo + k], a[lo + child])) {
                return;
            }
            swapChar(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapChar(char[] a, int i, int j) {
        char x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- byte[]

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(byte[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (byte e : a) {
            result = 31 * result + e;
        }
        return result;
    }

    public static String toString(byte[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(byte[] a) {
        sortByte(a, 0, a.length);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortByte(a, fromIndex, toIndex);
    }

    public static int binarySearch(byte[] a, byte key) {
        return binarySearchByte(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchByte(a, fromIndex, toIndex, key);
    }

    private static int binarySearchByte(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            if (lessByte(midVal, key)) {
                low = mid + 1;
            } else if (lessByte(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessByte(byte a, byte b) {
        return a < b;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortByte(byte[] a, int from, int to) {
        quickSortByte(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortByte(byte[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortByte(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessByte(a[mid], a[lo])) {
                swapByte(a, mid, lo);
            }
            if (lessByte(a[hi], a[lo])) {
                swapByte(a, hi, lo);
            }
            if (lessByte(a[hi], a[mid])) {
                swapByte(a, hi, mid);
            }
            byte pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessByte(a[i], pivot)) {
                    i++;
                }
                while (lessByte(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapByte(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortByte(a, lo, j, depth);
                lo = i;
            } else {
                quickSortByte(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            byte x = a[i];
            int j = i - 1;
            while (j >= lo && lessByte(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortByte(byte[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownByte(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapByte(a, lo, lo + end);
            siftDownByte(a, lo, 0, end);
        }
    }

    private static void siftDownByte(byte[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessByte(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessByte(a[lo + k], a[lo + child])) {
                return;
            }
            swapByte(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapByte(byte[] a, int i, int j) {
        byte x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- float[]

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(float[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (float e : a) {
            result = 31 * result + Float.floatToIntBits(e);
        }
        return result;
    }

    public static String toString(float[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(float[] a) {
        sortFloat(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFloat(a, fromIndex, toIndex);
    }

    public static int binarySearch(float[] a, float key) {
        return binarySearchFloat(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchFloat(a, fromIndex, toIndex, key);
    }

    private static int binarySearchFloat(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (lessFloat(midVal, key)) {
                low = mid + 1;
            } else if (lessFloat(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessFloat(float a, float b) {
        return Float.compare(a, b) < 0;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortFloat(float[] a, int from, int to) {
        quickSortFloat(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortFloat(float[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortFloat(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessFloat(a[mid], a[lo])) {
                swapFloat(a, mid, lo);
            }
            if (lessFloat(a[hi], a[lo])) {
                swapFloat(a, hi, lo);
            }
            if (lessFloat(a[hi], a[mid])) {
                swapFloat(a, hi, mid);
            }
            float pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessFloat(a[i], pivot)) {
                    i++;
                }
                while (lessFloat(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapFloat(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortFloat(a, lo, j, depth);
                lo = i;
            } else {
                quickSortFloat(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            float x = a[i];
            int j = i - 1;
            while (j >= lo && lessFloat(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortFloat(float[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownFloat(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapFloat(a, lo, lo + end);
            siftDownFloat(a, lo, 0, end);
        }
    }

    private static void siftDownFloat(float[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessFloat(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessFloat(a[lo + k], a[lo + child])) {
                return;
            }
            swapFloat(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapFloat(float[] a, int i, int j) {
        float x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- double[]

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(double[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (double e : a) {
            result = 31 * result + Double.hashCode(e);
        }
        return result;
    }

    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static void sort(double[] a) {
        sortDouble(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortDouble(a, fromIndex, toIndex);
    }

    public static int binarySearch(double[] a, double key) {
        return binarySearchDouble(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearchDouble(a, fromIndex, toIndex, key);
    }

    private static int binarySearchDouble(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (lessDouble(midVal, key)) {
                low = mid + 1;
            } else if (lessDouble(key, midVal)) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static boolean lessDouble(double a, double b) {
        return Double.compare(a, b) < 0;
    }

    /** Introsort: quicksort on a median of three, insertion sort for short ranges, heapsort if too deep. */
    private static void sortDouble(double[] a, int from, int to) {
        quickSortDouble(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void quickSortDouble(double[] a, int lo, int hi, int depth) {
        while (hi - lo >= 16) {
            if (depth-- == 0) {
                heapSortDouble(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (lessDouble(a[mid], a[lo])) {
                swapDouble(a, mid, lo);
            }
            if (lessDouble(a[hi], a[lo])) {
                swapDouble(a, hi, lo);
            }
            if (lessDouble(a[hi], a[mid])) {
                swapDouble(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            // Invariant: a[lo..i) <= pivot, a(j..hi] >= pivot.
            while (i <= j) {
                while (lessDouble(a[i], pivot)) {
                    i++;
                }
                while (lessDouble(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swapDouble(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSortDouble(a, lo, j, depth);
                lo = i;
            } else {
                quickSortDouble(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= lo && lessDouble(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void heapSortDouble(double[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDownDouble(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swapDouble(a, lo, lo + end);
            siftDownDouble(a, lo, 0, end);
        }
    }

    private static void siftDownDouble(double[] a, int lo, int k, int n) {
        while (2 * k + 1 < n) {
            int child = 2 * k + 1;
            if (child + 1 < n && lessDouble(a[lo + child], a[lo + child + 1])) {
                child++;
            }
            if (!lessDouble(a[lo + k], a[lo + child])) {
                return;
            }
            swapDouble(a, lo + k, lo + child);
            k = child;
        }
    }

    private static void swapDouble(double[] a, int i, int j) {
        double x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    // ---------------------------------------------------------------- boolean[]

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (boolean e : a) {
            result = 31 * result + (e ? 1231 : 1237);
        }
        return result;
    }

    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    // ---------------------------------------------------------------- Object[]

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> NATURAL = (a, b) -> ((Comparable) a).compareTo(b);

    public static void sort(Object[] a) {
        mergeSort(a, 0, a.length, NATURAL);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, NATURAL);
    }

    public static <T> void sort(T[] a, Comparator<? super T> c) {
        mergeSort(a, 0, a.length, c == null ? NATURAL : c);
    }

    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, c == null ? NATURAL : c);
    }

    /** Stable: equal elements keep their order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeSort(Object[] a, int from, int to, Comparator c) {
        if (to - from < 2) {
            return;
        }
        Object[] aux = new Object[(to - from + 1) / 2];
        mergeSortRange(a, aux, from, to, c);
    }

    /** After this, a[lo..hi) is sorted, equal elements in their original order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeSortRange(Object[] a, Object[] aux, int lo, int hi, Comparator c) {
        if (hi - lo <= 7) {
            for (int i = lo + 1; i < hi; i++) {
                Object x = a[i];
                int j = i;
                while (j > lo && c.compare(a[j - 1], x) > 0) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortRange(a, aux, lo, mid, c);
        mergeSortRange(a, aux, mid, hi, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        int leftLength = mid - lo;
        System.arraycopy(a, lo, aux, 0, leftLength);
        int i = 0;
        int j = mid;
        int k = lo;
        // Invariant: a[lo..k) holds the smallest elements merged so far; on a tie the left run's goes first.
        while (i < leftLength && j < hi) {
            if (c.compare(a[j], aux[i]) < 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = aux[i++];
            }
        }
        while (i < leftLength) {
            a[k++] = aux[i++];
        }
        for (int t = 0; t < leftLength; t++) {
            aux[t] = null;
        }
    }

    public static int binarySearch(Object[] a, Object key) {
        return binarySearch(a, 0, a.length, key, NATURAL);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch(a, fromIndex, toIndex, key, NATURAL);
    }

    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch(a, 0, a.length, key, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        Comparator cmp = c == null ? NATURAL : c;
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = cmp.compare(a[mid], key);
            if (r < 0) {
                low = mid + 1;
            } else if (r > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = (T[]) java.lang.reflect.Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        T[] copy = (T[]) java.lang.reflect.Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(a[i], a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (Object element : a) {
            result = 31 * result + (element == null ? 0 : element.hashCode());
        }
        return result;
    }

    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder buf = new StringBuilder();
        deepToString(a, buf, new java.util.ArrayList<>());
        return buf.toString();
    }

    /** Arrays inside arrays as their deepToString; an array inside itself as "[...]". */
    private static void deepToString(Object[] a, StringBuilder buf, List<Object[]> dejaVu) {
        if (a == null) {
            buf.append("null");
            return;
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            buf.append("[]");
            return;
        }
        dejaVu.add(a);
        buf.append('[');
        for (int i = 0; ; i++) {
            Object element = a[i];
            if (element == null) {
                buf.append("null");
            } else if (element instanceof Object[] inner) {
                boolean seen = false;
                for (Object[] s : dejaVu) {
                    seen |= s == inner;
                }
                if (seen) {
                    buf.append("[...]");
                } else {
                    deepToString(inner, buf, dejaVu);
                }
            } else if (element instanceof int[] x) {
                buf.append(toString(x));
            } else if (element instanceof long[] x) {
                buf.append(toString(x));
            } else if (element instanceof double[] x) {
                buf.append(toString(x));
            } else if (element instanceof float[] x) {
                buf.append(toString(x));
            } else if (element instanceof char[] x) {
                buf.append(toString(x));
            } else if (element instanceof byte[] x) {
                buf.append(toString(x));
            } else if (element instanceof short[] x) {
                buf.append(toString(x));
            } else if (element instanceof boolean[] x) {
                buf.append(toString(x));
            } else {
                buf.append(element.toString());
            }
            if (i == iMax) {
                break;
            }
            buf.append(", ");
        }
        buf.append(']');
        dejaVu.remove(dejaVu.size() - 1);
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) {
            return true;
        }
        if (a1 == null || a2 == null || a1.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a1.length; i++) {
            if (!deepEquals0(a1[i], a2[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 == e2) {
            return true;
        }
        if (e1 == null || e2 == null) {
            return false;
        }
        if (e1 instanceof Object[] x && e2 instanceof Object[] y) {
            return deepEquals(x, y);
        } else if (e1 instanceof int[] x && e2 instanceof int[] y) {
            return equals(x, y);
        } else if (e1 instanceof long[] x && e2 instanceof long[] y) {
            return equals(x, y);
        } else if (e1 instanceof double[] x && e2 instanceof double[] y) {
            return equals(x, y);
        } else if (e1 instanceof float[] x && e2 instanceof float[] y) {
            return equals(x, y);
        } else if (e1 instanceof char[] x && e2 instanceof char[] y) {
            return equals(x, y);
        } else if (e1 instanceof byte[] x && e2 instanceof byte[] y) {
            return equals(x, y);
        } else if (e1 instanceof short[] x && e2 instanceof short[] y) {
            return equals(x, y);
        } else if (e1 instanceof boolean[] x && e2 instanceof boolean[] y) {
            return equals(x, y);
        }
        return e1.equals(e2);
    }

    public static int deepHashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (Object element : a) {
            int elementHash;
            if (element instanceof Object[] x) {
                elementHash = deepHashCode(x);
            } else if (element instanceof int[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof long[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof double[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof float[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof char[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof byte[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof short[] x) {
                elementHash = hashCode(x);
            } else if (element instanceof boolean[] x) {
                elementHash = hashCode(x);
            } else {
                elementHash = element == null ? 0 : element.hashCode();
            }
            result = 31 * result + elementHash;
        }
        return result;
    }

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.apply(i);
        }
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsInt(i);
        }
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsLong(i);
        }
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsDouble(i);
        }
    }

    // ---------------------------------------------------------------- asList

    @SafeVarargs
    public static <T> List<T> asList(T... a) {
        return new ArrayList<>(a);
    }

    /** A fixed-size list over the array itself: set writes through, add and remove are unsupported. */
    private static class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E[] a;

        ArrayList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        public int size() {
            return a.length;
        }

        public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            if (a.length < size) {
                return Arrays.copyOf(this.a, size, (Class<? extends T[]>) a.getClass());
            }
            System.arraycopy(this.a, 0, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }

        public E get(int index) {
            return a[index];
        }

        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            E[] a = this.a;
            for (int i = 0; i < a.length; i++) {
                if (Objects.equals(o, a[i])) {
                    return i;
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (E e : a) {
                action.accept(e);
            }
        }

        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] a = this.a;
            for (int i = 0; i < a.length; i++) {
                a[i] = operator.apply(a[i]);
            }
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int cursor;

                public boolean hasNext() {
                    return cursor < a.length;
                }

                public E next() {
                    int i = cursor;
                    if (i >= a.length) {
                        throw new NoSuchElementException();
                    }
                    cursor = i + 1;
                    return a[i];
                }
            };
        }
    }
}
