import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Random;

/** LinkedList, ArrayDeque and PriorityQueue: order, the heap's array order as printed, and the JDK's exceptions. */
public class LibQueues {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        LinkedList<String> linked = new LinkedList<>(List.of("b", "c"));
        linked.addFirst("a");
        linked.addLast("d");
        linked.add(2, "x");
        linked.push("top");
        linked.offer("tail");
        System.out.println(linked + " " + linked.size() + " first " + linked.getFirst() + " last " + linked.getLast()
                + " get(3) " + linked.get(3) + " indexOf(x) " + linked.indexOf("x"));
        System.out.println(linked.pop() + " " + linked.poll() + " " + linked.pollLast() + " " + linked.removeFirst()
                + " " + linked.remove(1) + " " + linked.remove("d") + " " + linked);
        linked.addAll(1, List.of("p", "q", "r"));
        linked.set(0, "zero");
        for (Iterator<String> it = linked.descendingIterator(); it.hasNext(); ) {
            System.out.print(it.next() + " ");
        }
        System.out.println(linked.equals(List.of("zero", "p", "q", "r", "x")) + " " + linked.hashCode());
        linked.removeIf(s -> s.length() == 1 && s.compareTo("q") < 0);
        System.out.println("removeIf " + linked + " peekFirst " + linked.peekFirst() + " peekLast " + linked.peekLast());
        LinkedList<String> empty = new LinkedList<>();
        attempt("LinkedList getFirst", empty::getFirst);
        attempt("LinkedList removeLast", empty::removeLast);
        attempt("LinkedList pop", empty::pop);
        attempt("LinkedList get(5)", () -> linked.get(5));
        attempt("LinkedList add(9, x)", () -> linked.add(9, "x"));
        System.out.println("poll on empty " + empty.poll() + " peek " + empty.peek());

        Deque<Integer> deque = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) {
                deque.addFirst(i);
            } else {
                deque.addLast(i);
            }
            if (i % 5 == 4) {
                deque.pollFirst();
            }
        }
        System.out.println("deque " + deque + " size " + deque.size() + " first " + deque.peekFirst() + " last " + deque.peekLast());
        deque.removeFirstOccurrence(20);
        deque.removeLastOccurrence(38);
        deque.remove(Integer.valueOf(1));
        Iterator<Integer> di = deque.iterator();
        while (di.hasNext()) {
            if (di.next() % 4 == 0) {
                di.remove();
            }
        }
        System.out.println("after removals " + deque + " contains 5 " + deque.contains(5));
        Iterator<Integer> down = deque.descendingIterator();
        StringBuilder reversed = new StringBuilder();
        while (down.hasNext()) {
            reversed.append(down.next()).append(',');
        }
        System.out.println("descending " + reversed);
        Deque<String> stack = new ArrayDeque<>();
        for (String s : "to be or not to be".split(" ")) {
            stack.push(s);
        }
        StringBuilder popped = new StringBuilder();
        while (!stack.isEmpty()) {
            popped.append(stack.pop()).append(' ');
        }
        System.out.println("stack " + popped);
        Queue<String> queue = new ArrayDeque<>(List.of("x", "y"));
        queue.add("z");
        System.out.println("queue " + queue.remove() + queue.element() + queue.peek() + " " + queue);
        attempt("ArrayDeque add null", () -> new ArrayDeque<String>().add(null));
        attempt("ArrayDeque pop empty", () -> new ArrayDeque<String>().pop());
        attempt("ArrayDeque element empty", () -> new ArrayDeque<String>().element());
        attempt("ArrayDeque getLast empty", () -> new ArrayDeque<String>().getLast());

        PriorityQueue<Integer> heap = new PriorityQueue<>();
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            heap.offer(random.nextInt(100));
        }
        System.out.println("heap array " + heap + " peek " + heap.peek() + " size " + heap.size());
        heap.remove(heap.toArray()[5]);
        heap.remove(999);
        System.out.println("after remove " + heap);
        Iterator<Integer> hi = heap.iterator();
        for (int i = 0; hi.hasNext(); i++) {
            Integer x = hi.next();
            if (i % 4 == 1) {
                hi.remove();
            }
        }
        System.out.println("after iterator removals " + heap);
        StringBuilder drained = new StringBuilder();
        while (!heap.isEmpty()) {
            drained.append(heap.poll()).append(' ');
        }
        System.out.println("drained " + drained);
        PriorityQueue<String> byLength = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : "a bb ccc dd e ffff gg hhh i".split(" ")) {
            byLength.add(s);
        }
        System.out.println("by length " + byLength + " comparator set " + (byLength.comparator() != null));
        StringBuilder polled = new StringBuilder();
        while (byLength.size() > 0) {
            polled.append(byLength.poll()).append(' ');
        }
        System.out.println(polled);
        PriorityQueue<Integer> heapified = new PriorityQueue<>(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        System.out.println("heapified " + heapified + " copy " + new PriorityQueue<>(heapified));
        PriorityQueue<Integer> max = new PriorityQueue<>(11, Comparator.reverseOrder());
        max.addAll(List.of(3, 1, 4, 1, 5, 9, 2, 6));
        System.out.println("max heap " + max + " poll " + max.poll() + " " + max.poll() + " contains 1 " + max.contains(1));
        attempt("PriorityQueue offer null", () -> new PriorityQueue<String>().offer(null));
        attempt("PriorityQueue(0)", () -> new PriorityQueue<String>(0));
        attempt("PriorityQueue remove empty", () -> new PriorityQueue<String>().remove());
        System.out.println("poll on empty " + new PriorityQueue<String>().poll());
    }
}
