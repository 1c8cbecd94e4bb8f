package org.parkloop.reporting.assessment;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published assessments, newest year first, for the public page (whoever reads it). */
@Component
public class PublishedAssessments {

	private final AssessmentStore store;

	PublishedAssessments(AssessmentStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<Assessment> all() {
		var grades = store.grades();
		return store.ids(null, true).stream().map(id -> Assessment.of(store.scheme(id), store.result(id), grades)).toList();
	}
}
