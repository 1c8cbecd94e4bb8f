package org.parkloop.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parkloop.programme.engine.GoalKind;
import org.parkloop.programme.engine.GoalState;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface is complete in both languages: every key in both, with the same placeholders. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void chineseAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
		for (String key : zh.stringPropertyNames()) {
			assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
			assertThat(en.getProperty(key)).as(key).isNotBlank();
		}
	}

	@Test
	void everyEnumShownToUsersHasALabel() throws IOException {
		Properties zh = load("messages.properties");
		for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(TransformationStatus.class,
				Designation.class, ParkLevel.class, GoalKind.class, GoalState.class, org.parkloop.shared.Role.class)) {
			for (Enum<?> e : type.getEnumConstants()) {
				assertThat(zh).containsKey("enum." + type.getSimpleName() + "." + e.name());
			}
		}
		java.util.Map<String, Class<? extends Enum<?>>> nested = java.util.Map.ofEntries(
				java.util.Map.entry("ListingKind", org.parkloop.exchange.market.Listing.Kind.class),
				java.util.Map.entry("ListingStatus", org.parkloop.exchange.market.Listing.Status.class),
				java.util.Map.entry("Period", org.parkloop.exchange.market.Listing.Period.class),
				java.util.Map.entry("DealStatus", org.parkloop.exchange.market.Deal.Status.class),
				java.util.Map.entry("MaterialKind", org.parkloop.exchange.catalogue.Material.Kind.class),
				java.util.Map.entry("PlanStatus", org.parkloop.transformation.plan.Plan.Status.class),
				java.util.Map.entry("PlanRoute", org.parkloop.transformation.plan.Plan.Route.class),
				java.util.Map.entry("PlanCategory", org.parkloop.transformation.plan.Plan.Category.class),
				java.util.Map.entry("PlanKind", org.parkloop.transformation.plan.Plan.Kind.class),
				java.util.Map.entry("ApplicationStatus", org.parkloop.transformation.acceptance.Application.Status.class),
				java.util.Map.entry("ApplicationStage", org.parkloop.transformation.acceptance.Application.Stage.class),
				java.util.Map.entry("ApplicationBody", org.parkloop.transformation.acceptance.Application.Body.class),
				java.util.Map.entry("ApplicationGrade", org.parkloop.transformation.acceptance.Application.Grade.class),
				java.util.Map.entry("ApplicationStepKind", org.parkloop.transformation.acceptance.Application.StepKind.class));
		nested.forEach((prefix, type) -> {
			for (Enum<?> e : type.getEnumConstants()) {
				assertThat(zh).containsKey("enum." + prefix + "." + e.name());
			}
		});
	}

	/** Every field a rule names in a problem has a label, so the user reads "数量：必须大于零", never a key. */
	@Test
	void everyFieldNamedInAProblemHasALabel() throws IOException {
		Properties zh = load("messages.properties");
		java.util.regex.Pattern named = java.util.regex.Pattern
			.compile("(?:new FieldProblem|onField|new RowError\\([^,]+,)\\(?\\s*\"(\\w+)\"");
		java.util.Set<String> missing = new java.util.TreeSet<>();
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				java.util.regex.Matcher m = named.matcher(java.nio.file.Files.readString(f));
				while (m.find()) {
					if (!zh.containsKey("field." + m.group(1))) {
						missing.add(m.group(1) + " (" + f.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
