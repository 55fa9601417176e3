package dk.ressourceplan.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum flow by Dinic's algorithm: breadth-first levels from the source, then blocking flows along
 * level-increasing paths. Small and exact; the coverage bound has a few thousand nodes at most.
 */
public final class MaxFlow {

    /** Capacity that never limits a flow here (far above any term's minutes). */
    public static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final List<List<Integer>> adjacency = new ArrayList<>();
    /** Per edge: head node and remaining capacity; edge {@code e ^ 1} is its reverse. */
    private final List<Integer> head = new ArrayList<>();
    private final List<Long> residual = new ArrayList<>();
    private int[] level;
    private int[] next;

    public int addNode() {
        adjacency.add(new ArrayList<>());
        return adjacency.size() - 1;
    }

    public void addEdge(int from, int to, long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity " + capacity);
        }
        adjacency.get(from).add(head.size());
        head.add(to);
        residual.add(capacity);
        adjacency.get(to).add(head.size());
        head.add(from);
        residual.add(0L);
    }

    public long maxFlow(int source, int sink) {
        long flow = 0;
        while (buildLevels(source, sink)) {
            next = new int[adjacency.size()];
            long pushed;
            while ((pushed = push(source, sink, UNLIMITED)) > 0) {
                flow += pushed;
            }
        }
        return flow;
    }

    private boolean buildLevels(int source, int sink) {
        level = new int[adjacency.size()];
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int edge : adjacency.get(node)) {
                int to = head.get(edge);
                if (level[to] < 0 && residual.get(edge) > 0) {
                    level[to] = level[node] + 1;
                    queue.add(to);
                }
            }
        }
        return level[sink] >= 0;
    }

    private long push(int node, int sink, long limit) {
        if (node == sink) {
            return limit;
        }
        List<Integer> edges = adjacency.get(node);
        for (; next[node] < edges.size(); next[node]++) {
            int edge = edges.get(next[node]);
            int to = head.get(edge);
            if (level[to] == level[node] + 1 && residual.get(edge) > 0) {
                long pushed = push(to, sink, Math.min(limit, residual.get(edge)));
                if (pushed > 0) {
                    residual.set(edge, residual.get(edge) - pushed);
                    residual.set(edge ^ 1, residual.get(edge ^ 1) + pushed);
                    return pushed;
                }
            }
        }
        return 0;
    }
}
