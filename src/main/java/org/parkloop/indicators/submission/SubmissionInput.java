package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.indicators.engine.SubmissionRules;
import org.parkloop.shared.Dimension;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Quantity;
import org.parkloop.shared.Unit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the values of a submission as given (item, value, unit): each item known and of the submission's level
 * (an enterprise's items or a park's), given once, not negative, in a unit of its item's dimension (its canonical
 * unit when none is named), with at most 15 digits before the point and 6 after. Each value keeps the unit it was
 * given and gets its value in the item's canonical unit. Problems name the value ({@code values[2].unit}) and the
 * item, in the caller's language.
 */
@Component
class SubmissionInput {

	/** One value as sent. */
	record ValueInput(@Size(max = 40) String item, @DecimalMax("1e15") BigDecimal value, @Size(max = 16) String unit,
			@Min(1950) @Max(2100) Integer priceBaseYear) {

		ValueInput(String item, BigDecimal value, String unit) {
			this(item, value, unit, null);
		}
	}

	static final int MAX_VALUES = 200;

	private final IndicatorCatalogue catalogue;
	private final Clock clock;

	SubmissionInput(IndicatorCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * The values in canonical units as well, or every problem found. A price base year goes with a money amount only,
	 * and is not after the year reported.
	 */
	List<Submission.Value> read(List<ValueInput> given, boolean parkLevel, Integer year) {
		return read(given, parkLevel, year, items());
	}

	/** The same, with the catalogue's items read once by the caller (an import reads them once, not per row). */
	List<Submission.Value> read(List<ValueInput> given, boolean parkLevel, Integer year,
			Map<String, IndicatorCatalogue.Item> items) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Submission.Value> values = new ArrayList<>();
		if (given == null || given.isEmpty()) {
			throw new InvalidInput(List.of(new FieldProblem("values", "validation.required")));
		}
		if (given.size() > MAX_VALUES) {
			throw new InvalidInput(List.of(new FieldProblem("values", "validation.tooMany", MAX_VALUES)));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			ValueInput v = given.get(i);
			String at = "values[" + i + "].";
			IndicatorCatalogue.Item item = v == null || v.item() == null ? null : items.get(v.item().strip());
			if (item == null) {
				problems.add(new FieldProblem(at + "item", "submission.unknownItem", v == null ? "" : String.valueOf(v.item())));
				continue;
			}
			String name = name(item);
			if (!item.level().equals(parkLevel ? "PARK" : "ENTERPRISE")) {
				problems.add(new FieldProblem(at + "item", parkLevel ? "submission.enterpriseItem" : "submission.parkItem", name));
				continue;
			}
			if (!seen.add(item.code())) {
				problems.add(new FieldProblem(at + "item", "submission.duplicateItem", name));
				continue;
			}
			if (v.value() == null) {
				problems.add(new FieldProblem(at + "value", "submission.valueRequired", name));
				continue;
			}
			if (v.value().signum() < 0) {
				problems.add(new FieldProblem(at + "value", "submission.negative", name, v.value().toPlainString()));
				continue;
			}
			if (v.value().precision() - v.value().scale() > 15 || v.value().scale() > 6) {
				problems.add(new FieldProblem(at + "value", "submission.valueRange", name));
				continue;
			}
			Unit canonical = Unit.of(item.unit());
			Unit unit = v.unit() == null || v.unit().isBlank() ? canonical : Unit.find(v.unit()).orElse(null);
			if (unit == null) {
				problems.add(new FieldProblem(at + "unit", "unit.unknown", v.unit()));
				continue;
			}
			if (unit.dimension() != canonical.dimension()) {
				problems.add(new FieldProblem(at + "unit", "submission.unitDimension", name, unit.code(), canonical.code()));
				continue;
			}
			if (v.priceBaseYear() != null && (canonical.dimension() != Dimension.MONEY
					|| (year != null && v.priceBaseYear() > year))) {
				problems.add(new FieldProblem(at + "priceBaseYear", canonical.dimension() != Dimension.MONEY
						? "submission.priceBaseYearNotMoney" : "submission.priceBaseYearAfter", name, v.priceBaseYear()));
				continue;
			}
			BigDecimal inCanonical = Quantity.of(v.value(), unit).in(canonical).value();
			values.add(new Submission.Value(item.code(), v.value(), unit.code(), Quantity.plain(inCanonical),
					v.priceBaseYear()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return values;
	}

	/** A year that can be reported: from 1990 to this year. */
	void checkYear(Integer year) {
		int now = LocalDate.now(clock).getYear();
		if (year == null) {
			throw new InvalidInput(List.of(new FieldProblem("year", "validation.required")));
		}
		if (year < 1990 || year > now) {
			throw new InvalidInput(List.of(new FieldProblem("year", "submission.year", 1990, now)));
		}
	}

	/** The rules' findings as problems naming the item, in the caller's language. */
	List<FieldProblem> problems(List<SubmissionRules.Finding> findings) {
		Map<String, IndicatorCatalogue.Item> items = items();
		return findings.stream().map(f -> {
			Object[] args = new Object[f.args().size() + 1];
			args[0] = items.containsKey(f.item()) ? name(items.get(f.item())) : f.item();
			for (int i = 0; i < f.args().size(); i++) {
				args[i + 1] = f.args().get(i);
			}
			return new FieldProblem("values", f.messageKey(), args);
		}).toList();
	}

	Map<String, IndicatorCatalogue.Item> items() {
		return catalogue.items().stream().collect(Collectors.toMap(IndicatorCatalogue.Item::code, Function.identity()));
	}

	static String name(IndicatorCatalogue.Item item) {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? item.nameEn() : item.nameZh();
	}
}
