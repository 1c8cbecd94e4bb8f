package org.parkloop.registry.consultancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.FieldProblem;

/** What CITY sends to register or change a consultancy (the API's fields, the form's and the import's columns). */
record ConsultancyCommand(@Size(max = 64) String creditCode, @Size(max = 200) String name, @Size(max = 8) String grade,
		@Size(max = 64) String certificateNumber, LocalDate certificateValidUntil,
		@Min(0) @Max(Integer.MAX_VALUE) Long version) {

	static final Set<String> GRADES = Set.of("A", "B", "C");

	/** The grade as people write it: A/B/C, 甲级/乙级/丙级 or 甲/乙/丙. */
	ConsultancyCommand normalized() {
		String g = grade == null ? null : switch (grade.strip()) {
			case "甲级", "甲", "a" -> "A";
			case "乙级", "乙", "b" -> "B";
			case "丙级", "丙", "c" -> "C";
			default -> grade.strip();
		};
		return new ConsultancyCommand(creditCode == null ? null : creditCode.strip().toUpperCase(java.util.Locale.ROOT),
				name == null ? null : name.strip(), g, certificateNumber == null ? null : certificateNumber.strip(),
				certificateValidUntil, version);
	}

	/** Every problem, naming its field. */
	List<FieldProblem> problems() {
		List<FieldProblem> p = new ArrayList<>(Inputs.problems(this));
		if (!p.isEmpty()) {
			return p;
		}
		if (creditCode == null || creditCode.isBlank()) {
			p.add(new FieldProblem("creditCode", "validation.required"));
		}
		else {
			CreditCode.Problem problem = CreditCode.check(creditCode);
			if (problem != null) {
				p.add(new FieldProblem("creditCode", problem.messageKey(), creditCode));
			}
		}
		if (name == null || name.isBlank()) {
			p.add(new FieldProblem("name", "validation.required"));
		}
		if (grade == null || !GRADES.contains(grade)) {
			p.add(new FieldProblem("grade", "consultancy.grade"));
		}
		if (certificateNumber == null || certificateNumber.isBlank()) {
			p.add(new FieldProblem("certificateNumber", "validation.required"));
		}
		if (certificateValidUntil == null) {
			p.add(new FieldProblem("certificateValidUntil", "validation.required"));
		}
		return p;
	}
}
