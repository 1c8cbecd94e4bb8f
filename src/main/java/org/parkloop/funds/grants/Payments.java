package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Refused;
import org.parkloop.transformation.KeyProjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CITY's decisions on applications and the payments (R19). An approval commits the amount in one budget year (refused
 * when the year's free amount is short) in instalments tied to the project's milestones and is announced (公示) for
 * the programme's days; an instalment is paid after the announcement, once its milestone is reached, from the
 * approval's commitment whatever the payment's date.
 */
@Service
@Transactional
class Payments {

	record Instalment(@DecimalMax("1e15") BigDecimal amount, @Min(1) @Max(Long.MAX_VALUE) Long milestone) {
	}

	record Decision(@Size(max = 8) String outcome, @DecimalMax("1e15") BigDecimal amount, @Min(2000) @Max(2100) Integer year,
			@Size(max = 20) List<@Valid Instalment> instalments, @Size(max = 2000) String comment, LocalDate date) {
	}

	record Disbursement(@DecimalMax("1e15") BigDecimal amount, @Min(1) @Max(Long.MAX_VALUE) Long milestone, LocalDate date,
			@Size(max = 100) String reference) {
	}

	private final FundApplicationStore store;
	private final Applications applications;
	private final Programmes programmes;
	private final Ledger ledger;
	private final KeyProjects projects;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Payments(FundApplicationStore store, Applications applications, Programmes programmes, Ledger ledger,
			KeyProjects projects, ParkAccess access, CurrentCaller callers, Audit audit, Clock clock) {
		this.store = store;
		this.applications = applications;
		this.programmes = programmes;
		this.ledger = ledger;
		this.projects = projects;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	FundApplication decide(long id, Decision c) {
		access.checkCity();
		FundApplication a = applications.get(id);
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		FundApplication.Status outcome = Inputs.constant(FundApplication.Status.class, c.outcome(), "outcome", "funds.outcome",
				problems);
		LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
		if (date.isAfter(LocalDate.now(clock)) || date.isBefore(a.appliedOn())) {
			problems.add(new FieldProblem("date", "funds.decisionDate", a.appliedOn()));
		}
		if (outcome == FundApplication.Status.SUBMITTED) {
			problems.add(new FieldProblem("outcome", "funds.outcome"));
		}
		if (outcome == FundApplication.Status.REJECTED && (c.comment() == null || c.comment().isBlank())) {
			problems.add(new FieldProblem("comment", "funds.rejectionReason"));
		}
		if (a.status() != FundApplication.Status.SUBMITTED) {
			throw new Refused("outcome", List.of(Refused.Reason.of("funds.decided", "R19", a.status())));
		}
		List<Instalment> instalments = new ArrayList<>();
		BigDecimal amount = c.amount() == null ? a.amount() : c.amount();
		int year = c.year() == null ? a.appliedOn().getYear() : c.year();
		KeyProjects.Project project = a.projectId() == null ? null
				: projects.project(a.parkCode(), a.projectId(), a.appliedOn()).orElseThrow();
		List<KeyProjects.Milestone> milestones = project == null ? List.of() : project.milestones();
		if (outcome == FundApplication.Status.APPROVED) {
			if (!Money.positive(amount) || amount.compareTo(a.amount()) > 0) {
				problems.add(new FieldProblem("amount", "funds.grant", a.amount().toPlainString()));
			}
			instalments.addAll(c.instalments() == null || c.instalments().isEmpty()
					? List.of(new Instalment(amount, milestones.isEmpty() ? null : milestones.get(milestones.size() - 1).id()))
					: c.instalments());
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < instalments.size(); i++) {
				Instalment x = instalments.get(i);
				if (!Money.positive(x.amount())) {
					problems.add(new FieldProblem("instalments[" + i + "].amount", "funds.amount"));
				}
				else {
					sum = sum.add(x.amount());
				}
				// a project's instalments are tied to its milestones; a pilot enterprise's to none
				if (project == null ? x.milestone() != null
						: x.milestone() == null || milestones.stream().noneMatch(m -> m.id() == x.milestone())) {
					problems.add(new FieldProblem("instalments[" + i + "].milestone", "funds.milestone", a.projectName()));
				}
			}
			if (problems.isEmpty() && sum.compareTo(amount) != 0) {
				problems.add(new FieldProblem("instalments", "funds.instalmentsSum", sum.toPlainString(), amount.toPlainString()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String by = callers.get().username();
		if (outcome == FundApplication.Status.REJECTED) {
			store.decide(id, outcome, null, null, date, null, c.comment().strip(), by);
			audit.record("DECIDE", "fund_application", String.valueOf(id), "REJECTED " + c.comment().strip());
			return store.get(id);
		}
		Programmes.Programme programme = programmes.get(a.programmeId());
		ledger.post(programme.id(), year, id, Ledger.Kind.COMMITMENT, amount, BigDecimal.ZERO, date, null,
				a.projectName(), by);
		if (!store.decide(id, outcome, amount, year, date, date.plusDays(programme.announcementDays()), c.comment(), by)) {
			throw new Refused("outcome", List.of(Refused.Reason.of("funds.decided", "R19", FundApplication.Status.APPROVED)));
		}
		for (int i = 0; i < instalments.size(); i++) {
			Long milestone = instalments.get(i).milestone();
			String name = milestones.stream().filter(m -> milestone != null && m.id() == milestone).findFirst()
				.map(KeyProjects.Milestone::name).orElse(null);
			store.instalment(id, i + 1, instalments.get(i).amount(), milestone, name);
		}
		audit.record("DECIDE", "fund_application", String.valueOf(id), "APPROVED " + amount.toPlainString() + " from "
				+ year + " in " + instalments.size() + " instalments");
		return store.get(id);
	}

	FundApplication disburse(long id, Disbursement c) {
		access.checkCity();
		FundApplication a = applications.get(id);
		Inputs.check(c);
		List<FieldProblem> problems = Money.movement(c.amount(), c.date(), c.reference(), LocalDate.now(clock));
		FundApplication.Instalment instalment = a.instalments().stream()
			.filter(x -> java.util.Objects.equals(c.milestone(), x.milestoneId())).findFirst().orElse(null);
		if (a.status() == FundApplication.Status.APPROVED && instalment == null) {
			problems.add(new FieldProblem("milestone", "funds.noInstalment"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (a.status() != FundApplication.Status.APPROVED) {
			throw new Refused("status", List.of(Refused.Reason.of("funds.notApproved", "R19", a.status())));
		}
		List<Refused.Reason> reasons = new ArrayList<>();
		if (!c.date().isAfter(a.announcedUntil())) {
			reasons.add(Refused.Reason.of("funds.announcement", "R19", a.announcedUntil()));
		}
		LocalDate reached = c.milestone() == null ? c.date() : projects.reachedOn(c.milestone()).orElse(null);
		if (reached == null || reached.isAfter(c.date())) {
			reasons.add(Refused.Reason.about("MILESTONE", String.valueOf(c.milestone()), "funds.milestoneNotReached",
					instalment.milestoneName(), c.date()));
		}
		if (c.amount().compareTo(instalment.amount().subtract(instalment.paid())) > 0) {
			reasons.add(Refused.Reason.of("funds.overpaid", "R19", instalment.amount().subtract(instalment.paid())
				.toPlainString()));
		}
		if (!reasons.isEmpty()) {
			throw new Refused("milestone", reasons);
		}
		if (!store.pay(id, instalment.seq(), c.amount())) {
			throw new Refused("amount", List.of(Refused.Reason.of("funds.overpaid", "R19", "0")));
		}
		ledger.post(a.programmeId(), a.budgetYear(), id, Ledger.Kind.DISBURSEMENT, c.amount().negate(), c.amount(),
				c.date(), c.reference().strip(), instalment.milestoneName(), callers.get().username());
		audit.record("PAY", "fund_application", String.valueOf(id), c.amount().toPlainString() + " " + c.reference().strip());
		return store.get(id);
	}
}
