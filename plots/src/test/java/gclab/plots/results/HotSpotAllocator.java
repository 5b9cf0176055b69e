package gclab.plots.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A small program for a host JVM to log its collections: it allocates 40 MB in 1 KiB arrays, keeping one in
 * ten, in a heap small enough for young collections, then calls {@code System.gc()} once.
 */
public final class HotSpotAllocator {
    private HotSpotAllocator() {
    }

    public static void main(String[] args) {
        List<byte[]> kept = new ArrayList<>();
        long checksum = 0;
        for (int i = 0; i < 40_000; i++) {
            byte[] b = new byte[1024];
            b[i % 1024] = (byte) i;
            checksum += b[i % 1024];
            if (i % 10 == 0) {
                kept.add(b);
            }
        }
        System.gc();
        System.out.println(kept.size() + " " + checksum);
    }
}
