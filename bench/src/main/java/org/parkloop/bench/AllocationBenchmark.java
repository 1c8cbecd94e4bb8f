package org.parkloop.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parkloop.exchange.engine.Allocation;
import org.parkloop.exchange.engine.Allocator;
import org.parkloop.exchange.engine.Market;
import org.parkloop.exchange.engine.MarketGenerator;

/** The exchange allocation on the issue-5 benchmark markets: optimal (OR-Tools min-cost flow) and greedy. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class AllocationBenchmark {

	@Param({ "1000", "3000", "10000" })
	public int n;

	private Market market;

	@Setup
	public void generate() {
		market = MarketGenerator.generate(n, 2026);
	}

	@Benchmark
	public Allocation optimal() {
		return Allocator.optimal(market);
	}

	@Benchmark
	public Allocation greedy() {
		return Allocator.greedy(market);
	}

	/** The gap of greedy to the optimum and the number of allowed pairs, per size. */
	public static void main(String[] args) {
		for (String arg : args) {
			Market m = MarketGenerator.generate(Integer.parseInt(arg), 2026);
			long t0 = System.nanoTime();
			Allocation best = Allocator.optimal(m);
			long t1 = System.nanoTime();
			Allocation greedy = Allocator.greedy(m);
			long t2 = System.nanoTime();
			String independent = "not run (int overflow above n = 3,000)";
			if (Integer.parseInt(arg) <= 3000) {
				long t3 = System.nanoTime();
				double other = org.parkloop.exchange.engine.IndependentSolver.optimum(m);
				independent = String.format("%.0f (%.2f s)", other, (System.nanoTime() - t3) / 1e9);
			}
			System.out.printf("n=%s pairs=%d optimal=%.0f (%.2f s) JGraphT=%s greedy=%.0f (%.2f s) gap=%.2f%% "
					+ "diverted=%.0f t / %.0f t%n", arg, org.parkloop.exchange.engine.Candidates.of(m).size(),
					best.objective(), (t1 - t0) / 1e9, independent, greedy.objective(), (t2 - t1) / 1e9,
					100 * (best.objective() - greedy.objective()) / best.objective(), best.divertedTonnes(),
					greedy.divertedTonnes());
		}
	}
}
