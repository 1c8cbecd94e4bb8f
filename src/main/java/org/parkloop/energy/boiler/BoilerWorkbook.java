package org.parkloop.energy.boiler;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.parkloop.energy.engine.BoilerDeadlines;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Column;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Messages;
import org.parkloop.platform.RowError;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.platform.Workbooks;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boilers as an Excel sheet: exported with their id, imported again all or nothing (a row with an id changes that
 * boiler when something differs, one without registers a new one; every row's problems at once). Fuel and the
 * coordinate system are read as their code or their label in either language. Status changes are not imported:
 * they are dated events, recorded one by one.
 */
@Service
@Transactional
class BoilerWorkbook {

	static final List<Column> COLUMNS = List.of(new Column("id", "锅炉编号", "Boiler id", false),
			new Column("creditCode", "企业统一社会信用代码", "Enterprise credit code", true),
			new Column("name", "锅炉名称", "Name", false), new Column("capacity", "容量", "Capacity", true),
			new Column("capacityUnit", "容量单位", "Capacity unit", false),
			new Column("fuel", "燃料", "Fuel", true), new Column("heatSource", "热网热源", "Heat source of the network", false),
			new Column("commissioningYear", "投运年份", "Commissioning year", false),
			new Column("latitude", "纬度", "Latitude", false), new Column("longitude", "经度", "Longitude", false),
			new Column("crs", "坐标系", "Coordinate system", false),
			new Column("annualCoalTonnes", "年耗煤量（吨）", "Annual coal use (t)", false),
			new Column("operatingHours", "年运行小时", "Annual operating hours", false));

	/** Shown in the export, ignored on import. */
	static final List<Column> SHOWN = List.of(new Column("parkCode", "园区编码", "Park code", false),
			new Column("status", "状态", "Status", false), new Column("insideCoverage", "在热网覆盖范围内", "Inside heat coverage", false));

	private final Boilers boilers;
	private final BoilerStore store;
	private final EnterpriseRegistry enterprises;
	private final Messages messages;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Compliance compliance;
	private final org.springframework.context.ApplicationEventPublisher events;

	BoilerWorkbook(Boilers boilers, BoilerStore store, EnterpriseRegistry enterprises, Messages messages,
			CurrentCaller callers, Audit audit, Compliance compliance,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.compliance = compliance;
		this.boilers = boilers;
		this.store = store;
		this.enterprises = enterprises;
		this.messages = messages;
		this.callers = callers;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	byte[] export(String parkCode, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Boiler b : boilers.list(parkCode, null)) {
			rows.add(Arrays.asList(b.id(), b.creditCode(), b.name(), b.capacity(), b.capacityUnit(),
					messages.label(locale, b.commissionedFuel()), messages.get(locale, b.heatSource() ? "common.yes" : "common.no"),
					b.commissioningYear(), b.latitude(), b.longitude(), "WGS84", b.annualCoalTonnes(), b.operatingHours(),
					b.parkCode(), messages.label(locale, b.status()), b.insideCoverage() == null ? null
							: messages.get(locale, b.insideCoverage() ? "common.yes" : "common.no")));
		}
		List<Column> columns = new ArrayList<>(COLUMNS);
		columns.addAll(SHOWN);
		return Workbooks.write(messages.get(locale, "energy.boilers"), columns, rows, locale);
	}

	/** The overdue boilers as of the date, for enforcement: the enterprise, the boiler, the rule and its deadline. */
	@Transactional(readOnly = true)
	byte[] overdue(String parkCode, java.time.LocalDate asOf, Locale locale) {
		Compliance.Result result = compliance.asOf(parkCode, asOf);
		Map<Long, Boiler> byId = new HashMap<>();
		boilers.list(parkCode, result.asOf()).forEach(b -> byId.put(b.id(), b));
		Map<String, EnterpriseRegistry.Profile> names = enterprises.profiles(
				result.overdue().stream().map(Compliance.Item::creditCode).toList());
		Map<String, String> sources = new HashMap<>();
		compliance.rules().forEach(r -> sources.put(r.code(), r.source()));
		List<List<Object>> rows = new ArrayList<>();
		for (Compliance.Item i : result.overdue()) {
			Boiler b = byId.get(i.boilerId());
			rows.add(Arrays.asList(i.parkCode(), i.creditCode(), names.get(i.creditCode()).name(), i.boilerId(), b.name(),
					b.tonnesPerHour(), messages.label(locale, b.fuel()), messages.label(locale, b.status()), i.rule(),
					i.deadline(), java.time.temporal.ChronoUnit.DAYS.between(i.deadline(), result.asOf()),
					sources.get(i.rule())));
		}
		return Workbooks.write(messages.get(locale, "energy.overdue"), OVERDUE, rows, locale);
	}

	static final List<Column> OVERDUE = List.of(new Column("parkCode", "园区编码", "Park code", false),
			new Column("creditCode", "企业统一社会信用代码", "Enterprise credit code", false),
			new Column("enterprise", "企业名称", "Enterprise", false), new Column("id", "锅炉编号", "Boiler id", false),
			new Column("name", "锅炉名称", "Name", false), new Column("tonnesPerHour", "容量（蒸吨/小时）", "Capacity (t/h)", false),
			new Column("fuel", "燃料", "Fuel", false), new Column("status", "状态", "Status", false),
			new Column("rule", "规则", "Rule", false), new Column("deadline", "期限", "Deadline", false),
			new Column("daysOverdue", "逾期天数", "Days overdue", false), new Column("source", "依据", "Source", false));

	ImportResult importFile(String fileName, InputStream in) {
		List<RowError> errors = new ArrayList<>();
		List<Runnable> writes = new ArrayList<>();
		int created = 0;
		Map<Long, Integer> seen = new HashMap<>();
		List<Table.Row> rows = Tables.read(fileName, in, COLUMNS).rows();
		for (Table.Row row : rows) {
			List<FieldProblem> problems = new ArrayList<>();
			Integer number = row.integer("id", problems);
			Long id = number == null ? null : number.longValue();
			BoilerCommand c = new BoilerCommand(row.get("creditCode"), row.get("name"), row.decimal("capacity", problems),
					row.get("capacityUnit"), constant(BoilerDeadlines.Fuel.values(), row.get("fuel")),
					row.bool("heatSource", problems), row.integer("commissioningYear", problems),
					row.number("latitude", problems), row.number("longitude", problems), row.get("crs"),
					row.decimal("annualCoalTonnes", problems), row.integer("operatingHours", problems), null);
			problems.addAll(org.parkloop.platform.Inputs.withLimits(c, List.of()));
			Boiler existing = id == null ? null : store.find(id).orElse(null);
			EnterpriseRegistry.Profile enterprise = c.creditCode() == null ? null
					: enterprises.profile(c.creditCode()).orElse(null);
			if (id != null && (existing == null || !boilers.mayWrite(existing.creditCode(), existing.parkCode()))) {
				problems.add(new FieldProblem("id", "boiler.notFound", id));
			}
			else if (id != null && seen.putIfAbsent(id, row.number()) != null) {
				problems.add(new FieldProblem("id", "boiler.import.twice", id, seen.get(id)));
			}
			else if (enterprise == null) {
				problems.add(new FieldProblem("creditCode", "boiler.enterpriseUnknown", c.creditCode()));
			}
			else if (!boilers.mayWrite(enterprise.creditCode(), enterprise.parkCode())
					|| existing != null && !existing.creditCode().equals(enterprise.creditCode())) {
				problems.add(new FieldProblem("creditCode", "boiler.import.notYours", c.creditCode()));
			}
			if (problems.isEmpty()) {
				try {
					Boiler b = boilers.read(c, enterprise, id == null ? 0 : id);
					if (existing == null) {
						created++;
						writes.add(() -> store.insert(b, callers.get().username()));
					}
					else if (changed(existing, b)) {
						writes.add(() -> store.update(existing.id(), b));
						writes.add(() -> store.bumpVersion(existing.id()));
					}
				}
				catch (InvalidInput e) {
					problems.addAll(e.problems());
				}
			}
			problems.forEach(p -> errors.add(new RowError(row.number(), p.field(), p.messageKey(), p.args())));
		}
		if (rows.isEmpty()) {
			errors.add(new RowError(1, "file", "import.noRows"));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		writes.forEach(Runnable::run);
		rows.stream().map(r -> enterprises.profile(r.get("creditCode")).map(EnterpriseRegistry.Profile::parkCode))
			.flatMap(java.util.Optional::stream).distinct().forEach(p -> events.publishEvent(new EnergyDataChanged(p)));
		int updated = (writes.size() - created) / 2;
		audit.record("IMPORT", "boiler", fileName, created + " created, " + updated + " updated");
		return new ImportResult(created, updated);
	}

	private static boolean changed(Boiler a, Boiler b) {
		return !(Objects.equals(a.name(), b.name()) && a.capacity().compareTo(b.capacity()) == 0
				&& a.capacityUnit().equals(b.capacityUnit()) && a.commissionedFuel() == b.commissionedFuel()
				&& a.heatSource() == b.heatSource() && Objects.equals(a.commissioningYear(), b.commissioningYear())
				&& Math.abs(a.latitude() - b.latitude()) < 1e-9 && Math.abs(a.longitude() - b.longitude()) < 1e-9
				&& same(a.annualCoalTonnes(), b.annualCoalTonnes()) && Objects.equals(a.operatingHours(), b.operatingHours()));
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** The constant named by its code or by its label in either language; the text as it was when none matches. */
	private String constant(Enum<?>[] values, String text) {
		if (text == null) {
			return null;
		}
		for (Enum<?> e : values) {
			if (e.name().equalsIgnoreCase(text) || messages.label(Locale.SIMPLIFIED_CHINESE, e).equals(text)
					|| messages.label(Locale.ENGLISH, e).equalsIgnoreCase(text)) {
				return e.name();
			}
		}
		return text;
	}
}
