package org.stationatlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure the house style promises: features meet through services, production code
 * never touches the test servers, and mapper SQL takes parameters only.
 */
class ArchitectureTest {

	private static final String ROOT = "org.stationatlas.";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.stationatlas");

	private static final ArchRule FEATURES_USE_ONLY_THEIR_OWN_MAPPERS = classes().that()
		.resideInAPackage("org.stationatlas..")
		.should(new ArchCondition<JavaClass>("use no other feature's mapper") {
			@Override
			public void check(JavaClass source, ConditionEvents events) {
				for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					String outer = target.getName().replaceFirst("\\$.*", "");
					if (outer.startsWith(ROOT) && outer.endsWith("Mapper")
							&& !feature(outer).equals(feature(source.getName()))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		});

	@Test
	void featuresReachEachOtherOnlyThroughServices() {
		FEATURES_USE_ONLY_THEIR_OWN_MAPPERS.check(MAIN);
	}

	@Test
	void mainCodeNeedsNoTestServers() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("ch.vorburger..", "redis.embedded..", "org.testcontainers..")
			.check(MAIN);
	}

	@Test
	void mapperXmlHasNoStringSubstitution() throws IOException {
		List<Path> mappers = new ArrayList<>();
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".xml")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (lines.stream().anyMatch((line) -> line.contains("<mapper"))) {
					mappers.add(file);
					for (int i = 0; i < lines.size(); i++) {
						if (lines.get(i).contains("${")) {
							offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(mappers).as("mapper XML files").hasSizeGreaterThanOrEqualTo(2);
		assertThat(offenders).as("${} is string substitution, an injection hole; use #{}").isEmpty();
	}

	/** The top-level package under org.stationatlas, e.g. {@code community}. */
	private static String feature(String className) {
		String rest = className.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? "" : rest.substring(0, dot);
	}

}
