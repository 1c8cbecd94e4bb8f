package org.parkloop.shared;

import java.util.List;

/** A request's input broke one or more rules; nothing was changed. */
public class InvalidInput extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
