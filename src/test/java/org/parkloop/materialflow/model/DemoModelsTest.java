package org.parkloop.materialflow.model;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkloop.materialflow.engine.Classification;
import org.parkloop.materialflow.engine.Result;
import org.parkloop.materialflow.engine.SparseReconciler;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo parks' models are what a newcomer opens first: each reconciles, passes its test and draws every flow. */
class DemoModelsTest {

	static List<ModelDocument> models() {
		return List.of(DemoModels.etdz(), DemoModels.ouhai(), DemoModels.yueqing());
	}

	@ParameterizedTest
	@MethodSource("models")
	void eachDemoModelReconcilesAndIsDrawnWhole(ModelDocument doc) {
		assertThat(doc.problems()).isEmpty();
		Result r = SparseReconciler.reconcile(doc.toModel());
		assertThat(r.globalTestPassed()).as("χ² = %s with %s degrees of freedom", r.chiSquare(), r.degreesOfFreedom()).isTrue();
		assertThat(r.degreesOfFreedom()).isPositive();
		assertThat(r.flows()).allSatisfy(e -> {
			assertThat(e.classification()).isNotEqualTo(Classification.UNOBSERVABLE);
			assertThat(e.value()).isPositive();
		});
		SankeyView view = SankeyView.of(doc, r, "输入", "输出");
		assertThat(view.notDrawn()).isEmpty();
		assertThat(view.negative()).isEmpty();
		assertThat(view.links()).hasSize(doc.flows().size());
	}
}
