package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.shared.FieldProblem;

/** Amounts of money in 元 as the funds take them: exact, at most two decimals (fen). */
final class Money {

	private Money() {
	}

	/** In fen exactly: at most two decimals. */
	static boolean inFen(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 2;
	}

	/** Above zero, in fen. */
	static boolean positive(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && inFen(amount);
	}

	/** A payment or a repayment: a positive amount, a day not in the future, a voucher's reference. */
	static List<FieldProblem> movement(BigDecimal amount, LocalDate date, String reference, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!positive(amount)) {
			problems.add(new FieldProblem("amount", "funds.amount"));
		}
		if (date == null || date.isAfter(today)) {
			problems.add(new FieldProblem("date", "funds.date"));
		}
		if (reference == null || reference.isBlank()) {
			problems.add(new FieldProblem("reference", "funds.reference"));
		}
		return problems;
	}
}
