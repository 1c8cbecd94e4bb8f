package org.parkloop.platform;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;

/**
 * The declared limits of what users send (docs/conventions.md): every text field of a command carries its maximum
 * ({@code @Size}), every number its range ({@code @DecimalMin}/{@code @DecimalMax}, {@code @Min}/{@code @Max}), every
 * list its largest size. Services check a command with {@link #check} before any rule or the database sees it, so
 * that a page, an import and the API give the same answer naming the field ("标题：不能超过200个字符"), never a server
 * error. A constraint may name its own message key ({@code message = "goal.percent.range"}), which is given the
 * offending value.
 *
 * <p>The constraints are read from the records' components once per type and checked by walking the command: nested
 * records and the elements of lists are checked too (a model of 342,446 flows in well under a second, where a
 * general-purpose validator took seconds).
 */
public final class Inputs {

	/** A component of a record type: how to read it, its limits and, for a list, its elements' limits. */
	private record Component(String name, Method accessor, Limits limits) {
	}

	/** The constraints declared on a type (a component's, or a list's elements'), read once. */
	private record Limits(Size size, DecimalMax decimalMax, DecimalMin decimalMin, Max max, Min min, Limits element) {

		static Limits of(AnnotatedType type) {
			// a list's elements, or a map's values (its last type argument)
			Limits element = type instanceof AnnotatedParameterizedType p
					? of(p.getAnnotatedActualTypeArguments()[p.getAnnotatedActualTypeArguments().length - 1]) : null;
			return new Limits(type.getAnnotation(Size.class), type.getAnnotation(DecimalMax.class),
					type.getAnnotation(DecimalMin.class), type.getAnnotation(Max.class), type.getAnnotation(Min.class),
					element);
		}
	}

