package org.parkloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
			.contains("shared", "platform", "registry", "transformation", "programme", "materialflow", "exchange", "identity");
	}

	/** Every module, present and future, says what it may depend on; verify() then holds it to that list. */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() throws Exception {
		Object unset = ApplicationModule.class.getMethod("allowedDependencies").getDefaultValue();
		for (var module : modules) {
			String pkg = module.getBasePackage().getName();
			ApplicationModule declared = Class.forName(pkg + ".package-info").getAnnotation(ApplicationModule.class);
			assertThat(declared).as(pkg + "/package-info.java has no @ApplicationModule").isNotNull();
			assertThat(declared.allowedDependencies()).as(pkg + " declares no allowedDependencies")
				.isNotEqualTo(unset);
		}
	}

	/**
	 * Each module's tables in the module's own migrations (db/migration/&lt;module&gt;/, one version sequence for all),
	 * from V14 on; V1–V13 were applied as they are and stay (their checksums are validated on every database).
	 */
	@Test
	void migrationsFromV14OnLiveInTheirModulesFolder() throws IOException {
		java.util.Set<String> names = new java.util.HashSet<>();
		modules.forEach(m -> names.add(m.getIdentifier().toString()));
		Path root = Path.of("src", "main", "resources", "db", "migration");
		try (var files = Files.walk(root)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				int version = Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
				Path folder = root.relativize(f).getParent();
				if (version <= 13) {
					assertThat(folder).as(f + " was applied where it is").isNull();
				}
				else {
					assertThat(folder).as(f + " belongs in its module's folder").isNotNull();
					assertThat(names).as(f + ": no module " + folder).contains(folder.toString());
					assertThat(f.getFileName().toString()).as(f + " names its module")
						.startsWith("V" + version + "__" + folder + "_");
				}
			}
		}
	}

	/** The engines are plain Java: no Spring, no JDBC, no servlets (they are tested and benchmarked on their own). */
	@Test
	void enginesArePlainJava() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.parkloop");
		noClasses().that().resideInAPackage("org.parkloop..engine..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
					"jakarta.servlet..", "jakarta.persistence..", "org.postgresql..")
			.because("engines are plain Java, tested against published worked examples")
			.check(classes);
		assertThat(classes.stream().filter(c -> c.getPackageName().contains(".engine"))).isNotEmpty();
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
