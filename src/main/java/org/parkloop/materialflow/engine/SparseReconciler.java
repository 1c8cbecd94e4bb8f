package org.parkloop.materialflow.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejml.data.DGrowArray;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.data.IGrowArray;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.ejml.sparse.csc.decomposition.chol.CholeskyUpLooking_DSCC;
import org.ejml.sparse.csc.misc.TriangularSolver_DSCC;

/**
 * Reconciliation of large flow networks, sparse throughout, with the standard deviation of every reconciled and
 * computed flow.
 *
 * <ol>
 * <li>Processes joined by unknown flows are merged (and merged with the environment when an unknown flow crosses the
 * boundary). For a flow network this eliminates the unknowns exactly: the merged balances are the projected
 * constraints of Crowe's method. A measured flow inside a merged group is just measured.</li>
 * <li>The merged balances on the measured flows, A, give S = A V Aᵀ: sparse, symmetric positive definite once a
 * dependent balance of each closed component is dropped (their number is the degrees of freedom).</li>
 * <li>S is ordered by minimum degree and factored (Cholesky); the adjustments come from two triangular solves.</li>
 * <li>Var(reconciled flow j) = σⱼ² − σⱼ⁴ aⱼᵀ S⁻¹ aⱼ, where aⱼ touches at most two merged balances, which are
 * neighbours in S: the entries needed lie on the factor's pattern and come from its selected inverse.</li>
 * <li>An unknown flow is observable if it is a bridge of the unknown flows of its group; its value is the balance of
 * the side it cuts off, and its variance dᵀ Cov d = Σ dⱼ²σⱼ² − ‖L⁻¹ A V d‖² takes one sparse triangular solve.
 * Unknown flows on a cycle are unobservable.</li>
 * </ol>
 * Models with relations between flows go to the dense {@link Reconciler}.
 */
public final class SparseReconciler {

	private SparseReconciler() {
	}

	public static Result reconcile(Model model) {
		Validation.check(model);
		if (!model.relations().isEmpty()) {
			return Reconciler.reconcile(model);
		}
		if (!model.nonNegative()) {
			return new Run(model).solve();
		}
		// keep flows non-negative as the dense engine does (an active-set method on the bounds): fix each negative
		// flow at zero; when none is negative, release the fixed flow that would come out most positive on its own
		Map<String, Model.Flow> clamped = new HashMap<>();
		for (int iteration = 1;; iteration++) {
			Result r = solveClamped(model, clamped.keySet());
			List<Model.Flow> negative = new ArrayList<>();
			for (int i = 0; i < model.flows().size(); i++) {
				Result.Estimate e = r.flows().get(i);
				if (e.value() != null && e.value() < -1e-9 * (1 + Math.abs(e.value())) && !clamped.containsKey(e.id())) {
					negative.add(model.flows().get(i));
				}
			}
			if (iteration >= 100) {
				return withClamped(model, r, clamped, iteration);
			}
			if (!negative.isEmpty()) {
				negative.forEach(f -> clamped.put(f.id(), f));
				continue;
			}
			String release = null;
			double most = 0;
			for (String id : clamped.keySet()) {
				java.util.Set<String> others = new java.util.HashSet<>(clamped.keySet());
				others.remove(id);
				Double free = solveClamped(model, others).flows().stream().filter(e -> e.id().equals(id)).findFirst()
					.map(Result.Estimate::value).orElse(null);
				if (free != null && free > 1e-9 * (1 + Math.abs(free)) && free > most) {
					most = free;
					release = id;
				}
			}
			if (release == null) {
				return withClamped(model, r, clamped, iteration);
			}
			clamped.remove(release);
		}
	}

	/** The model solved with these flows fixed at zero. */
	private static Result solveClamped(Model model, java.util.Set<String> clamped) {
		List<Model.Flow> flows = model.flows().stream()
			.map(f -> clamped.contains(f.id()) ? new Model.Flow(f.id(), f.from(), f.to(), 0.0, 0.0) : f)
			.toList();
		return new Run(new Model(model.processes(), flows, model.stocks(), List.of(), false)).solve();
	}