	private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
		@Override
		protected List<Component> computeValue(Class<?> type) {
			List<Component> list = new ArrayList<>();
			for (RecordComponent c : type.getRecordComponents()) {
				Method accessor = c.getAccessor();
				accessor.setAccessible(true);
				list.add(new Component(c.getName(), accessor, Limits.of(c.getAnnotatedType())));
			}
			return List.copyOf(list);
		}
	};

	private Inputs() {
	}

	/** Where a value is ("accepts[0].valuePerUnit"), spelled out only for a problem. */
	private record At(At parent, String name, int index) {

		At field(String field) {
			return new At(this, field, -1);
		}

		At element(int i) {
			return new At(this, null, i);
		}

		@Override
		public String toString() {
			String before = parent == null ? "" : parent.toString();
			if (name == null) {
				return before + "[" + index + "]";
			}
			return before.isEmpty() ? name : before + "." + name;
		}
	}

	/** Every broken limit of the input (a record with constraint annotations), field by field. */
	public static List<FieldProblem> problems(Object input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input instanceof Record r) {
			walk(r, null, problems);
		}
		return problems;
	}

	/**
	 * The problems of a command: its broken limits, then its rules' problems for the other fields (a field over its
	 * limit is reported as such, not also as, say, an unknown code), in the order of the command's fields.
	 */
	public static List<FieldProblem> withLimits(Record command, List<FieldProblem> rules) {
		List<FieldProblem> all = new ArrayList<>(problems(command));
		all.addAll(rules);
		List<String> order = COMPONENTS.get(command.getClass()).stream().map(Component::name).toList();
		List<FieldProblem> first = new ArrayList<>(Forms.firstPerField(all));
		first.sort(Comparator.comparingInt(p -> {
			int i = order.indexOf(p.field().split("[.\\[]", 2)[0]);
			return i < 0 ? order.size() : i;
		}));
		return first;
	}

	/** Refuses the input, naming each field, when it breaks a declared limit. */
	public static void check(Object input) {
		List<FieldProblem> problems = problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** Refuses a free text (a comment, a note) longer than its declared maximum. */
	public static void text(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInput(List.of(new FieldProblem(field, "validation.tooLong", max)));
		}
	}

	private static void walk(Record r, At path, List<FieldProblem> out) {
		for (Component c : COMPONENTS.get(r.getClass())) {
			Object value;
			try {
				value = c.accessor().invoke(r);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
			check(value, c.limits(), path == null ? new At(null, c.name(), -1) : path.field(c.name()), out);
		}
	}

	private static void check(Object value, Limits limits, At path, List<FieldProblem> out) {
		if (value == null) {
			return;
		}
		int before = out.size();
		Size size = limits.size();
		if (size != null) {
			int length = value instanceof CharSequence s ? s.length() : value instanceof Collection<?> c ? c.size()
					: value instanceof java.util.Map<?, ?> m ? m.size() : -1;
			if (length > size.max()) {
				out.add(problem(size.message(), path, value,
						value instanceof CharSequence ? "validation.tooLong" : "validation.tooMany", size.max()));
			}
		}
		if (value instanceof Number n) {
			range(n, limits, path, out);
		}
		if (out.size() > before) {
			return;
		}
		if (value instanceof Record nested) {
			walk(nested, path, out);
		}
		else if (value instanceof List<?> list && limits.element() != null) {
			for (int i = 0; i < list.size(); i++) {
				check(list.get(i), limits.element(), path.element(i), out);
			}
		}
		else if (value instanceof java.util.Map<?, ?> map && limits.element() != null) {
			map.forEach((key, v) -> check(v, limits.element(), path.field(String.valueOf(key)), out));
		}
	}

	private static void range(Number n, Limits limits, At path, List<FieldProblem> out) {
		if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
			out.add(new FieldProblem(path.toString(), "validation.notFinite", n));
			return;
		}
		DecimalMax decimalMax = limits.decimalMax();
		DecimalMin decimalMin = limits.decimalMin();
		Max max = limits.max();
		Min min = limits.min();
		if (decimalMax != null && compare(n, decimalMax.value()) > 0) {
			out.add(problem(decimalMax.message(), path, n, "validation.tooLarge", plain(decimalMax.value())));
		}
		else if (decimalMin != null && (decimalMin.inclusive() ? compare(n, decimalMin.value()) < 0
				: compare(n, decimalMin.value()) <= 0)) {
			out.add(problem(decimalMin.message(), path, n, "validation.tooSmall", plain(decimalMin.value())));
		}
		else if (max != null && compare(n, Long.toString(max.value())) > 0) {
			out.add(problem(max.message(), path, n, "validation.tooLarge", Long.toString(max.value())));
		}
		else if (min != null && compare(n, Long.toString(min.value())) < 0) {
			out.add(problem(min.message(), path, n, "validation.tooSmall", Long.toString(min.value())));
		}
	}

	private static final java.util.Map<String, BigDecimal> LIMITS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The number against a declared limit: exactly for decimals, as doubles for doubles (fast on large models). */
	private static int compare(Number n, String limit) {
		BigDecimal l = LIMITS.computeIfAbsent(limit, BigDecimal::new);
		if (n instanceof BigDecimal d) {
			return d.compareTo(l);
		}
		if (n instanceof Double || n instanceof Float) {
			return Double.compare(n.doubleValue(), l.doubleValue());
		}
		return BigDecimal.valueOf(n.longValue()).compareTo(l);
	}

	/** The constraint's own message key (given the value), or ours (given the limit). */
	private static FieldProblem problem(String own, At path, Object value, String key, Object limit) {
		return own != null && !own.startsWith("{") ? new FieldProblem(path.toString(), own, shown(value))
				: new FieldProblem(path.toString(), key, limit);
	}

	/** A number as the user wrote it, or briefly when it is absurdly large ("1.0E308"). */
	private static Object shown(Object value) {
		if (value instanceof Number n && !(value instanceof Integer) && !(value instanceof Long)) {
			BigDecimal d = new BigDecimal(n.toString());
			return d.abs().compareTo(BigDecimal.valueOf(1e12)) >= 0 ? String.valueOf(d.doubleValue())
					: d.stripTrailingZeros().toPlainString();
		}
		return value;
	}

	/** 1e12 as "1000000000000", so that a user reads the limit as a number. */
	private static String plain(String value) {
		return new BigDecimal(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * An enum's constant by its name as sent (surrounding spaces ignored); when there is none, a problem on the field
	 * with the message key (which lists the allowed values) and null.
	 */
	public static <E extends Enum<E>> E constant(Class<E> type, String value, String field, String messageKey,
			List<FieldProblem> problems) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(field, messageKey));
			return null;
		}
	}
}
