package org.parkloop.bench;

import java.util.List;
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
import org.parkloop.exchange.engine.Market;
import org.parkloop.exchange.engine.MarketGenerator;
import org.parkloop.exchange.engine.Ranking;

/**
 * The ranked candidates of one listing on the issue-5 benchmark markets, scanning the whole other side (the platform
 * first narrows it to the listings of the same materials in SQL, so this is the worst case of the engine's part).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class RankingBenchmark {

	@Param({ "1000", "10000" })
	public int n;

	private Market market;
	private int next;

	@Setup
	public void generate() {
		market = MarketGenerator.generate(n, 2026);
	}

	@Benchmark
	public List<Ranking.Match> offer() {
		next = (next + 1) % n;
		return Ranking.forOffer(market, next);
	}

	@Benchmark
	public List<Ranking.Match> want() {
		next = (next + 1) % n;
		return Ranking.forWant(market, next);
	}
}
