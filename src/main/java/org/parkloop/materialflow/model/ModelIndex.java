package org.parkloop.materialflow.model;

import java.util.Optional;

import org.parkloop.materialflow.ParkModelIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers which park and year a model is of, for the records of other modules that rest on one. */
@Component
class ModelIndex implements ParkModelIndex {

	private final JdbcClient jdbc;

	ModelIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ModelRef> find(long id) {
		return jdbc.sql("select id, park_code, year, scenario, name from mfa_model where id = ? and deleted_at is null")
			.param(id)
			.query((rs, n) -> new ModelRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
			.optional();
	}
}
