package org.parkloop.transformation.plan;

import java.util.Optional;

import org.parkloop.materialflow.ModelReferences;
import org.parkloop.platform.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A material flow model a plan rests on (R14) is not deleted while the plan is in the making or in force. */
@Component
class PlanModelReferences implements ModelReferences {

	private final JdbcClient jdbc;
	private final Messages messages;

	PlanModelReferences(JdbcClient jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Optional<String> referenceTo(long modelId) {
		return jdbc.sql("""
				select id, revision from plan where model_id = ? and status not in ('SUPERSEDED', 'REJECTED')
				order by id limit 1""")
			.param(modelId)
			.query((rs, n) -> messages.get("plan.reference", rs.getLong(1), rs.getInt(2))).optional();
	}
}
