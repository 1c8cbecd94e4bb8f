package org.parkloop.funds.grants;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funds 资金", description = "Fund programmes, subsidy applications, decisions, disbursements and the ledger (R19)")
class FundsApiController {

	private final Programmes programmes;
	private final Applications applications;
	private final Payments payments;
	private final Reversals reversals;
	private final DischargeFees fees;
	private final java.time.Clock clock;
	private final FundsWorkbook workbook;
	private final Pilots pilots;
	private final Recommendations recommendations;

	FundsApiController(Programmes programmes, Applications applications, Payments payments, Reversals reversals,
			DischargeFees fees, java.time.Clock clock, FundsWorkbook workbook, Pilots pilots,
			Recommendations recommendations) {
		this.recommendations = recommendations;
		this.pilots = pilots;
		this.workbook = workbook;
		this.clock = clock;
		this.fees = fees;
		this.reversals = reversals;
		this.programmes = programmes;
		this.applications = applications;
		this.payments = payments;
	}

	@PostMapping("/api/v1/funds/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A fund programme with its first year's budget in 元 (CITY); optional capShare (default 0.3), "
			+ "categories (R19's three by default) and announcementDays (default 7)")
	Programmes.Programme create(@RequestBody Programmes.Command body) {
		return programmes.create(body);
	}

	@GetMapping("/api/v1/funds/programmes")
	List<Programmes.Programme> programmes() {
		return programmes.all();
	}

	@PutMapping("/api/v1/funds/programmes/{id}/budgets/{year}")
	@Operation(summary = "Set a year's budget (CITY); not below what is committed and paid")
	Programmes.Programme budget(@PathVariable long id, @PathVariable int year, @RequestBody Programmes.Budget body) {
		return programmes.budget(id, year, body);
	}

	@PostMapping("/api/v1/funds/applications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply for a key project of the park's approved plan (the park's office or CITY); 409 with "
			+ "every failing point of R19")
	FundApplication apply(@RequestBody Applications.Command body) {
		return applications.apply(body);
	}

	@GetMapping("/api/v1/funds/applications")
	List<FundApplication> list(@RequestParam(required = false) String parkCode) {
		return applications.list(parkCode);
	}

	@GetMapping("/api/v1/funds/applications/export")
	@Operation(summary = "The applications the caller reads (optionally of one park) as .xlsx: asked, granted, paid, "
			+ "paid back and outstanding per park and project")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String parkCode,
			java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("subsidies.xlsx",
				workbook.write(applications.list(parkCode), programmes.all(), locale));
	}

	@GetMapping("/api/v1/funds/applications/{id}")
	FundApplication get(@PathVariable long id) {
		return applications.get(id);
	}

	@GetMapping("/api/v1/funds/applications/{id}/eligibility")
	@Operation(summary = "R19's points as of the application's date, passing or not")
	List<Applications.Point> eligibility(@PathVariable long id) {
		return applications.eligibility(id);
	}

	@PostMapping("/api/v1/funds/applications/{id}/decide")
	@Operation(summary = "Approve an amount from one budget year in instalments tied to milestones, or reject with "
			+ "reasons (CITY); 409 when the budget's free amount is short")
	FundApplication decide(@PathVariable long id, @RequestBody Payments.Decision body) {
		return payments.decide(id, body);
	}

	@PostMapping("/api/v1/funds/applications/{id}/disbursements")
	@Operation(summary = "Pay (part of) an instalment (CITY): after the announcement, once its milestone is reached")
	FundApplication disburse(@PathVariable long id, @RequestBody Payments.Disbursement body) {
		return payments.disburse(id, body);
	}

	@PostMapping("/api/v1/funds/applications/{id}/cancel")
	@Operation(summary = "Cancel an approval (CITY): what is committed and not paid is released")
	FundApplication cancel(@PathVariable long id, @RequestBody Reversals.Cancellation body) {
		return reversals.cancel(id, body);
	}

	@PostMapping("/api/v1/funds/applications/{id}/repayments")
	@Operation(summary = "Money paid back (CITY), e.g. by a park that failed its acceptance: lowers what was paid")
	FundApplication repay(@PathVariable long id, @RequestBody Reversals.Repayment body) {
		return reversals.repay(id, body);
	}

	@GetMapping("/api/v1/funds/parks/{code}/discharge-fees")
	@Operation(summary = "The solid-waste discharge fee (until 2017) or environmental protection tax (from 2018) on each "
			+ "enterprise's reported discharge in a year, and the park's total; informational")
	DischargeFees.Statement fees(@PathVariable String code, @RequestParam(required = false) Integer year,
			java.util.Locale locale) {
		return fees.of(code, year == null ? java.time.LocalDate.now(clock).getYear() - 1 : year,
				"en".equals(locale.getLanguage()));
	}

	@GetMapping("/api/v1/funds/pilots")
	@Operation(summary = "Pilot enterprises (试点企业) of the parks the caller reads as an office")
	List<Pilots.Pilot> pilots() {
		return pilots.all();
	}

	@PutMapping("/api/v1/funds/pilots/{creditCode}")
	@Operation(summary = "Designate a pilot enterprise on a date (CITY): its park must be a provincial-or-higher "
			+ "demonstration park that day")
	Pilots.Pilot designate(@PathVariable String creditCode, @RequestBody Pilots.Command body) {
		return pilots.designate(creditCode, body);
	}

	@PostMapping("/api/v1/funds/pilots/{creditCode}/revoke")
	Pilots.Pilot revoke(@PathVariable String creditCode, @RequestBody Pilots.Command body) {
		return pilots.revoke(creditCode, body);
	}

	@GetMapping("/api/v1/funds/recommendations")
	List<Recommendations.Recommendation> recommendations(@RequestParam(required = false) String parkCode) {
		return recommendations.list(parkCode);
	}

	@PostMapping("/api/v1/funds/recommendations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Recommend a listed key project to a provincial or central programme (CITY)")
	Recommendations.Recommendation recommend(@RequestBody Recommendations.Command body) {
		return recommendations.recommend(body);
	}

	@PostMapping("/api/v1/funds/recommendations/{id}/outcome")
	@Operation(summary = "The programme's outcome: GRANTED with the amount, or DECLINED (CITY)")
	Recommendations.Recommendation outcome(@PathVariable long id, @RequestBody Recommendations.OutcomeCommand body) {
		return recommendations.outcome(id, body);
	}

	@GetMapping("/api/v1/funds/ledger")
	@Operation(summary = "A programme-year's budget, committed, paid and free, with every entry (CITY)")
	Programmes.LedgerView ledger(@RequestParam(required = false) Long programme,
			@RequestParam(required = false) Integer year) {
		return programmes.ledger(programme, year);
	}
}