	/** The clamped flows as the caller gave them, at zero; a clamped measurement's adjustment counts in χ². */
	private static Result withClamped(Model model, Result r, Map<String, Model.Flow> clamped, int iterations) {
		double chi2 = r.chiSquare();
		int dof = r.degreesOfFreedom();
		List<Result.Estimate> flows = new ArrayList<>();
		for (Result.Estimate e : r.flows()) {
			Model.Flow original = clamped.get(e.id());
			if (original == null) {
				flows.add(e);
				continue;
			}
			boolean measured = original.value() != null && original.sigma() != null && original.sigma() > 0;
			if (measured) {
				chi2 += original.value() * original.value() / (original.sigma() * original.sigma());
				dof++;
			}
			flows.add(new Result.Estimate(e.id(), original.value(), 0.0, 0.0,
					measured ? Classification.REDUNDANT : original.value() == null ? Classification.OBSERVABLE
							: Classification.EXACT, null));
		}
		double p = ChiSquare.pValue(chi2, dof);
		return new Result(flows, r.stocks(), r.balances(), chi2, dof, p, p >= 0.05, iterations, r.unobservable());
	}

	private static final class Run {

		final Model model;
		final int env;
		final int nodes;
		// every variable as an edge: flows, then stock changes (an outflow to the environment)
		final List<String> ids = new ArrayList<>();
		final int flowCount;
		int[] from;
		int[] to;
		Double[] given;
		double[] sigma;

		Run(Model model) {
			this.model = model;
			Map<String, Integer> index = new HashMap<>();
			for (String p : model.processes()) {
				index.put(p, index.size());
			}
			nodes = index.size() + 1;
			env = index.size();
			flowCount = model.flows().size();
			int n = flowCount + model.stocks().size();
			from = new int[n];
			to = new int[n];
			given = new Double[n];
			sigma = new double[n];
			int e = 0;
			for (Model.Flow f : model.flows()) {
				ids.add(f.id());
				from[e] = f.from() == null ? env : index.get(f.from());
				to[e] = f.to() == null ? env : index.get(f.to());
				given[e] = f.value();
				sigma[e] = f.value() == null || f.sigma() == null ? 0 : f.sigma();
				e++;
			}
			for (Model.StockChange s : model.stocks()) {
				ids.add(s.process());
				from[e] = index.get(s.process());
				to[e] = env;
				given[e] = s.value();
				sigma[e] = s.value() == null || s.sigma() == null ? 0 : s.sigma();
				e++;
			}
		}

		boolean unknown(int e) {
			return given[e] == null;
		}

		boolean measured(int e) {
			return given[e] != null && sigma[e] > 0;
		}

