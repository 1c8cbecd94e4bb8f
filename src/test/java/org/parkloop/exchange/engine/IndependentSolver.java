package org.parkloop.exchange.engine;

import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The same allocation solved by a second, independent algorithm (JGraphT's capacity-scaling minimum-cost flow), in
 * whole kilograms and fen per tonne like OR-Tools, to check the optimum.
 */
public final class IndependentSolver {

	private IndependentSolver() {
	}

	/** The maximal total net benefit. */
	public static double optimum(Market m) {
		List<Candidates.Candidate> pairs = Candidates.of(m);
		Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		int offers = m.offers().size();
		int wants = m.wants().size();
		int source = offers + wants;
		int sink = source + 1;
		for (int v = 0; v <= sink; v++) {
			g.addVertex(v);
		}
		java.util.Map<DefaultWeightedEdge, Long> capacity = new java.util.HashMap<>();
		long total = 0;
		for (int o = 0; o < offers; o++) {
			long q = kg(m.offers().get(o).quantity());
			total += q;
			capacity.put(edge(g, source, o, 0), q);
		}
		for (int w = 0; w < wants; w++) {
			capacity.put(edge(g, offers + w, sink, 0), kg(m.wants().get(w).quantity()));
		}
		for (Candidates.Candidate c : pairs) {
			capacity.put(edge(g, c.offer(), offers + c.want(), -Math.round(c.benefitPerTonne() * 100)),
					Math.min(kg(m.offers().get(c.offer()).quantity()), kg(m.wants().get(c.want()).quantity())));
		}
		capacity.put(edge(g, source, sink, 0), total);
		long supply = total;
		MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				g, v -> v == source ? (int) supply : v == sink ? (int) -supply : 0, e -> capacity.get(e).intValue());
		var flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
		return -flow.getCost() / 100.0 / 1000.0;
	}

	private static DefaultWeightedEdge edge(Graph<Integer, DefaultWeightedEdge> g, int a, int b, double cost) {
		DefaultWeightedEdge e = g.addEdge(a, b);
		g.setEdgeWeight(e, cost);
		return e;
	}

	private static long kg(double tonnes) {
		return (long) Math.floor(tonnes * 1000 + 1e-9);
	}
}
