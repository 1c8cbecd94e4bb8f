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
import org.parkloop.materialflow.engine.BenchmarkNetworks;
import org.parkloop.materialflow.engine.Model;
import org.parkloop.materialflow.model.ModelDocument;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.FieldProblem;

/**
 * The declared limits of a request body checked on the largest thing the API takes: the issue-4 benchmark network as
 * the JSON document of {@code POST /api/v1/mfa/reconcile} (every process and flow, every id and number).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class InputLimitsBenchmark {

	@Param({ "2000", "100000" })
	public int processes;

	private ModelDocument document;

	@Setup
	public void generate() {
		Model m = BenchmarkNetworks.generate(processes, 2026).model();
		document = new ModelDocument(m.processes().stream().map(p -> new ModelDocument.ProcessJson(p, null)).toList(),
				m.flows().stream()
					.map(f -> new ModelDocument.FlowJson(f.id(), f.from(), f.to(), f.value(), f.sigma(), null))
					.toList(),
				List.of(), List.of(), List.of(), false);
	}

	/** The same limits checked by Hibernate Validator (cascading with {@code @Valid}), which Inputs replaced. */
	private jakarta.validation.Validator validator;

	@Setup
	public void validator() {
		validator = jakarta.validation.Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
			.buildValidatorFactory()
			.getValidator();
	}

	@Benchmark
	public List<FieldProblem> declaredLimits() {
		return Inputs.problems(document);
	}

	@Benchmark
	public int hibernateValidator() {
		return validator.validate(document).size();
	}
}