		Result solve() {
			int n = ids.size();
			int[] group = groups();
			int envGroup = group[env];
			// rows: the merged balances without the environment's
			Map<Integer, Integer> rowOf = new HashMap<>();
			for (int v = 0; v < nodes; v++) {
				if (group[v] != envGroup) {
					rowOf.putIfAbsent(group[v], rowOf.size());
				}
			}
			int rows = rowOf.size();
			double[] rhs = new double[rows];
			List<Integer> crossing = new ArrayList<>();
			for (int e = 0; e < n; e++) {
				if (unknown(e) || group[from[e]] == group[to[e]]) {
					continue;
				}
				if (measured(e)) {
					crossing.add(e);
				}
				else {
					addTo(rhs, rowOf, group[to[e]], -given[e]);
					addTo(rhs, rowOf, group[from[e]], given[e]);
				}
			}
			boolean[] keep = independentRows(rows, rowOf, group, envGroup, crossing, rhs);
			int[] rowIndex = new int[rows];
			int k = 0;
			for (int r = 0; r < rows; r++) {
				rowIndex[r] = keep[r] ? k++ : -1;
			}
			int m = k;

			// S = A V Aᵀ (upper triangle), its graph, a minimum-degree order
			List<Set<Integer>> graph = new ArrayList<>();
			for (int r = 0; r < m; r++) {
				graph.add(new HashSet<>());
			}
			int[][] rowsOf = new int[n][];
			double[][] signs = new double[n][];
			for (int e : crossing) {
				int r1 = row(rowOf, rowIndex, group[to[e]]);
				int r2 = row(rowOf, rowIndex, group[from[e]]);
				rowsOf[e] = new int[] { r1, r2 };
				signs[e] = new double[] { 1, -1 };
				if (r1 >= 0 && r2 >= 0) {
					graph.get(r1).add(r2);
					graph.get(r2).add(r1);
				}
			}
			int[] order = MinimumDegree.order(graph);
			int[] position = new int[m];
			for (int i = 0; i < m; i++) {
				position[order[i]] = i;
			}
			// parallel flows between two merged balances add up: sum the entries before building the matrix
			Map<Long, Double> offDiagonal = new HashMap<>();
			double[] diag = new double[m];
			for (int e : crossing) {
				double v = sigma[e] * sigma[e];
				int[] rr = rowsOf[e];
				for (int a = 0; a < 2; a++) {
					if (rr[a] >= 0) {
						diag[position[rr[a]]] += v;
					}
				}
				if (rr[0] >= 0 && rr[1] >= 0) {
					int p1 = position[rr[0]];
					int p2 = position[rr[1]];
					offDiagonal.merge((long) Math.min(p1, p2) * m + Math.max(p1, p2), -v, Double::sum);
				}
			}
			DMatrixSparseTriplet triplets = new DMatrixSparseTriplet(m, m, offDiagonal.size() + m);
			offDiagonal.forEach((key, v) -> triplets.addItem((int) (key / m), (int) (key % m), v));
			for (int i = 0; i < m; i++) {
				triplets.addItem(i, i, diag[i]);
			}
			DMatrixSparseCSC s = DConvertMatrixStruct.convert(triplets, (DMatrixSparseCSC) null);
			s.sortIndices(null);
			CholeskyUpLooking_DSCC cholesky = new CholeskyUpLooking_DSCC();
			if (m > 0 && !cholesky.decompose(s)) {
				throw new IllegalStateException("the reduced balance matrix is not positive definite");
			}
			DMatrixSparseCSC l = m > 0 ? cholesky.getL() : new DMatrixSparseCSC(0, 0, 0);
			l.sortIndices(null);

			// residuals of the merged balances and the adjustments
			double[] residual = new double[m];
			for (int r = 0; r < rows; r++) {
				if (rowIndex[r] >= 0) {
					residual[position[rowIndex[r]]] = -rhs[r];
				}
			}
			for (int e : crossing) {
				for (int a = 0; a < 2; a++) {
					if (rowsOf[e][a] >= 0) {
						residual[position[rowsOf[e][a]]] += signs[e][a] * given[e];
					}
				}
			}
			double[] lambda = residual.clone();
			if (m > 0) {
				TriangularSolver_DSCC.solveL(l, lambda);
				TriangularSolver_DSCC.solveTranL(l, lambda);
			}
			double chi2 = 0;
			for (int i = 0; i < m; i++) {
				chi2 += residual[i] * lambda[i];
			}
			Double[] value = new Double[n];
			double[] variance = new double[n];
			Classification[] classes = new Classification[n];
			Double[] z = new Double[n];
			SelectedInverse inverse = m > 0 ? SelectedInverse.of(l) : null;
			for (int e = 0; e < n; e++) {
				if (unknown(e)) {
					continue;
				}
				value[e] = given[e];
				variance[e] = sigma[e] * sigma[e];
				classes[e] = measured(e) ? Classification.JUST_MEASURED : Classification.EXACT;
			}
			for (int e : crossing) {
				double adjust = 0;
				double q = 0;
				int[] rr = rowsOf[e];
				for (int a = 0; a < 2; a++) {
					if (rr[a] < 0) {
						continue;
					}
					int pa = position[rr[a]];
					adjust += signs[e][a] * lambda[pa];
					for (int b = 0; b < 2; b++) {
						if (rr[b] >= 0) {
							q += signs[e][a] * signs[e][b] * inverse.get(pa, position[rr[b]]);
						}
					}
				}
				double v = sigma[e] * sigma[e];
				value[e] = given[e] - v * adjust;
				double adjVar = v * v * q;
				variance[e] = Math.max(0, v - adjVar);
				if (adjVar > Reconciler.TOLERANCE * v) {
					classes[e] = Classification.REDUNDANT;
					z[e] = (given[e] - value[e]) / Math.sqrt(adjVar);
				}
			}
			List<String> unobservable = unknowns(group, value, variance, classes, l, position, rowOf, rowIndex);
			List<Result.Estimate> flows = new ArrayList<>();
			List<Result.Estimate> stocks = new ArrayList<>();
			for (int e = 0; e < n; e++) {
				Result.Estimate est = new Result.Estimate(ids.get(e), given[e], value[e],
						value[e] == null ? null : Math.sqrt(variance[e]), classes[e], z[e]);
				(e < flowCount ? flows : stocks).add(est);
			}
			double p = ChiSquare.pValue(chi2, m);
			return new Result(flows, stocks, balances(), chi2, m, p, p >= 0.05, 1, unobservable);
		}

