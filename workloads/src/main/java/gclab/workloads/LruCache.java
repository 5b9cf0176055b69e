package gclab.workloads;

/**
 * An LRU cache (a hash index over a doubly linked recency list) under a skewed, seeded request stream: a
 * long-lived structure whose entries are replaced all the time, so old nodes point to young ones. Stresses
 * old-to-young stores (the generational write barrier) and steady churn. Argument: requests (default 50000).
 */
public final class LruCache {
    static final class Node {
        final int key;
        String value;
        Node prev;
        Node next;
        Node chain;

        Node(int key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    private final Node[] index;
    private final int capacity;
    private final Node head = new Node(-1, null);
    private int size;
    long hits;
    long misses;
    long evictions;

    LruCache(int capacity) {
        this.capacity = capacity;
        this.index = new Node[Integer.highestOneBit(capacity) * 4];
        head.next = head;
        head.prev = head;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (index.length - 1);
    }

    private Node find(int key) {
        for (Node n = index[slot(key)]; n != null; n = n.chain) {
            if (n.key == key) {
                return n;
            }
        }
        return null;
    }

    private void unlink(Node n) {
        n.prev.next = n.next;
        n.next.prev = n.prev;
    }

    private void pushFront(Node n) {
        n.next = head.next;
        n.prev = head;
        head.next.prev = n;
        head.next = n;
    }

    private void removeFromIndex(Node victim) {
        int s = slot(victim.key);
        if (index[s] == victim) {
            index[s] = victim.chain;
            return;
        }
        for (Node n = index[s]; n.chain != null; n = n.chain) {
            if (n.chain == victim) {
                n.chain = victim.chain;
                return;
            }
        }
    }

    String get(int key) {
        Node n = find(key);
        if (n != null) {
            hits++;
            unlink(n);
            pushFront(n);
            return n.value;
        }
        misses++;
        String value = "value-" + key + "-" + (key * 31 % 1000);
        n = new Node(key, value);
        int s = slot(key);
        n.chain = index[s];
        index[s] = n;
        pushFront(n);
        if (++size > capacity) {
            Node victim = head.prev;
            unlink(victim);
            removeFromIndex(victim);
            size--;
            evictions++;
        }
        return value;
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 50000;
        LruCache cache = new LruCache(Math.max(16, requests / 20));
        long seed = 12345;
        long checksum = 0;
        for (int i = 0; i < requests; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 33);
            // Skewed: half the requests go to a small hot set.
            int key = (r & 1) == 0 ? (r >>> 1) % 64 : (r >>> 1) % (requests / 4 + 64);
            checksum = checksum * 31 + cache.get(key).length();
        }
        System.out.println("requests " + requests + " hits " + cache.hits + " misses " + cache.misses
                + " evictions " + cache.evictions + " checksum " + checksum);
    }
}
