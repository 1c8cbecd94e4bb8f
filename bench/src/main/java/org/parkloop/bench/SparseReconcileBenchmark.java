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
import org.parkloop.materialflow.engine.BenchmarkNetworks;
import org.parkloop.materialflow.engine.Model;
import org.parkloop.materialflow.engine.SparseReconciler;
import org.parkloop.materialflow.engine.Result;

/**
 * Reconciliation of the issue-4 benchmark network (reconciled values, the standard deviation of every reconciled and
 * computed flow, classification, χ² test) with the sparse engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class SparseReconcileBenchmark {

	@Param({ "2000", "20000", "100000" })
	public int processes;

	private Model model;

	@Setup
	public void generate() {
		model = BenchmarkNetworks.generate(processes, 2026).model();
	}

	@Benchmark
	public Result sparseReconciliation() {
		return SparseReconciler.reconcile(model);
	}
}
