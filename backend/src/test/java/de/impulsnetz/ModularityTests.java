package de.impulsnetz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules as the README's module map describes them: each declares what it may use,
 * uses only other modules' public types, and none forms a cycle. Writes the module
 * canvases and diagrams to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(ImpulsnetzApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void theModulesAreThoseOfTheModuleMap() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"barcamp", "content", "distribution", "identity", "mail", "media", "municipality", "practice", "search",
				"shared", "site", "storage", "system", "talk", "workinggroup");
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		modules.forEach((module) -> {
			ApplicationModule declared = packageInfo(module.getBasePackage().getName())
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule on %s", module.getBasePackage().getName()).isNotNull();
			assertThat(declared.allowedDependencies()).as("allowed dependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void theKernelAndTheInfrastructureDependOnNoFeature() {
		for (String foundation : List.of("shared", "search", "storage", "content")) {
			assertThat(dependencies(foundation)).as("modules %s uses", foundation)
				.allMatch((target) -> target.equals("shared"));
		}
	}

	@Test
	void writesModuleCanvasesAndDiagrams() throws IOException {
		Path output = Path.of("target/spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("components.puml",
					"module-practice.puml", "module-practice.adoc", "module-barcamp.adoc");
		}
	}

	private static List<String> dependencies(String module) {
		return modules.getModuleByName(module)
			.orElseThrow()
			.getDirectDependencies(modules)
			.stream()
			.map(ApplicationModuleDependency::getTargetModule)
			.map((target) -> target.getIdentifier().toString())
			.distinct()
			.toList();
	}

	private static Class<?> packageInfo(String pkg) {
		try {
			return Class.forName(pkg + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("No package-info.java in " + pkg, ex);
		}
	}

}
