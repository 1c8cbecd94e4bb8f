package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark network of issue 4: P processes placed uniformly at random in a unit square, each with flows to its 4
 * nearest neighbours (random direction, no duplicate pair), true values uniform in 10–1000, every process balanced
 * exactly by one import or export across the boundary; 20 % of the flows unknown, the rest measured with σ = 5–10 %
 * of the true value and noise of that size. Seeded, so every run and every tool sees the same instance.
 */
public final class BenchmarkNetworks {

	private BenchmarkNetworks() {
	}

	/** The generated model and the true values it was made from (by flow id). */
	public record Instance(Model model, java.util.Map<String, Double> truth) {
	}

	public static Instance generate(int processes, long seed) {
		Random random = new Random(seed);
		double[] x = new double[processes];
		double[] y = new double[processes];
		for (int i = 0; i < processes; i++) {
			x[i] = random.nextDouble();
			y[i] = random.nextDouble();
		}
		int[][] neighbours = nearest(x, y, 4);
		List<String> ids = new ArrayList<>();
		List<String> from = new ArrayList<>();
		List<String> to = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		double[] net = new double[processes];
		Set<Long> pairs = new HashSet<>();
		for (int i = 0; i < processes; i++) {
			for (int j : neighbours[i]) {
				long key = (long) Math.min(i, j) * processes + Math.max(i, j);
				if (!pairs.add(key)) {
					continue;
				}
				boolean forward = random.nextBoolean();
				int a = forward ? i : j;
				int b = forward ? j : i;
				double v = 10 + random.nextDouble() * 990;
				ids.add("F" + ids.size());
				from.add("P" + a);
				to.add("P" + b);
				values.add(v);
				net[a] -= v;
				net[b] += v;
			}
		}
		for (int i = 0; i < processes; i++) {
			ids.add("F" + ids.size());
			boolean export = net[i] > 0;
			from.add(export ? "P" + i : null);
			to.add(export ? null : "P" + i);
			values.add(Math.abs(net[i]));
		}
		List<Model.Flow> flows = new ArrayList<>();
		java.util.Map<String, Double> truth = new java.util.HashMap<>();
		for (int f = 0; f < ids.size(); f++) {
			double v = values.get(f);
			truth.put(ids.get(f), v);
			if (random.nextDouble() < 0.2) {
				flows.add(new Model.Flow(ids.get(f), from.get(f), to.get(f), null, null));
			}
			else {
				double sigma = v * (0.05 + random.nextDouble() * 0.05);
				flows.add(new Model.Flow(ids.get(f), from.get(f), to.get(f), v + random.nextGaussian() * sigma, sigma));
			}
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < processes; i++) {
			names.add("P" + i);
		}
		return new Instance(new Model(names, flows, List.of(), List.of(), false), truth);
	}

	/** The k nearest neighbours of every point, found through a uniform grid. */
	static int[][] nearest(double[] x, double[] y, int k) {
		int n = x.length;
		int cells = Math.max(1, (int) Math.sqrt(n / 2.0));
		List<List<Integer>> grid = new ArrayList<>();
		for (int c = 0; c < cells * cells; c++) {
			grid.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			grid.get(cell(x[i], cells) * cells + cell(y[i], cells)).add(i);
		}
		int[][] result = new int[n][];
		for (int i = 0; i < n; i++) {
			int cx = cell(x[i], cells);
			int cy = cell(y[i], cells);
			for (int radius = 1;; radius++) {
				List<Integer> candidates = new ArrayList<>();
				for (int gx = Math.max(0, cx - radius); gx <= Math.min(cells - 1, cx + radius); gx++) {
					for (int gy = Math.max(0, cy - radius); gy <= Math.min(cells - 1, cy + radius); gy++) {
						candidates.addAll(grid.get(gx * cells + gy));
					}
				}
				candidates.remove(Integer.valueOf(i));
				// enough candidates, and the search square is wide enough to be sure of the k nearest
				if (candidates.size() >= k && (radius >= cells || enough(candidates, i, x, y, k, radius / (double) cells))) {
					final int self = i;
					candidates.sort((a, b) -> Double.compare(dist(self, a, x, y), dist(self, b, x, y)));
					result[i] = candidates.subList(0, Math.min(k, candidates.size())).stream().mapToInt(Integer::intValue).toArray();
					break;
				}
			}
		}
		return result;
	}

	private static boolean enough(List<Integer> candidates, int i, double[] x, double[] y, int k, double reach) {
		long within = candidates.stream().filter(c -> Math.sqrt(dist(i, c, x, y)) <= reach).count();
		return within >= k;
	}

	private static double dist(int a, int b, double[] x, double[] y) {
		double dx = x[a] - x[b];
		double dy = y[a] - y[b];
		return dx * dx + dy * dy;
	}

	private static int cell(double v, int cells) {
		return Math.min(cells - 1, (int) (v * cells));
	}
}
