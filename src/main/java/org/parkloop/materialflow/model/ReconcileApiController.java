package org.parkloop.materialflow.model;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.materialflow.engine.ModelException;
import org.parkloop.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation without storage, for scripts and other tools. */
@RestController
@RequestMapping("/api/v1/mfa")
@Tag(name = "Material flow analysis 物质流分析", description = "Balance check and data reconciliation with uncertainty")
class ReconcileApiController {

	private final Messages messages;

	ReconcileApiController(Messages messages) {
		this.messages = messages;
	}

	@PostMapping("/reconcile")
	@Operation(summary = "Reconcile a model's goods layer: adjusted and computed values with their standard deviations, "
			+ "classification, normalised residuals and the global χ² test")
	ModelDocument.ResultJson reconcile(@RequestBody ModelDocument json) {
		org.parkloop.platform.Inputs.check(json);
		return json.reconcile();
	}

	@ExceptionHandler(ModelException.class)
	ProblemDetail invalidModel(ModelException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get(e.reason(), String.join(", ", e.ids())));
		p.setTitle(messages.get("problem.invalidTitle"));
		p.setProperty("ids", e.ids());
		return p;
	}
}
