package gclab.workloads;

/**
 * A FIFO queue as a singly linked list: each round enqueues a burst of nodes carrying small payload arrays and
 * dequeues most of them, so nodes die young while the queue keeps a moving window alive. Stresses short-lived
 * allocation with pointer updates at both ends of a live structure. Argument: rounds (default 2000).
 */
public final class ListChurn {
    private ListChurn() {
    }

    static final class Node {
        final int[] payload;
        Node next;

        Node(int value) {
            payload = new int[1 + (value & 7)];
            payload[0] = value;
        }
    }

    private Node head;
    private Node tail;
    private int size;

    void enqueue(int value) {
        Node n = new Node(value);
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        size++;
    }

    int dequeue() {
        Node n = head;
        head = n.next;
        if (head == null) {
            tail = null;
        }
        size--;
        return n.payload[0];
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        ListChurn queue = new ListChurn();
        long seed = 42;
        long checksum = 0;
        int maxSize = 0;
        for (int round = 0; round < rounds; round++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int burst = 8 + (int) ((seed >>> 33) % 24);
            for (int i = 0; i < burst; i++) {
                queue.enqueue(round * 31 + i);
            }
            int drain = burst - 1 + (round % 3 == 0 ? 1 : 0);
            for (int i = 0; i < drain && queue.size > 0; i++) {
                checksum = checksum * 31 + queue.dequeue();
            }
            maxSize = Math.max(maxSize, queue.size);
        }
        System.out.println("rounds " + rounds + " left " + queue.size + " max " + maxSize + " checksum " + checksum);
    }
}
