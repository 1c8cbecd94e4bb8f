package org.parkloop.indicators.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import org.parkloop.shared.RuleViolation;

/**
 * An indicator's formula over data item codes, e.g. {@code solid_waste_utilised / (solid_waste_generated +
 * solid_waste_utilised_stored) * 100}, evaluated on exact decimals (EvalEx). Only item codes, numbers, + − × ÷,
 * unary signs and parentheses are allowed: no functions, constants, strings, arrays or structures, so a formula
 * can compute nothing but arithmetic on the items. A formula that does not parse, uses anything else or names an
 * unknown item is refused with the (1-based) position of the error.
 */
public final class Formula {

	/** 34 significant digits, as {@link org.parkloop.shared.Quantity}. */
	static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
		.operatorDictionary(MapBasedOperatorDictionary.ofOperators(Map.entry("+", new InfixPlusOperator()),
				Map.entry("-", new InfixMinusOperator()), Map.entry("*", new InfixMultiplicationOperator()),
				Map.entry("/", new InfixDivisionOperator()), Map.entry("-", new PrefixMinusOperator()),
				Map.entry("+", new PrefixPlusOperator())))
		.functionDictionary(MapBasedFunctionDictionary.ofFunctions())
		.defaultConstants(Map.of())
		.arraysAllowed(false)
		.structuresAllowed(false)
		.implicitMultiplicationAllowed(false)
		.singleQuoteStringLiteralsAllowed(false)
		.mathContext(PRECISION)
		.build();

	private final String text;
	private final Expression expression;
	private final Set<String> items;

	private Formula(String text, Expression expression, Set<String> items) {
		this.text = text;
		this.expression = expression;
		this.items = items;
	}

	/**
	 * @param known the item codes a formula may name (lower case)
	 * @throws RuleViolation on the field {@code formula}: {@code indicator.formula.syntax}, {@code .notAllowed} or
	 *     {@code .unknownItem}, with the position and the text found there
	 */
	public static Formula parse(String text, Set<String> known) {
		if (text == null || text.isBlank()) {
			throw RuleViolation.onField("formula", "validation.required");
		}
		Expression expression = new Expression(text, CONFIGURATION);
		ASTNode root;
		try {
			root = expression.getAbstractSyntaxTree();
		}
		catch (ParseException e) {
			throw RuleViolation.onField("formula", "indicator.formula.syntax", Math.max(1, e.getStartPosition()),
					e.getTokenString() == null ? "" : e.getTokenString());
		}
		Set<String> items = new LinkedHashSet<>();
		List<ASTNode> pending = new ArrayList<>(List.of(root));
		while (!pending.isEmpty()) {
			ASTNode node = pending.remove(pending.size() - 1);
			Token token = node.getToken();
			switch (token.getType()) {
				case NUMBER_LITERAL, INFIX_OPERATOR, PREFIX_OPERATOR -> {
				}
				case VARIABLE_OR_CONSTANT -> {
					String item = token.getValue().toLowerCase(Locale.ROOT);
					if (!known.contains(item)) {
						throw RuleViolation.onField("formula", "indicator.formula.unknownItem", token.getStartPosition(),
								token.getValue());
					}
					items.add(item);
				}
				default -> throw RuleViolation.onField("formula", "indicator.formula.notAllowed",
						token.getStartPosition(), token.getValue());
			}
			pending.addAll(node.getParameters());
		}
		return new Formula(text.strip(), expression, Set.copyOf(items));
	}

	public String text() {
		return text;
	}

	/** The item codes it names. */
	public Set<String> items() {
		return items;
	}

	/**
	 * The value for these item values (every item named must have one); empty when a divisor is zero (the caller
	 * says what that means for the indicator).
	 */
	public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
		Map<String, Object> given = new java.util.HashMap<>();
		for (String item : items) {
			BigDecimal v = values.get(item);
			if (v == null) {
				throw new IllegalArgumentException("no value for " + item);
			}
			given.put(item, v);
		}
		try {
			EvaluationValue result = expression.copy().withValues(given).evaluate();
			return Optional.of(result.getNumberValue());
		}
		catch (EvaluationException e) {
			if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("division by zero")) {
				return Optional.empty();
			}
			throw new IllegalStateException("formula " + text + ": " + e.getMessage(), e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("formula " + text + " was parsed before", e);
		}
	}

	/**
	 * 1 with 36 decimals: a dividend multiplied by it makes PostgreSQL carry the quotient to 36 decimals (it keeps at
	 * least the dividend's scale), as many digits as {@link #PRECISION} keeps for quotients of 0.01 or more, where it
	 * would otherwise stop at 16 significant digits.
	 */
	static final String SQL_SCALE = "1." + "0".repeat(36);

	/**
	 * The formula as a PostgreSQL expression on {@code numeric}: each item becomes {@code column(item)}, a number a
	 * numeric literal, and a division by zero null (no value), as {@link #evaluate} answers empty.
	 */
	public String sql(java.util.function.Function<String, String> column) {
		try {
			return sql(expression.getAbstractSyntaxTree(), column);
		}
		catch (ParseException e) {
			throw new IllegalStateException("formula " + text + " was parsed before", e);
		}
	}

	private static String sql(ASTNode node, java.util.function.Function<String, String> column) {
		Token token = node.getToken();
		List<ASTNode> p = node.getParameters();
		return switch (token.getType()) {
			case NUMBER_LITERAL -> "cast('" + literal(token.getValue()).toPlainString() + "' as numeric)";
			case VARIABLE_OR_CONSTANT -> column.apply(token.getValue().toLowerCase(Locale.ROOT));
			case PREFIX_OPERATOR -> "(" + ("-".equals(token.getValue()) ? "-" : "") + sql(p.get(0), column) + ")";
			case INFIX_OPERATOR -> "/".equals(token.getValue())
					? "(" + sql(p.get(0), column) + " * " + SQL_SCALE + " / nullif(" + sql(p.get(1), column) + ", 0))"
					: "(" + sql(p.get(0), column) + " " + token.getValue() + " " + sql(p.get(1), column) + ")";
			default -> throw new IllegalStateException("not allowed in a formula: " + token.getValue());
		};
	}

	/** A number literal as EvalEx reads it (so that what it accepts, e.g. 1e3, means the same in SQL). */
	private static BigDecimal literal(String text) {
		try {
			return new Expression(text, CONFIGURATION).evaluate().getNumberValue();
		}
		catch (EvaluationException | ParseException e) {
			throw new IllegalStateException("number " + text, e);
		}
	}

	@Override
	public String toString() {
		return text;
	}
}
