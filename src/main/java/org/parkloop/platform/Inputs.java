package org.parkloop.platform;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;

/**
 * The declared limits of what users send (docs/conventions.md): every text field of a command carries its maximum
 * ({@code @Size}), every number its range ({@code @DecimalMin}/{@code @DecimalMax}), every list its largest size.
 * Services check a command with {@link #check} before any rule or the database sees it, so that a page, an import
 * and the API give the same answer naming the field ("标题：不能超过200个字符"), never a server error. A constraint
 * may name its own message key ({@code message = "goal.percent.range"}), which is given the offending value.
 */
public final class Inputs {

	private static final Validator VALIDATOR = Validation.byDefaultProvider()
		.configure()
		.messageInterpolator(new MessageKeys())
		.buildValidatorFactory()
		.getValidator();

	private Inputs() {
	}

	/** Messages are read from our own keys ({@link #problem}); the validator's English texts are never built. */
	private static final class MessageKeys implements jakarta.validation.MessageInterpolator {

		@Override
		public String interpolate(String template, Context context) {
			return template;
		}

		@Override
		public String interpolate(String template, Context context, java.util.Locale locale) {
			return template;
		}
	}

	/** Every broken limit of the input (a record with constraint annotations), in field order. */
	public static List<FieldProblem> problems(Object input) {
		if (input == null) {
			return List.of();
		}
		List<FieldProblem> problems = new ArrayList<>();
		VALIDATOR.validate(input).stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> v) -> path(v.getPropertyPath())))
			.forEach(v -> problems.add(problem(v)));
		return problems;
	}

	/**
	 * The problems of a command: its broken limits, then its rules' problems for the other fields (a field over its
	 * limit is reported as such, not also as, say, an unknown code), in the order of the command's fields.
	 */
	public static List<FieldProblem> withLimits(Record command, List<FieldProblem> rules) {
		List<FieldProblem> all = new ArrayList<>(problems(command));
		all.addAll(rules);
		List<String> order = java.util.Arrays.stream(command.getClass().getRecordComponents())
			.map(java.lang.reflect.RecordComponent::getName)
			.toList();
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

	/** "accepts[0].valuePerUnit", "grants[2]". */
	static String path(Path path) {
		StringBuilder b = new StringBuilder();
		for (Path.Node node : path) {
			if (node.isInIterable() && node.getIndex() != null) {
				b.append('[').append(node.getIndex()).append(']');
			}
			else if (node.isInIterable() && node.getKey() != null) {
				b.append('[').append(node.getKey()).append(']');
			}
			String name = node.getName();
			if (name != null && !name.startsWith("<")) {
				b.append(b.isEmpty() ? "" : ".").append(name);
			}
		}
		return b.toString();
	}

	private static FieldProblem problem(ConstraintViolation<Object> v) {
		String field = path(v.getPropertyPath());
		String own = v.getConstraintDescriptor().getMessageTemplate();
		if (own != null && !own.startsWith("{")) {
			// the constraint names its own message key, which reads the offending value: "比例必须…，而不是150"
			return new FieldProblem(field, own, shown(v.getInvalidValue()));
		}
		Annotation a = v.getConstraintDescriptor().getAnnotation();
		Map<String, Object> at = v.getConstraintDescriptor().getAttributes();
		if (a instanceof Size s) {
			return v.getInvalidValue() instanceof Collection<?> || v.getInvalidValue() instanceof Map<?, ?>
					? new FieldProblem(field, "validation.tooMany", s.max())
					: new FieldProblem(field, "validation.tooLong", s.max());
		}
		if (a instanceof Max || a instanceof DecimalMax) {
			return new FieldProblem(field, "validation.tooLarge", plain(at.get("value")));
		}
		if (a instanceof Min || a instanceof DecimalMin) {
			return new FieldProblem(field, "validation.tooSmall", plain(at.get("value")));
		}
		if (a instanceof Positive) {
			return new FieldProblem(field, "validation.positive");
		}
		if (a instanceof PositiveOrZero) {
			return new FieldProblem(field, "validation.nonNegative");
		}
		if (a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty) {
			return new FieldProblem(field, "validation.required");
		}
		if (a instanceof Pattern) {
			return new FieldProblem(field, "validation.unreadable", String.valueOf(v.getInvalidValue()));
		}
		return new FieldProblem(field, "validation.invalid");
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
	private static String plain(Object value) {
		return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
	}
}
