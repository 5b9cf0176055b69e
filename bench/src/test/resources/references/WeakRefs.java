import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a collector that clears weak references does to them at System.gc(), as HotSpot does: a referent
 * reachable only through weak references is gone; one also reachable strongly or softly stays. Every
 * weakly-reachable object is made in a method that has returned, so no frame holds it. Soft referents survive
 * (no collection here is a last resort before an OutOfMemoryError).
 */
public class WeakRefs {
    static final class Holder {
        WeakReference<Holder> self;
        Holder next;
        final int id;

        Holder(int id) {
            this.id = id;
        }
    }

    /** Values 0..19, every third one also held strongly by {@code pinned}. */
    static void fill(Map<String, WeakReference<int[]>> cache, List<int[]> pinned) {
        for (int i = 0; i < 20; i++) {
            int[] value = new int[64];
            value[0] = i;
            cache.put("k" + i, new WeakReference<>(value));
            if (i % 3 == 0) {
                pinned.add(value);
            }
        }
    }

    /** A holder whose only reference is its own weak self-reference. */
    static WeakReference<Holder> selfCycle() {
        Holder h = new Holder(1);
        h.self = new WeakReference<>(h);
        return h.self;
    }

    /** Weak references to the head and the middle of a 100-node list that nothing else holds. */
    static List<WeakReference<Holder>> list() {
        Holder head = null;
        Holder middle = null;
        for (int i = 0; i < 100; i++) {
            Holder n = new Holder(i);
            n.next = head;
            head = n;
            if (i == 50) {
                middle = n;
            }
        }
        List<WeakReference<Holder>> refs = new ArrayList<>();
        refs.add(new WeakReference<>(head));
        refs.add(new WeakReference<>(middle));
        return refs;
    }

    /** A weak reference to an object that a soft reference in {@code softs} also holds. */
    static WeakReference<Object> weakAndSoft(List<SoftReference<Object>> softs) {
        Object o = new StringBuilder("softly held");
        softs.add(new SoftReference<>(o));
        return new WeakReference<>(o);
    }

    public static void main(String[] args) {
        WeakReference<Object> w = new WeakReference<>(new Object());
        System.gc();
        System.out.println(w.get() == null);

        Map<String, WeakReference<int[]>> cache = new HashMap<>();
        List<int[]> pinned = new ArrayList<>();
        fill(cache, pinned);
        System.gc();
        StringBuilder line = new StringBuilder("cache:");
        for (int i = 0; i < 20; i++) {
            int[] v = cache.get("k" + i).get();
            line.append(' ').append(v == null ? "-" : String.valueOf(v[0]));
        }
        System.out.println(line);
        for (Iterator<Map.Entry<String, WeakReference<int[]>>> it = cache.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().get() == null) {
                it.remove();
            }
        }
        System.out.println("entries left: " + cache.size() + " pinned: " + pinned.size());

        WeakReference<Holder> self = selfCycle();
        List<WeakReference<Holder>> refs = list();
        List<SoftReference<Object>> softs = new ArrayList<>();
        WeakReference<Object> weakAndSoft = weakAndSoft(softs);
        SoftReference<Object> soft = new SoftReference<>(new Object());
        System.gc();
        System.out.println("self cycle cleared: " + (self.get() == null));
        System.out.println("list cleared: " + (refs.get(0).get() == null) + " " + (refs.get(1).get() == null));
        System.out.println("softly held: " + weakAndSoft.get() + " " + softs.get(0).refersTo(weakAndSoft.get()));
        System.out.println("soft survives System.gc(): " + (soft.get() != null));
    }
}
