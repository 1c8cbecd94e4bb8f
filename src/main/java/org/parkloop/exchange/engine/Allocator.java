package org.parkloop.exchange.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The allocation of offers to wants that maximises the total net benefit, as a minimum-cost flow solved to proven
 * optimality by OR-Tools (source → offers → wants → sink, with a zero-cost bypass so that nothing has to move), and
 * the greedy baseline (best pairs first). Inside the solver quantities are whole kilograms (rounded down) and benefits
 * whole fen per tonne; the objective reported is recomputed from the exact benefits.
 */
public final class Allocator {

	static final long KG_PER_TONNE = 1000;
	static final double FEN_PER_YUAN = 100;

	private static volatile boolean loaded;

	private Allocator() {
	}

	/** The optimum and the greedy allocation of one market, on one computation of its allowed pairs. */
	public record Both(Allocation optimal, Allocation greedy) {
	}

	public static Both both(Market m) {
		Validation.check(m);
		List<Pairs.Pair> pairs = Pairs.of(m);
		return new Both(optimal(m, pairs), greedy(m, pairs));
	}

	public static Allocation optimal(Market m) {
		Validation.check(m);
		return optimal(m, Pairs.of(m));
	}

	/** Best pairs first, each as much as the offer and the want still allow. */
	public static Allocation greedy(Market m) {
		Validation.check(m);
		return greedy(m, Pairs.of(m));
	}

	private static Allocation optimal(Market m, List<Pairs.Pair> pairs) {
		load();
		int offers = m.offers().size();
		int wants = m.wants().size();
		int source = offers + wants;
		int sink = source + 1;
		MinCostFlow flow = new MinCostFlow();
		long total = 0;
		for (int o = 0; o < offers; o++) {
			long q = kg(m.offers().get(o).quantity());
			total += q;
			flow.addArcWithCapacityAndUnitCost(source, o, q, 0);
		}
		for (int w = 0; w < wants; w++) {
			flow.addArcWithCapacityAndUnitCost(offers + w, sink, kg(m.wants().get(w).quantity()), 0);
		}
		int[] arcOf = new int[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			Pairs.Pair p = pairs.get(i);
			long cap = Math.min(kg(m.offers().get(p.offer()).quantity()), kg(m.wants().get(p.want()).quantity()));
			arcOf[i] = flow.addArcWithCapacityAndUnitCost(p.offer(), offers + p.want(), cap,
					-Math.round(p.benefitPerTonne() * FEN_PER_YUAN));
		}
		flow.addArcWithCapacityAndUnitCost(source, sink, total, 0);
		flow.setNodeSupply(source, total);
		flow.setNodeSupply(sink, -total);
		MinCostFlowBase.Status status = flow.solve();
		if (status != MinCostFlowBase.Status.OPTIMAL) {
			throw new IllegalStateException("min-cost flow ended " + status);
		}
		Shipments out = new Shipments(m);
		for (int i = 0; i < pairs.size(); i++) {
			long f = flow.getFlow(arcOf[i]);
			if (f > 0) {
				out.add(pairs.get(i), f / (double) KG_PER_TONNE);
			}
		}
		return out.allocation(true);
	}

	private static Allocation greedy(Market m, List<Pairs.Pair> allowed) {
		List<Pairs.Pair> pairs = new ArrayList<>(allowed);
		pairs.sort(Comparator.comparingDouble(Pairs.Pair::benefitPerTonne).reversed());
		double[] supply = m.offers().stream().mapToDouble(Market.Offer::quantity).toArray();
		double[] room = m.wants().stream().mapToDouble(Market.Want::quantity).toArray();
		Shipments out = new Shipments(m);
		for (Pairs.Pair p : pairs) {
			double q = Math.min(supply[p.offer()], room[p.want()]);
			if (q > 0) {
				supply[p.offer()] -= q;
				room[p.want()] -= q;
				out.add(p, q);
			}
		}
		return out.allocation(false);
	}

	/** Shipments as they are chosen, with the objective (exact benefits) and the tonnes they divert. */
	private static final class Shipments {

		final Market m;
		final List<Allocation.Shipment> list = new ArrayList<>();
		double objective;
		double diverted;

		Shipments(Market m) {
			this.m = m;
		}

		void add(Pairs.Pair p, double tonnes) {
			list.add(new Allocation.Shipment(m.offers().get(p.offer()).id(), m.wants().get(p.want()).id(), tonnes,
					p.distanceKm()));
			objective += tonnes * p.benefitPerTonne();
			diverted += tonnes;
		}

		Allocation allocation(boolean optimal) {
			return new Allocation(objective, list, diverted, optimal);
		}
	}

	/** Whole kilograms, rounded down so that no allocation exceeds what was offered or wanted. */
	private static long kg(double tonnes) {
		return (long) Math.floor(tonnes * KG_PER_TONNE + 1e-9);
	}

	private static void load() {
		if (!loaded) {
			synchronized (Allocator.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}
}
