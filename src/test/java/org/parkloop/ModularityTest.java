package org.parkloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep their boundaries, and docs/architecture.md shows the module diagram that Spring Modulith derives
 * from the code. Run with {@code -Dparkloop.update-docs=true} to rewrite the diagram after a change.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(ParkLoopApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "platform", "registry", "transformation", "programme");
	}

	@Test
	void theArchitectureDocumentShowsTheCurrentModuleDiagram() throws IOException {
		Path out = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(out.toString()))
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
				.withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		String diagram = Files.readString(out.resolve("components.puml")).strip();
		Path doc = Path.of("docs", "architecture.md");
		String current = Files.exists(doc) ? Files.readString(doc) : "";
		if (Boolean.getBoolean("parkloop.update-docs")) {
			int start = current.indexOf("```plantuml\n");
			int end = start < 0 ? -1 : current.indexOf("```", start + 12);
			String head = start < 0 ? current : current.substring(0, start);
			String tail = end < 0 ? "" : current.substring(end + 3);
			current = head + "```plantuml\n" + diagram + "\n```" + tail;
			Files.writeString(doc, current);
		}
		// Modulith lists the relationships in no fixed order: compare the diagrams line by line, as sets
		int start = current.indexOf("```plantuml\n");
		String documented = start < 0 ? "" : current.substring(start + 12, current.indexOf("```", start + 12));
		assertThat(documented.strip().lines().sorted().toList())
			.as("docs/architecture.md is out of date: run mvn test -Dtest=ModularityTest -Dparkloop.update-docs=true")
			.isEqualTo(diagram.lines().sorted().toList());
	}
}
