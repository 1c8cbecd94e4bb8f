package org.parkloop.registry.park;

import java.io.IOException;
import java.io.InputStream;

import org.parkloop.platform.ImportResult;
import org.parkloop.platform.ParkLoopProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Loads the park list ({@code parkloop.seed-parks}, by default the eleven Wenzhou parks) when there are no parks yet. */
@Component
@Order(10)
class ParkSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ParkSeeder.class);

	private final ParkService parks;
	private final ParkLoopProperties properties;
	private final ResourceLoader resources;

	ParkSeeder(ParkService parks, ParkLoopProperties properties, ResourceLoader resources) {
		this.parks = parks;
		this.properties = properties;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String location = properties.seedParks();
		if (location == null || location.isBlank() || !parks.all().isEmpty()) {
			return;
		}
		Resource resource = resources.getResource(location);
		try (InputStream in = resource.getInputStream()) {
			ImportResult result = parks.seed(ParkImport.read(resource.getFilename(), in));
			log.info("Loaded {} parks from {}", result.created(), location);
		}
	}
}
