package org.parkloop.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no database server is configured ({@code spring.datasource.url} unset or blank). */
public class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !serverConfigured(context.getEnvironment());
	}

	static boolean serverConfigured(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		return url != null && !url.isBlank();
	}
}
