import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * java.lang.ref: what holds under every collector, whether it clears references or not. Every referent printed
 * here is strongly held elsewhere (or cleared by the program itself), so its reference must keep it across
 * collections — also when the collector moves it — and get, refersTo, clear and enqueue behave as the JDK
 * specifies. What depends on clearing (a weakly-reachable referent) is bench's WeakReferenceDifferentialTest.
 */
public class LibRefs {
    /** A weak reference with fields of its own, as a weak map's entry has: the referent slot is not the last. */
    static final class Entry extends WeakReference<Object> {
        final int hash;
        Entry next;
        Object value;

        Entry(Object key, Object value, Entry next) {
            super(key);
            this.hash = key.hashCode();
            this.value = value;
            this.next = next;
        }

        Object copy() throws CloneNotSupportedException {
            return clone();
        }
    }

    /** A soft reference subclass. */
    static final class Memo extends SoftReference<String> {
        final String label;

        Memo(String value, String label) {
            super(value);
            this.label = label;
        }
    }

    /** Garbage, so that collectors that collect when full have something to do between the checks. */
    static int churn(int rounds) {
        int sum = 0;
        for (int i = 0; i < rounds; i++) {
            int[] a = new int[32];
            a[i % 32] = i;
            sum += a[i % 32] & 1;
            Object[] b = new Object[8];
            b[0] = a;
            sum += b.length;
        }
        return sum;
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StringBuilder key = new StringBuilder("held");
        WeakReference<StringBuilder> w = new WeakReference<>(key);
        SoftReference<StringBuilder> s = new SoftReference<>(key);
        System.out.println("fresh: " + (w.get() == key) + " " + w.refersTo(key) + " " + (s.get() == key));
        churn(2000);
        System.gc();
        churn(2000);
        System.out.println("after gc, held strongly: " + w.get() + " " + w.refersTo(key) + " " + s.get()
                + " " + (w.get() == key));
        System.out.println("instanceof: " + (w instanceof Reference) + " " + (s instanceof Reference)
                + " " + w.getClass().getName() + " " + s.getClass().getSuperclass().getName());

        w.clear();
        System.out.println("cleared: " + w.get() + " " + w.refersTo(null) + " " + w.refersTo(key)
                + " " + w.isEnqueued() + " " + (s.get() == key));
        System.out.println("enqueue without a queue: " + s.enqueue() + " " + s.get() + " " + s.isEnqueued());

        WeakReference<Object> none = new WeakReference<>(null);
        WeakReference<Object> nullQueue = new WeakReference<>(key, null);
        SoftReference<Object> softNullQueue = new SoftReference<>(key, null);
        System.out.println("null referent: " + none.get() + " " + none.refersTo(null)
                + "; null queue: " + (nullQueue.get() == key) + " " + (softNullQueue.get() == key));

        WeakReference<String> literal = new WeakReference<>("a literal");
        System.gc();
        System.out.println("literal: " + literal.get());

        // A chain of weak entries whose keys and values are all held by a list: nothing may be cleared, and
        // a moving collector must update every referent slot.
        List<Object> keys = new ArrayList<>();
        Entry head = null;
        for (int i = 0; i < 50; i++) {
            Object k = Integer.valueOf(1000 + i);
            keys.add(k);
            head = new Entry(k, "v" + i, head);
            churn(20);
        }
        System.gc();
        churn(500);
        int kept = 0;
        int sumKeys = 0;
        StringBuilder values = new StringBuilder();
        for (Entry e = head; e != null; e = e.next) {
            Object k = e.get();
            if (k != null && e.hash == k.hashCode() && keys.contains(k)) {
                kept++;
                sumKeys += (Integer) k;
            }
            if (e.next == null || e.next.next == null) {
                values.append(e.value).append(' ');
            }
        }
        System.out.println("entries kept: " + kept + " sum " + sumKeys + " last values " + values);
        try {
            head.copy();
            System.out.println("clone: copied");
        } catch (CloneNotSupportedException e) {
            System.out.println("clone: " + e.getClass().getName());
        }

        String memoValue = "memo" + keys.size();
        Memo memo = new Memo(memoValue, "label");
        churn(1000);
        System.gc();
        System.out.println("soft subclass: " + memo.get() + " " + memo.label + " " + memo.refersTo(memoValue));

        // A referent reachable both weakly and through a strong path is kept.
        List<WeakReference<int[]>> refs = new ArrayList<>();
        List<int[]> strong = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int[] v = new int[] {i, i * i};
            strong.add(v);
            refs.add(new WeakReference<>(v));
        }
        System.gc();
        churn(1000);
        int same = 0;
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).get() == strong.get(i) && refs.get(i).get()[1] == i * i) {
                same++;
            }
        }
        System.out.println("weak and strong: " + same + " of " + refs.size());
        Reference.reachabilityFence(key);
        System.out.println("done");
    }
}
