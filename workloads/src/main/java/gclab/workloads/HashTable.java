package gclab.workloads;

/**
 * A chained hash table of string keys to boxed values, with its own resizing (until gclab has java.util):
 * inserts, lookups, overwrites and removals from a seeded generator. Stresses a large, mutating structure with
 * old-to-young stores. Argument: operations (default 20000).
 */
public final class HashTable {
    static final class Entry {
        final String key;
        Integer value;
        Entry next;

        Entry(String key, Integer value, Entry next) {
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    private Entry[] buckets = new Entry[16];
    private int size;

    private int indexOf(String key, int length) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (length - 1);
    }

    Integer get(String key) {
        for (Entry e = buckets[indexOf(key, buckets.length)]; e != null; e = e.next) {
            if (e.key.equals(key)) {
                return e.value;
            }
        }
        return null;
    }

    void put(String key, Integer value) {
        int i = indexOf(key, buckets.length);
        for (Entry e = buckets[i]; e != null; e = e.next) {
            if (e.key.equals(key)) {
                e.value = value;
                return;
            }
        }
        buckets[i] = new Entry(key, value, buckets[i]);
        if (++size > buckets.length * 3 / 4) {
            resize();
        }
    }

    boolean remove(String key) {
        int i = indexOf(key, buckets.length);
        Entry prev = null;
        for (Entry e = buckets[i]; e != null; prev = e, e = e.next) {
            if (e.key.equals(key)) {
                if (prev == null) {
                    buckets[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                size--;
                return true;
            }
        }
        return false;
    }

    private void resize() {
        Entry[] old = buckets;
        Entry[] grown = new Entry[old.length * 2];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = indexOf(e.key, grown.length);
                e.next = grown[i];
                grown[i] = e;
                e = next;
            }
        }
        buckets = grown;
    }

    public static void main(String[] args) {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        HashTable table = new HashTable();
        long seed = 7;
        long found = 0;
        long sum = 0;
        int removed = 0;
        for (int op = 0; op < operations; op++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 40);
            String key = "k" + (r % (operations / 4 + 1));
            switch (r & 3) {
                case 0:
                case 1:
                    table.put(key, op);
                    break;
                case 2: {
                    Integer v = table.get(key);
                    if (v != null) {
                        found++;
                        sum += v;
                    }
                    break;
                }
                default:
                    if (table.remove(key)) {
                        removed++;
                    }
            }
        }
        System.out.println("operations " + operations + " size " + table.size + " buckets " + table.buckets.length
                + " found " + found + " removed " + removed + " sum " + sum);
    }
}
