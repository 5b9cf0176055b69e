package gclab.workloads;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Graph algorithms on java.util: a seeded random graph as a {@link HashMap} from node to an {@link ArrayList}
 * of weighted edges, then rounds of Dijkstra's shortest paths (a {@link PriorityQueue} of boxed distances with
 * lazy deletion, distance and predecessor maps) and a breadth-first search (an {@link ArrayDeque} and a
 * {@link HashSet}). Each round drops its maps, queues and boxes: medium-lived garbage of many small objects,
 * while the graph stays live and is mutated between rounds (edges added and removed), so old lists point to
 * young edges. Argument: nodes (default 20000).
 */
public final class ShortestPaths {
    record Edge(int to, int weight) {
    }

    record Visit(int node, long distance) implements Comparable<Visit> {
        @Override
        public int compareTo(Visit other) {
            int c = Long.compare(distance, other.distance);
            return c != 0 ? c : Integer.compare(node, other.node);
        }
    }

    static Map<Integer, Long> dijkstra(Map<Integer, List<Edge>> graph, int source, Map<Integer, Integer> previous) {
        Map<Integer, Long> distance = new HashMap<>();
        PriorityQueue<Visit> queue = new PriorityQueue<>();
        distance.put(source, 0L);
        queue.add(new Visit(source, 0));
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            if (v.distance() > distance.get(v.node())) {
                continue;
            }
            for (Edge e : graph.getOrDefault(v.node(), List.of())) {
                long d = v.distance() + e.weight();
                Long known = distance.get(e.to());
                if (known == null || d < known) {
                    distance.put(e.to(), d);
                    previous.put(e.to(), v.node());
                    queue.add(new Visit(e.to(), d));
                }
            }
        }
        return distance;
    }

    static int bfsDepth(Map<Integer, List<Edge>> graph, int source, Set<Integer> seen) {
        Deque<int[]> frontier = new ArrayDeque<>();
        frontier.add(new int[] {source, 0});
        seen.add(source);
        int depth = 0;
        while (!frontier.isEmpty()) {
            int[] at = frontier.poll();
            depth = Math.max(depth, at[1]);
            for (Edge e : graph.getOrDefault(at[0], List.of())) {
                if (seen.add(e.to())) {
                    frontier.add(new int[] {e.to(), at[1] + 1});
                }
            }
        }
        return depth;
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(1_000_003L);
        Map<Integer, List<Edge>> graph = new HashMap<>();
        for (int n = 0; n < nodes; n++) {
            List<Edge> edges = new ArrayList<>();
            edges.add(new Edge((n + 1) % nodes, 1 + random.nextInt(50)));
            for (int k = 0; k < 3; k++) {
                edges.add(new Edge(random.nextInt(nodes), 1 + random.nextInt(100)));
            }
            graph.put(n, edges);
        }
        int rounds = 6;
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            int source = random.nextInt(nodes);
            Map<Integer, Integer> previous = new HashMap<>();
            Map<Integer, Long> distance = dijkstra(graph, source, previous);
            long sum = 0;
            long farthest = 0;
            int farthestNode = source;
            for (Map.Entry<Integer, Long> e : distance.entrySet()) {
                sum += e.getValue();
                if (e.getValue() > farthest) {
                    farthest = e.getValue();
                    farthestNode = e.getKey();
                }
            }
            List<Integer> path = new ArrayList<>();
            for (Integer at = farthestNode; at != null; at = previous.get(at)) {
                path.add(at);
            }
            Collections.reverse(path);
            int depth = bfsDepth(graph, source, new HashSet<>());
            total += sum;
            System.out.println("round " + round + " from " + source + ": reached " + distance.size() + ", sum " + sum
                    + ", farthest " + farthestNode + " at " + farthest + " via " + path.size() + " nodes, bfs depth " + depth);
            // Rewire: every node loses its last edge and may gain a fresh one.
            for (int n = round; n < nodes; n += 3) {
                List<Edge> edges = graph.get(n);
                if (edges.size() > 1) {
                    edges.remove(edges.size() - 1);
                }
                if (random.nextBoolean()) {
                    edges.add(new Edge(random.nextInt(nodes), 1 + random.nextInt(100)));
                }
            }
        }
        System.out.println("nodes " + nodes + " rounds " + rounds + " total " + total);
    }
}
