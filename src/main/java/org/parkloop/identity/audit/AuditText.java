package org.parkloop.identity.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parkloop.platform.Messages;
import org.springframework.stereotype.Component;

/**
 * An audit record as the reader reads it: the action and the kind of record named ("状态变更", "园区"), and the
 * summary's codes in words: statuses, levels and roles by their labels, field names by theirs, yes/no for flags.
 * The stored record is never changed (it is append-only); only its display is translated.
 */
@Component
public class AuditText {

	private static final Pattern CONSTANT = Pattern.compile("(?<![\\w-])([A-Z][A-Z_]{2,})(?![\\w-])");
	private static final Pattern FIELD = Pattern.compile("(?<![\\w.-])([a-z][A-Za-z]+)(?=: |=)");
	private static final Pattern WORD = Pattern.compile("(?<![\\w-])(true|false|null|created|updated|goals|processes|flows|no change)(?![\\w-])");

	private final Messages messages;
	/** An enum constant's label key ("IMPLEMENTING" → "enum.TransformationStatus.IMPLEMENTING"), from the messages. */
	private final Map<String, String> labels = new HashMap<>();

	AuditText(Messages messages) {
		this.messages = messages;
		Properties p = new Properties();
		try (var in = getClass().getResourceAsStream("/messages.properties")) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (String key : p.stringPropertyNames()) {
			if (key.startsWith("enum.")) {
				labels.putIfAbsent(key.substring(key.lastIndexOf('.') + 1), key);
			}
		}
	}

	/** The kinds of record the trail names, for the filter. */
	static final java.util.List<String> ENTITIES = java.util.List.of("park", "enterprise", "goal_set", "user", "api_token",
			"registration", "mfa_model", "exchange_listing", "exchange_deal", "exchange_rule", "exchange_licence",
			"indicator_definition", "ind_submission", "ind_target_set", "consultancy", "expert_profile", "plan", "plan_project",
			"acceptance", "boiler", "geo_feature", "energy_relocation", "energy_renewable", "energy_entry_standard",
			"energy_backward_capacity", "fund_programme", "fund_application", "fund_pilot", "fund_recommendation", "report", "assessment", "announcement", "feedback");

	public String action(String action) {
		return known("audit.action." + action, action);
	}

	public String entity(String entity) {
		return known("audit.entity." + entity, entity);
	}

	public String summary(String summary) {
		if (summary == null) {
			return "";
		}
		String out = replace(CONSTANT, summary, c -> labels.containsKey(c) ? messages.get(labels.get(c)) : c);
		out = replace(FIELD, out, f -> known("field." + f, f));
		return replace(WORD, out, w -> messages.get("audit.word." + w.replace(' ', '_')));
	}

	private String known(String key, String fallback) {
		String text = messages.get(key);
		return text.equals(key) ? fallback : text;
	}

	private static String replace(Pattern p, String text, java.util.function.UnaryOperator<String> f) {
		Matcher m = p.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m.group(1))));
		}
		m.appendTail(b);
		return b.toString();
	}
}