		private static int row(Map<Integer, Integer> rowOf, int[] rowIndex, int group) {
			Integer r = rowOf.get(group);
			return r == null ? -1 : rowIndex[r];
		}

		private static void addTo(double[] rhs, Map<Integer, Integer> rowOf, int group, double v) {
			Integer r = rowOf.get(group);
			if (r != null) {
				rhs[r] += v;
			}
		}

		/** Union-find of the nodes over the unknown flows. */
		private int[] groups() {
			int[] parent = new int[nodes];
			for (int i = 0; i < nodes; i++) {
				parent[i] = i;
			}
			for (int e = 0; e < ids.size(); e++) {
				if (unknown(e)) {
					int a = find(parent, from[e]);
					int b = find(parent, to[e]);
					if (a != b) {
						parent[a] = b;
					}
				}
			}
			int[] group = new int[nodes];
			for (int i = 0; i < nodes; i++) {
				group[i] = find(parent, i);
			}
			return group;
		}

		private static int find(int[] parent, int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		/**
		 * The merged balances of a component that no measured flow joins to the environment sum to zero: one of them
		 * is dropped. A balance no measured flow enters must hold by its exact values, else the model contradicts.
		 */
		private boolean[] independentRows(int rows, Map<Integer, Integer> rowOf, int[] group, int envGroup,
				List<Integer> crossing, double[] rhs) {
			int[] parent = new int[rows + 1];
			for (int i = 0; i <= rows; i++) {
				parent[i] = i;
			}
			for (int e : crossing) {
				int a = group[to[e]] == envGroup ? rows : rowOf.get(group[to[e]]);
				int b = group[from[e]] == envGroup ? rows : rowOf.get(group[from[e]]);
				int ra = find(parent, a);
				int rb = find(parent, b);
				if (ra != rb) {
					parent[ra] = rb;
				}
			}
			boolean[] keep = new boolean[rows];
			Arrays.fill(keep, true);
			Map<Integer, Double> componentRhs = new HashMap<>();
			Map<Integer, Integer> dropped = new HashMap<>();
			int envRoot = find(parent, rows);
			for (int r = 0; r < rows; r++) {
				int root = find(parent, r);
				if (root != envRoot) {
					componentRhs.merge(root, rhs[r], Double::sum);
					if (!dropped.containsKey(root)) {
						dropped.put(root, r);
						keep[r] = false;
					}
				}
			}
			double scale = 1;
			for (Double g : given) {
				if (g != null) {
					scale = Math.max(scale, Math.abs(g));
				}
			}
			for (Map.Entry<Integer, Double> c : componentRhs.entrySet()) {
				if (Math.abs(c.getValue()) > 1e-9 * scale) {
					List<String> involved = new ArrayList<>();
					for (int v = 0; v < env; v++) {
						Integer r = rowOf.get(group[v]);
						if (r != null && find(parent, r) == c.getKey()) {
							involved.add(model.processes().get(v));
						}
					}
					throw new ModelException("mfa.contradiction", involved);
				}
			}
			return keep;
		}

		/** Unknown flows: bridges of their group's unknown flows are computed, the others are unobservable. */
		private List<String> unknowns(int[] group, Double[] value, double[] variance, Classification[] classes,
				DMatrixSparseCSC l, int[] position, Map<Integer, Integer> rowOf, int[] rowIndex) {
			int n = ids.size();
			List<List<Integer>> incident = new ArrayList<>();
			for (int v = 0; v < nodes; v++) {
				incident.add(new ArrayList<>());
			}
			for (int e = 0; e < n; e++) {
				incident.get(from[e]).add(e);
				incident.get(to[e]).add(e);
			}
			// the known net inflow of each node, from reconciled and exact values
			double[] knownNet = new double[nodes];
			for (int e = 0; e < n; e++) {
				if (!unknown(e)) {
					knownNet[to[e]] += value[e];
					knownNet[from[e]] -= value[e];
				}
			}
			int[] tin = new int[nodes];
			int[] low = new int[nodes];
			int[] parentEdge = new int[nodes];
			double[] subtree = new double[nodes];
			Arrays.fill(tin, -1);
			int timer = 0;
			List<Integer> bridges = new ArrayList<>();
			List<int[]> bridgeChild = new ArrayList<>();
			// roots: the environment first, so that every side cut off leaves it out
			List<Integer> roots = new ArrayList<>();
			roots.add(env);
			for (int v = 0; v < env; v++) {
				roots.add(v);
			}
			int[] preorder = new int[nodes];
			int[] subtreeEnd = new int[nodes];
			for (int root : roots) {
				if (tin[root] >= 0) {
					continue;
				}
				ArrayDeque<int[]> stack = new ArrayDeque<>();
				tin[root] = low[root] = timer;
				preorder[timer++] = root;
				parentEdge[root] = -1;
				stack.push(new int[] { root, 0 });
				while (!stack.isEmpty()) {
					int[] frame = stack.peek();
					int v = frame[0];
					List<Integer> edges = incident.get(v);
					if (frame[1] < edges.size()) {
						int e = edges.get(frame[1]++);
						if (!unknown(e) || e == parentEdge[v]) {
							continue;
						}
						int w = from[e] == v ? to[e] : from[e];
						if (w == v) {
							continue;
						}
						if (tin[w] < 0) {
							parentEdge[w] = e;
							tin[w] = low[w] = timer;
							preorder[timer++] = w;
							stack.push(new int[] { w, 0 });
						}
						else {
							low[v] = Math.min(low[v], tin[w]);
						}
					}
					else {
						stack.pop();
						subtree[v] += knownNet[v];
						subtreeEnd[v] = timer;
						if (parentEdge[v] >= 0) {
							int e = parentEdge[v];
							int u = from[e] == v ? to[e] : from[e];
							low[u] = Math.min(low[u], low[v]);
							subtree[u] += subtree[v];
							if (low[v] > tin[u]) {
								bridges.add(e);
								bridgeChild.add(new int[] { e, v });
							}
						}
					}
				}
			}
			tinCache = tin;
			Set<Integer> bridgeSet = new HashSet<>(bridges);
			Map<Integer, List<String>> cycles = new HashMap<>();
			for (int e = 0; e < n; e++) {
				if (unknown(e) && !bridgeSet.contains(e)) {
					classes[e] = Classification.UNOBSERVABLE;
					cycles.computeIfAbsent(group[from[e]], g -> new ArrayList<>()).add(ids.get(e));
				}
			}
			// values and variances of the bridges
			DGrowArray gx = new DGrowArray();
			IGrowArray gxi = new IGrowArray();
			IGrowArray gw = new IGrowArray();
			for (int[] bc : bridgeChild) {
				int e = bc[0];
				int child = bc[1];
				// inflow into the cut-off side plus the bridge's own contribution balances to zero
				boolean intoChild = to[e] == child;
				value[e] = intoChild ? -subtree[child] : subtree[child];
				classes[e] = Classification.OBSERVABLE;
				variance[e] = sideVariance(child, tin[child], subtreeEnd[child], preorder, incident, e, group, l, position,
						rowOf, rowIndex, gx, gxi, gw);
			}
			List<String> out = new ArrayList<>();
			cycles.values().forEach(c -> out.add(String.join(", ", c)));
			return out;
		}

		/** Var of the net known inflow into the side [start, end) of the preorder (the subtree of a bridge). */
		private double sideVariance(int child, int start, int end, int[] preorder, List<List<Integer>> incident,
				int bridge, int[] group, DMatrixSparseCSC l, int[] position, Map<Integer, Integer> rowOf,
				int[] rowIndex, DGrowArray gx, IGrowArray gxi, IGrowArray gw) {
			double direct = 0;
			Map<Integer, Double> g = new HashMap<>();
			for (int t = start; t < end; t++) {
				int v = preorder[t];
				for (int e : incident.get(v)) {
					if (unknown(e) || !measured(e)) {
						continue;
					}
					boolean fromInside = inSide(from[e], start, end);
					boolean toInside = inSide(to[e], start, end);
					if (fromInside == toInside || (fromInside && from[e] != v) || (toInside && to[e] != v)) {
						continue;
					}
					double d = toInside ? 1 : -1;
					double var = sigma[e] * sigma[e];
					direct += var;
					int r1 = row(rowOf, rowIndex, group[to[e]]);
					int r2 = row(rowOf, rowIndex, group[from[e]]);
					if (r1 >= 0) {
						g.merge(position[r1], var * d, Double::sum);
					}
					if (r2 >= 0) {
						g.merge(position[r2], -var * d, Double::sum);
					}
				}
			}
			if (g.isEmpty() || l.numCols == 0) {
				return direct;
			}
			DMatrixSparseCSC b = new DMatrixSparseCSC(l.numCols, 1, g.size());
			g.forEach((r, v) -> b.set(r, 0, v));
			DMatrixSparseCSC x = new DMatrixSparseCSC(l.numCols, 1, g.size());
			TriangularSolver_DSCC.solve(l, true, b, x, null, gx, gxi, gw);
			double quad = 0;
			for (int i = 0; i < x.nz_length; i++) {
				quad += x.nz_values[i] * x.nz_values[i];
			}
			return Math.max(0, direct - quad);
		}

		private int[] tinCache;

		private boolean inSide(int v, int start, int end) {
			int t = tinCache[v];
			return t >= start && t < end;
		}

		private List<Result.Balance> balances() {
			double[] net = new double[nodes];
			double[] var = new double[nodes];
			boolean[] complete = new boolean[nodes];
			Arrays.fill(complete, true);
			for (int e = 0; e < ids.size(); e++) {
				for (int side = 0; side < 2; side++) {
					int v = side == 0 ? to[e] : from[e];
					if (given[e] == null) {
						complete[v] = false;
					}
					else {
						net[v] += side == 0 ? given[e] : -given[e];
						var[v] += sigma[e] * sigma[e];
					}
				}
			}
			List<Result.Balance> out = new ArrayList<>();
			for (int v = 0; v < env; v++) {
				double sd = Math.sqrt(var[v]);
				out.add(complete[v] ? new Result.Balance(model.processes().get(v), net[v], sd, sd > 0 ? net[v] / sd : null)
						: new Result.Balance(model.processes().get(v), null, null, null));
			}
			return out;
		}
	}
}
