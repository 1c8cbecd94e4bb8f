package org.parkloop.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demo. Demo data (fictional enterprises, a fictional history) is loaded only in a
 * demo. Unless {@code parkloop.demo} says otherwise, an installation on the embedded database is a demo and one on a
 * configured PostgreSQL server is not.
 */
@Component
public class DemoMode {

	private final boolean on;

	DemoMode(ParkLoopProperties properties, Environment environment) {
		this.on = properties.demo() != null ? properties.demo() : !EmbeddedDatabaseCondition.serverConfigured(environment);
	}

	public boolean isOn() {
		return on;
	}
}
