package nl.thuisbasis.outflow.domain.matching;

import java.util.Arrays;

/**
 * A flow network as a residual graph in arrays (compressed after building), with no knowledge of what its nodes stand
 * for: unit augmenting paths by distance labels ({@link #augmentFrom}) and a primal-dual minimum-cost flow
 * ({@link #minCostFlow}: shortest paths with potentials in a bucket queue, then Dinic's phases on the edges of zero
 * reduced cost). {@link MatchingEngine} builds its matching network on it.
 */
final class FlowGraph {
    private final int nodes;
    private int[] to = new int[16];
    private int[] cap = new int[16];
    private int[] cost = new int[16];
    private int[] from = new int[16];
    private int[] original;
    private int[] start;      // edges of node u: order[start[u] .. start[u + 1])
    private int[] byNode;
    private int edges;

    FlowGraph(int nodes, int edgeHint) {
        this.nodes = nodes;
        int length = Math.max(16, edgeHint);
        to = new int[length];
        cap = new int[length];
        cost = new int[length];
        from = new int[length];
    }

    /** Adds an edge and its reverse; returns the edge's index (the reverse is index ^ 1). */
    int add(int u, int v, int capacity, int c) {
        if (edges + 2 > to.length) {
            int length = to.length * 2;
            to = Arrays.copyOf(to, length);
            cap = Arrays.copyOf(cap, length);
            cost = Arrays.copyOf(cost, length);
            from = Arrays.copyOf(from, length);
        }
        to[edges] = v;
        cap[edges] = capacity;
        cost[edges] = c;
        from[edges] = u;
        to[edges + 1] = u;
        cap[edges + 1] = 0;
        cost[edges + 1] = -c;
        from[edges + 1] = v;
        edges += 2;
        return edges - 2;
    }

