package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money going back (R19), each a ledger entry of its own: an approval cancelled releases what is committed and not
 * paid (free again in its budget year); money paid back, e.g. by a park that failed its acceptance, lowers what was
 * paid in the approval's budget year. CITY only.
 */
@Service
@Transactional
class Reversals {

	record Cancellation(LocalDate date, @Size(max = 2000) String comment) {
	}

	record Repayment(@DecimalMax("1e15") BigDecimal amount, LocalDate date, @Size(max = 100) String reference,
			@Size(max = 2000) String comment) {
	}

	private final FundApplicationStore store;
	private final Applications applications;
	private final Ledger ledger;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Reversals(FundApplicationStore store, Applications applications, Ledger ledger, ParkAccess access,
			CurrentCaller callers, Audit audit, Clock clock) {
		this.store = store;
		this.applications = applications;
		this.ledger = ledger;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	FundApplication cancel(long id, Cancellation c) {
		access.checkCity();
		FundApplication a = applications.get(id);
		Inputs.check(c);
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock)) || c.date().isBefore(a.appliedOn())) {
			throw new InvalidInput(List.of(new FieldProblem("date", "funds.date")));
		}
		if (a.status() != FundApplication.Status.APPROVED || !store.cancel(id, c.comment(), callers.get().username())) {
			throw new Refused("status", List.of(Refused.Reason.of("funds.notApproved", "R19", a.status())));
		}
		BigDecimal open = a.granted().subtract(a.paid());
		if (open.signum() > 0) {
			ledger.post(a.programmeId(), a.budgetYear(), id, Ledger.Kind.CANCELLATION, open.negate(), BigDecimal.ZERO,
					c.date(), null, c.comment(), callers.get().username());
		}
		audit.record("CANCEL", "fund_application", String.valueOf(id), "released " + open.toPlainString());
		return store.get(id);
	}

	FundApplication repay(long id, Repayment c) {
		access.checkCity();
		FundApplication a = applications.get(id);
		Inputs.check(c);
		List<FieldProblem> problems = Money.movement(c.amount(), c.date(), c.reference(), LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (a.granted() == null || !store.repay(id, c.amount(), a.paid())) {
			BigDecimal left = a.granted() == null ? BigDecimal.ZERO : a.paid().subtract(a.repaid());
			throw new Refused("amount", List.of(Refused.Reason.of("funds.repayMoreThanPaid", "R19", left.toPlainString())));
		}
		ledger.post(a.programmeId(), a.budgetYear(), id, Ledger.Kind.REPAYMENT, BigDecimal.ZERO, c.amount().negate(),
				c.date(), c.reference().strip(), c.comment(), callers.get().username());
		audit.record("CHANGE", "fund_application", String.valueOf(id), "repaid " + c.amount().toPlainString());
		return store.get(id);
	}
}
