package dk.ressourceplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaxFlowTest {

    /** The network of Cormen et al., Introduction to Algorithms, figure 26.1: its maximum flow is 23. */
    @Test
    void textbookNetworkCarriesTwentyThree() {
        MaxFlow flow = new MaxFlow();
        int s = flow.addNode();
        int v1 = flow.addNode();
        int v2 = flow.addNode();
        int v3 = flow.addNode();
        int v4 = flow.addNode();
        int t = flow.addNode();
        flow.addEdge(s, v1, 16);
        flow.addEdge(s, v2, 13);
        flow.addEdge(v2, v1, 4);
        flow.addEdge(v1, v3, 12);
        flow.addEdge(v3, v2, 9);
        flow.addEdge(v2, v4, 14);
        flow.addEdge(v4, v3, 7);
        flow.addEdge(v3, t, 20);
        flow.addEdge(v4, t, 4);

        assertEquals(23, flow.maxFlow(s, t));
    }

    @Test
    void flowNeedsTheResidualBackEdge() {
        // The greedy path s-a-b-t blocks s-b and a-t unless the flow on a-b can be pushed back.
        MaxFlow flow = new MaxFlow();
        int s = flow.addNode();
        int a = flow.addNode();
        int b = flow.addNode();
        int t = flow.addNode();
        flow.addEdge(s, a, 1);
        flow.addEdge(s, b, 1);
        flow.addEdge(a, b, 1);
        flow.addEdge(a, t, 1);
        flow.addEdge(b, t, 1);

        assertEquals(2, flow.maxFlow(s, t));
    }

    @Test
    void disconnectedSinkGetsNothing() {
        MaxFlow flow = new MaxFlow();
        int s = flow.addNode();
        int a = flow.addNode();
        int t = flow.addNode();
        flow.addEdge(s, a, 5);

        assertEquals(0, flow.maxFlow(s, t));
    }
}
