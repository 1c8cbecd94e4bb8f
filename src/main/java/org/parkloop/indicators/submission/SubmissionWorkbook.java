package org.parkloop.indicators.submission;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Column;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.RowError;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.platform.Workbooks;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The park-wide template: one row per enterprise of the park and item, for a year. The park's office downloads it,
 * fills it and uploads it: all or nothing, with every row's errors. Each enterprise's values become its revision
 * entered on its behalf (a new draft, the park's draft replaced, or a correction of the accepted revision), accepted
 * by CITY; an enterprise whose values are unchanged is left alone, so the export (the same columns, with the latest
 * values) uploads again without changing anything. An enterprise with its own submission under way is an error.
 */
@Service
class SubmissionWorkbook {

	static final List<Column> COLUMNS = List.of(
			new Column("creditCode", "统一社会信用代码", "Unified social credit code", true, "credit_code"),
			new Column("name", "企业名称", "Enterprise", false),
			new Column("item", "数据项代码", "Item code", true),
			new Column("itemName", "数据项", "Item", false),
			new Column("value", "数值", "Value", false),
			new Column("unit", "单位", "Unit", false),
			new Column("priceBaseYear", "不变价基期年份", "Price base year", false, "price_base_year"));

	private final SubmissionStore store;
	private final SubmissionInput input;
	private final SubmissionAccess access;
	private final EnterpriseRegistry enterprises;
	private final ParkAccess parks;
	private final CurrentCaller callers;
	private final Audit audit;

	SubmissionWorkbook(SubmissionStore store, SubmissionInput input, SubmissionAccess access,
			EnterpriseRegistry enterprises, ParkAccess parks, CurrentCaller callers, Audit audit) {
		this.store = store;
		this.input = input;
		this.access = access;
		this.enterprises = enterprises;
		this.parks = parks;
		this.callers = callers;
		this.audit = audit;
	}

	/** The template (values empty) or the export (each enterprise's latest revision's values, in their units). */
	@Transactional(readOnly = true)
	byte[] write(String parkCode, int year, boolean withValues, Locale locale) {
		ParkView park = parks.checkRead(parkCode);
		if (withValues ? !parks.canReadAsOffice(park) : !access.parkOffice(parkCode)) {
			throw new Forbidden(withValues ? "access.park" : "access.submission.parkEnters", parkCode);
		}
		List<IndicatorCatalogue.Item> items = input.items().values().stream().filter(i -> i.level().equals("ENTERPRISE"))
			.sorted(java.util.Comparator.comparing(IndicatorCatalogue.Item::code)).toList();
		List<List<Object>> rows = new ArrayList<>();
		for (EnterpriseRegistry.Listed e : enterprises(parkCode)) {
			Map<String, Submission.Value> latest = withValues ? latest(e.creditCode(), parkCode, year) : Map.of();
			for (IndicatorCatalogue.Item item : items) {
				Submission.Value v = latest.get(item.code());
				rows.add(java.util.Arrays.asList(e.creditCode(), e.name(), item.code(),
						"en".equals(locale.getLanguage()) ? item.nameEn() : item.nameZh(), v == null ? null : v.value(),
						v == null ? item.unit() : v.unit(), v == null ? null : v.priceBaseYear()));
			}
		}
		return Workbooks.write(String.valueOf(year), COLUMNS, rows, locale);
	}

	/** Reads the uploaded table and enters every enterprise's values, or nothing with the errors of every row. */
	@Transactional
	ImportResult importRows(String parkCode, int year, String fileName, InputStream in) {
		parks.checkRead(parkCode);
		if (!access.parkOffice(parkCode)) {
			throw new Forbidden("access.submission.parkEnters");
		}
		input.checkYear(year);
		Set<String> inPark = enterprises(parkCode).stream().map(EnterpriseRegistry.Listed::creditCode)
			.collect(Collectors.toSet());
		Map<String, IndicatorCatalogue.Item> items = input.items();
		List<RowError> errors = new ArrayList<>();
		Map<String, List<Submission.Value>> byEnterprise = new LinkedHashMap<>();
		Map<String, Integer> firstRow = new LinkedHashMap<>();
		Map<String, Integer> seen = new java.util.HashMap<>();
		for (Table.Row row : Tables.read(fileName, in, COLUMNS).rows()) {
			String code = row.get("creditCode");
			if (row.get("value") == null) {
				continue;
			}
			if (code == null || !inPark.contains(code)) {
				errors.add(new RowError(row.number(), "creditCode", "submission.import.notInPark", String.valueOf(code), parkCode));
				continue;
			}
			List<FieldProblem> problems = new ArrayList<>();
			BigDecimal value = row.decimal("value", problems);
			Integer base = row.integer("priceBaseYear", problems);
			if (!problems.isEmpty()) {
				problems.forEach(p -> errors.add(new RowError(row.number(), p.field(), p.messageKey(), p.args())));
				continue;
			}
			Integer earlier = seen.putIfAbsent(code + "/" + row.get("item"), row.number());
			if (earlier != null) {
				errors.add(new RowError(row.number(), "item", "submission.import.duplicate", row.get("item"), earlier));
				continue;
			}
			try {
				List<Submission.Value> read = input.read(
						List.of(new SubmissionInput.ValueInput(row.get("item"), value, row.get("unit"), base)), false, year,
						items);
				byEnterprise.computeIfAbsent(code, k -> new ArrayList<>()).addAll(read);
				firstRow.putIfAbsent(code, row.number());
			}
			catch (InvalidInput e) {
				e.problems().forEach(p -> errors.add(new RowError(row.number(), p.field().substring(p.field().lastIndexOf('.') + 1),
						p.messageKey(), p.args())));
			}
		}
		List<Write> writes = new ArrayList<>();
		byEnterprise.forEach((code, values) -> plan(code, parkCode, year, values, firstRow.get(code), errors, writes));
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		if (byEnterprise.isEmpty()) {
			throw new ImportRejected(List.of(new RowError(1, "value", "submission.import.noValues")));
		}
		writes.forEach(w -> w.run().run());
		audit.record("IMPORT", "ind_submission", parkCode + "/" + year, byEnterprise.size() + " enterprises, "
				+ writes.size() + " changed");
		int updated = (int) writes.stream().filter(Write::update).count();
		return new ImportResult(writes.size() - updated, updated);
	}

	/** One enterprise's values entered: a new revision, or its draft replaced ({@code update}). */
	private record Write(boolean update, Runnable run) {
	}

	/** What entering an enterprise's values means given its revisions: a write, nothing (unchanged), or an error. */
	private void plan(String code, String parkCode, int year, List<Submission.Value> values, int row,
			List<RowError> errors, List<Write> writes) {
		List<Submission> revisions = store.revisions(code, parkCode, year);
		Submission latest = revisions.isEmpty() ? null : revisions.get(0);
		String by = callers.get().username();
		if (latest == null) {
			writes.add(new Write(false, () -> enter(store.insert(code, parkCode, year, 1, true, by), values, "CREATE")));
		}
		else if (same(latest.values(), values)) {
			return;
		}
		else if (latest.status() == Submission.Status.ACCEPTED) {
			writes.add(new Write(false,
					() -> enter(store.insert(code, parkCode, year, latest.revision() + 1, true, by), values, "CORRECT")));
		}
		else if (!latest.onBehalf()) {
			errors.add(new RowError(row, "creditCode", "submission.import.enterpriseOwn", code, latest.id()));
		}
		else if (!latest.actions().contains(Submission.Action.EDIT)) {
			errors.add(new RowError(row, "creditCode", "submission.import.notEditable", code, latest.id()));
		}
		else {
			writes.add(new Write(true, () -> {
				store.claim(latest.id(), ExpectedVersion.ANY);
				store.move(latest.id(), latest.after(Submission.Action.EDIT), null, null, latest.comment(), null);
				enter(latest.id(), values, "UPDATE");
			}));
		}
	}

	private void enter(long id, List<Submission.Value> values, String action) {
		store.replaceValues(id, values);
		audit.record(action, "ind_submission", String.valueOf(id), "imported on behalf: "
				+ values.stream().map(v -> v.item() + "=" + v.value().toPlainString() + " " + v.unit()).toList());
	}

	private static boolean same(List<Submission.Value> a, List<Submission.Value> b) {
		Map<String, Submission.Value> x = a.stream().collect(Collectors.toMap(Submission.Value::item, v -> v));
		Map<String, Submission.Value> y = b.stream().collect(Collectors.toMap(Submission.Value::item, v -> v));
		return x.keySet().equals(y.keySet()) && x.values().stream().allMatch(v -> v.canonical()
			.compareTo(y.get(v.item()).canonical()) == 0 && java.util.Objects.equals(v.priceBaseYear(), y.get(v.item()).priceBaseYear()));
	}

	private Map<String, Submission.Value> latest(String creditCode, String parkCode, int year) {
		List<Submission> revisions = store.revisions(creditCode, parkCode, year);
		return revisions.isEmpty() ? Map.of()
				: revisions.get(0).values().stream().collect(Collectors.toMap(Submission.Value::item, v -> v));
	}

	private List<EnterpriseRegistry.Listed> enterprises(String parkCode) {
		return enterprises.in(parkCode).stream().sorted(java.util.Comparator.comparing(EnterpriseRegistry.Listed::creditCode))
			.toList();
	}
}
