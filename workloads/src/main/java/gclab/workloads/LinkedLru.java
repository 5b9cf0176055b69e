package gclab.workloads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An LRU cache built the way Java programmers build one: a {@link LinkedHashMap} in access order whose
 * {@code removeEldestEntry} evicts past a capacity, in front of a slow "backing store" that builds each value
 * (a small record with a byte[] payload and a list of tags). A seeded, skewed request stream (a hot set and a
 * long tail, with phases that move the hot set) keeps the cache's entries churning: old entries point to young
 * ones, evicted values become garbage in bulk. A second, unbounded {@link HashMap} counts requests per key.
 * Argument: requests (default 400000).
 */
public final class LinkedLru {
    record Value(int key, byte[] payload, List<String> tags) {
    }

    /** The cache: LinkedHashMap's access order and eviction hook. */
    static final class Cache extends LinkedHashMap<Integer, Value> {
        private final int capacity;
        long evictions;

        Cache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Value> eldest) {
            if (size() > capacity) {
                evictions++;
                return true;
            }
            return false;
        }
    }

    static Value load(int key) {
        byte[] payload = new byte[16 + key % 48];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (key * 31 + i);
        }
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 1 + key % 3; t++) {
            tags.add("t" + (key + t) % 17);
        }
        return new Value(key, payload, tags);
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        int capacity = Math.max(32, requests / 50);
        Cache cache = new Cache(capacity);
        Map<Integer, Integer> counts = new HashMap<>();
        Random random = new Random(20_240_901L);
        long hits = 0;
        long misses = 0;
        long checksum = 0;
        int universe = Math.max(256, requests / 4);
        for (int i = 0; i < requests; i++) {
            int phase = i / Math.max(1, requests / 8);
            int key = random.nextInt(10) < 7
                    ? phase * 97 + random.nextInt(Math.max(8, capacity / 2))
                    : random.nextInt(universe);
            Value v = cache.get(key);
            if (v == null) {
                misses++;
                v = load(key);
                cache.put(key, v);
            } else {
                hits++;
            }
            counts.merge(key, 1, Integer::sum);
            checksum = checksum * 31 + v.payload()[v.payload().length - 1] + v.tags().size();
        }
        int hottest = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                hottest = e.getKey();
            }
        }
        List<Integer> recent = new ArrayList<>();
        for (Integer k : cache.keySet()) {
            recent.add(k);
        }
        System.out.println("requests " + requests + " capacity " + capacity + " hits " + hits + " misses " + misses
                + " evictions " + cache.evictions + " distinct keys " + counts.size());
        System.out.println("hottest key " + hottest + " (" + most + " requests), checksum " + checksum);
        System.out.println("least recently used " + recent.subList(0, Math.min(5, recent.size())) + ", most recently used "
                + recent.subList(Math.max(0, recent.size() - 5), recent.size()));
    }
}