    /** Groups the edges by their tail (counting sort) and remembers the capacities for reset(). */
    void freeze() {
        start = new int[nodes + 1];
        for (int e = 0; e < edges; e++) {
            start[from[e] + 1]++;
        }
        for (int u = 0; u < nodes; u++) {
            start[u + 1] += start[u];
        }
        byNode = new int[edges];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int e = 0; e < edges; e++) {
            byNode[fill[from[e]]++] = e;
        }
        original = Arrays.copyOf(cap, edges);
    }

    void reset() {
        System.arraycopy(original, 0, cap, 0, edges);
    }

    void setCapacity(int e, int capacity) {
        cap[e] = capacity;
    }

    int flow(int e) {
        return cap[e ^ 1];
    }

    int residual(int e) {
        return cap[e];
    }

    int head(int e) {
        return to[e];
    }

    void push(int e) {
        cap[e] -= 1;
        cap[e ^ 1] += 1;
    }

    private boolean[] dead;
    private int[] label;
    private int[] arc;
    private int[] queue;
    private int[] pathEdge;
    private int relabels;
    private int relabelBudget;

    /**
     * One unit from {@code origin} to the sink through the part of the residual graph at or above node {@code low}
     * (lower nodes are never entered), by the shortest augmenting path method: a depth-first search along admissible
     * edges of valid distance labels (a lower bound on the distance to the sink; d(u) = d(v) + 1 on an admissible edge),
     * relabelling dead ends, and from time to time exact labels by a breadth-first search back from the sink. A node that
     * cannot reach the sink is dead for good: the caller only ever augments along paths to the sink, so that part of the
     * graph never changes again. Returns whether a unit got through.
     */
    boolean augmentFrom(int origin, int sink, int low) {
        if (dead == null) {
            dead = new boolean[nodes];
            label = new int[nodes];
            arc = new int[nodes];
            queue = new int[nodes];
            pathEdge = new int[nodes];
            globalRelabel(sink, low);
        }
        int infinite = nodes;
        int depth = 0;
        int u = origin;
        while (true) {
            if (dead[origin]) {
                return false;
            }
            if (u == sink) {
                for (int d = 0; d < depth; d++) {
                    cap[pathEdge[d]] -= 1;
                    cap[pathEdge[d] ^ 1] += 1;
                }
                return true;
            }
            boolean advanced = false;
            for (; arc[u] < start[u + 1]; arc[u]++) {
                int e = byNode[arc[u]];
                int v = to[e];
                if (cap[e] > 0 && v >= low && !dead[v] && label[u] == label[v] + 1) {
                    pathEdge[depth++] = e;
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (advanced) {
                continue;
            }
            // a dead end: relabel to one more than the lowest neighbour, then step back
            int lowest = infinite;
            for (int i = start[u]; i < start[u + 1]; i++) {
                int e = byNode[i];
                int v = to[e];
                if (cap[e] > 0 && v >= low && !dead[v]) {
                    lowest = Math.min(lowest, label[v]);
                }
            }
            label[u] = Math.min(infinite, lowest + 1);
            arc[u] = start[u];
            if (label[u] >= infinite || ++relabels > relabelBudget) {
                globalRelabel(sink, low);
                depth = 0;
                u = origin;
                continue;
            }
            if (depth > 0) {
                u = from[pathEdge[--depth]];
            }
        }
    }

    /** Exact distances to the sink by a breadth-first search over reversed residual edges; unreachable nodes die. */
    private void globalRelabel(int sink, int low) {
        int infinite = nodes;
        Arrays.fill(label, infinite);
        label[sink] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = sink;
        while (head < tail) {
            int v = queue[head++];
            for (int i = start[v]; i < start[v + 1]; i++) {
                int back = byNode[i];         // v -> u; its partner u -> v is the residual edge that reaches v
                int u = to[back];
                if (u >= low && !dead[u] && label[u] == infinite && cap[back ^ 1] > 0) {
                    label[u] = label[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        int alive = 0;
        for (int u = low; u < nodes; u++) {
            if (label[u] >= infinite) {
                dead[u] = true;
            } else {
                alive++;
            }
            arc[u] = start[u];
        }
        relabels = 0;
        relabelBudget = Math.max(64, alive);
    }

    /** A minimum-cost flow of the given value from source to sink (all costs >= 0 at the start); returns the value reached. */
    int minCostFlow(int source, int sink, int value) {
        long inf = Long.MAX_VALUE / 4;
        long[] potential = new long[nodes];
        long[] dist = new long[nodes];
        int[] current = new int[nodes];
        int[] level = new int[nodes];
        int[] queue = new int[nodes];
        int[] stack = new int[nodes + 1];
        int[] stackEdge = new int[nodes + 1];
        // Dial's bucket queue: reduced costs are small non-negative integers and the search stops at the sink
        int[] bucketHead = new int[64];
        Arrays.fill(bucketHead, -1);
        int[] entryNode = new int[Math.max(16, edges / 2)];
        int[] entryNext = new int[entryNode.length];
        int pushed = 0;
        while (pushed < value) {
            Arrays.fill(dist, inf);
            dist[source] = 0;
            int entries = 0;
            int highest = 0;
            entryNode[0] = source;
            entryNext[0] = -1;
            bucketHead[0] = 0;
            entries = 1;
            for (int d = 0; d <= highest; d++) {
                boolean reachedSink = false;
                while (bucketHead[d] >= 0) {
                    int entry = bucketHead[d];
                    bucketHead[d] = entryNext[entry];
                    int u = entryNode[entry];
                    if (d > dist[u]) {
                        continue;
                    }
                    if (u == sink) {
                        reachedSink = true;
                        break;   // nodes farther than the sink do not matter for this round (potentials capped below)
                    }
                    for (int i = start[u]; i < start[u + 1]; i++) {
                        int e = byNode[i];
                        if (cap[e] <= 0) {
                            continue;
                        }
                        int v = to[e];
                        long nd = d + cost[e] + potential[u] - potential[v];
                        if (nd < dist[v]) {
                            dist[v] = nd;
                            int b = (int) nd;
                            if (b >= bucketHead.length) {
                                int old = bucketHead.length;
                                bucketHead = Arrays.copyOf(bucketHead, Math.max(b + 1, old * 2));
                                Arrays.fill(bucketHead, old, bucketHead.length, -1);
                            }
                            if (entries == entryNode.length) {
                                entryNode = Arrays.copyOf(entryNode, entries * 2);
                                entryNext = Arrays.copyOf(entryNext, entries * 2);
                            }
                            entryNode[entries] = v;
                            entryNext[entries] = bucketHead[b];
                            bucketHead[b] = entries++;
                            highest = Math.max(highest, b);
                        }
                    }
                }
                if (reachedSink) {
                    Arrays.fill(bucketHead, 0, highest + 1, -1);
                    break;
                }
            }
            if (dist[sink] >= inf) {
                return pushed;
            }
            long reach = dist[sink];
            for (int u = 0; u < nodes; u++) {
                potential[u] += Math.min(dist[u], reach);   // keeps every reduced cost >= 0
            }
            // maximum flow on the admissible edges (residual, zero reduced cost) by Dinic's phases: a level graph by
            // breadth-first search, then a blocking flow along it; zero-cost cycles cannot trap the search this way
            while (pushed < value) {
                Arrays.fill(level, -1);
                level[source] = 0;
                int head = 0;
                int tail = 0;
                queue[tail++] = source;
                while (head < tail) {
                    int u = queue[head++];
                    if (level[sink] >= 0 && level[u] >= level[sink]) {
                        break;
                    }
                    for (int i = start[u]; i < start[u + 1]; i++) {
                        int e = byNode[i];
                        int v = to[e];
                        if (cap[e] > 0 && level[v] < 0 && cost[e] + potential[u] - potential[v] == 0) {
                            level[v] = level[u] + 1;
                            queue[tail++] = v;
                        }
                    }
                }
                if (level[sink] < 0) {
                    break;   // no admissible path left: the next round's shortest paths raise the potentials
                }
                System.arraycopy(start, 0, current, 0, nodes);
                while (pushed < value) {
                    int depth = 0;
                    stack[0] = source;
                    boolean found = false;
                    while (true) {
                        int u = stack[depth];
                        if (u == sink) {
                            found = true;
                            break;
                        }
                        boolean advanced = false;
                        while (current[u] < start[u + 1]) {
                            int e = byNode[current[u]];
                            int v = to[e];
                            if (cap[e] > 0 && level[v] == level[u] + 1 && cost[e] + potential[u] - potential[v] == 0) {
                                stackEdge[depth] = e;
                                stack[++depth] = v;
                                advanced = true;
                                break;
                            }
                            current[u]++;
                        }
                        if (!advanced) {
                            level[u] = -1;   // a dead end for the rest of this phase
                            if (depth == 0) {
                                break;
                            }
                            depth--;
                            current[stack[depth]]++;
                        }
                    }
                    if (!found) {
                        break;
                    }
                    for (int d = 0; d < depth; d++) {
                        cap[stackEdge[d]] -= 1;
                        cap[stackEdge[d] ^ 1] += 1;
                    }
                    pushed++;
                }
            }
        }
        return pushed;
    }
}
