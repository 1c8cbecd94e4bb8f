package org.parkloop.materialflow.model;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parkloop.materialflow.engine.Result;
import org.parkloop.materialflow.engine.SparseReconciler;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sankey diagram of a model with a recycle draws every flow, the recycle into a copy of its target. */
class SankeyViewTest {

	@Test
	void aRecycleIsDrawnIntoACopyOfItsTarget() {
		ModelDocument doc = new ModelDocument(
				List.of(new ModelDocument.ProcessJson("mill", "轧钢"), new ModelDocument.ProcessJson("sorter", "分选")),
				List.of(new ModelDocument.FlowJson("feed", null, "mill", 100.0, 1.0, null),
						new ModelDocument.FlowJson("scrap", "mill", "sorter", 30.0, 1.0, null),
						new ModelDocument.FlowJson("back", "sorter", "mill", 25.0, 1.0, null),
						new ModelDocument.FlowJson("product", "mill", null, 95.0, 1.0, null),
						new ModelDocument.FlowJson("waste", "sorter", null, 5.0, 1.0, null),
						new ModelDocument.FlowJson("none", "sorter", null, 0.0, 0.0, null)),
				List.of(), List.of(), List.of(), false);
		Result r = SparseReconciler.reconcile(doc.toModel());
		SankeyView view = SankeyView.of(doc, r, "in", "out");
		assertThat(view.notDrawn()).containsExactly("none");
		assertThat(view.links()).extracting(SankeyView.Link::flow).containsExactly("feed", "scrap", "back", "product", "waste");
		SankeyView.Link back = view.links().get(2);
		assertThat(back.source()).isEqualTo("sorter");
		assertThat(back.target()).isEqualTo("mill" + SankeyView.RECYCLE + "back");
		assertThat(view.nodes()).extracting(SankeyView.Node::label).contains("↺ 轧钢");
		// no cycle is left for ECharts: no link leaves a copy
		assertThat(view.links()).noneMatch(l -> l.source().contains(SankeyView.RECYCLE));
	}
}
