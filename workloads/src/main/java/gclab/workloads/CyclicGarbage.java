package gclab.workloads;

/**
 * Builds rings, doubly linked lists and small complete graphs, keeps a few and drops the rest: garbage made
 * of cycles, which reference counting alone cannot reclaim. Argument: structures (default 3000).
 */
public final class CyclicGarbage {
    private CyclicGarbage() {
    }

    static final class Vertex {
        final int id;
        Vertex next;
        Vertex prev;
        Vertex[] edges;

        Vertex(int id) {
            this.id = id;
        }
    }

    static Vertex ring(int n, int base) {
        Vertex first = new Vertex(base);
        Vertex last = first;
        for (int i = 1; i < n; i++) {
            Vertex v = new Vertex(base + i);
            last.next = v;
            v.prev = last;
            last = v;
        }
        last.next = first;
        first.prev = last;
        return first;
    }

    static Vertex clique(int n, int base) {
        Vertex[] vs = new Vertex[n];
        for (int i = 0; i < n; i++) {
            vs[i] = new Vertex(base + i);
        }
        for (Vertex v : vs) {
            v.edges = vs.clone();
        }
        return vs[0];
    }

    static long walk(Vertex start) {
        long sum = 0;
        Vertex v = start;
        do {
            sum += v.id;
            v = v.next;
        } while (v != null && v != start);
        if (start.edges != null) {
            for (Vertex e : start.edges) {
                sum += e.edges.length;
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        int structures = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Vertex[] kept = new Vertex[16];
        long total = 0;
        for (int i = 0; i < structures; i++) {
            Vertex s = i % 3 == 2 ? clique(3 + i % 5, i * 10) : ring(2 + i % 11, i * 10);
            total += walk(s);
            if (i % 97 == 0) {
                kept[(i / 97) % kept.length] = s;
            }
        }
        long keptSum = 0;
        for (Vertex v : kept) {
            if (v != null) {
                keptSum += walk(v);
            }
        }
        System.out.println("structures " + structures + " total " + total + " kept " + keptSum);
    }
}
