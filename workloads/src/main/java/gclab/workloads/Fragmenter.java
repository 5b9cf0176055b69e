package gclab.workloads;

/**
 * Allocates arrays of mixed sizes, from 16 bytes to 64 KB, and keeps a seeded fraction of them alive between
 * short-lived ones, replacing survivors now and then: the free memory a non-moving collector leaves behind is
 * splintered, so large requests may fail while enough bytes are free in total. Stresses free-list policies and
 * compaction. Argument: allocations (default 20000).
 */
public final class Fragmenter {
    private Fragmenter() {
    }

    public static void main(String[] args) {
        int allocations = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        Object[] survivors = new Object[256];
        long seed = 99;
        long liveBytes = 0;
        long allocatedBytes = 0;
        long checksum = 0;
        for (int i = 0; i < allocations; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 33);
            int bytes;
            switch (r & 7) {
                case 0: bytes = 16 + (r >>> 3) % 48; break;
                case 1: case 2: case 3: bytes = 64 + (r >>> 3) % 448; break;
                case 4: case 5: bytes = 512 + (r >>> 3) % 3584; break;
                case 6: bytes = 4096 + (r >>> 3) % 12288; break;
                default: bytes = (r >>> 3) % 16 == 0 ? 65536 : 16384 + (r >>> 3) % 16384; break;
            }
            byte[] block = new byte[bytes];
            block[0] = (byte) i;
            block[bytes - 1] = (byte) (i >>> 8);
            allocatedBytes += bytes;
            if ((r >>> 20) % 5 == 0) {
                int slot = (r >>> 8) % survivors.length;
                if (survivors[slot] != null) {
                    byte[] old = (byte[]) survivors[slot];
                    liveBytes -= old.length;
                    checksum += old[0] + old[old.length - 1];
                }
                survivors[slot] = block;
                liveBytes += bytes;
            }
        }
        System.out.println("allocations " + allocations + " allocated " + allocatedBytes + " live " + liveBytes
                + " checksum " + checksum);
    }
}
