package org.driftgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules that keep the code findable: features do not depend on each other in
 * cycles, the metagraph depends on no feature, the exchange formats on nothing but the
 * metagraph, and a feature's web and data layers stay inside it.
 */
class ArchitectureTests {

	private static JavaClasses main;

	@BeforeAll
	static void importMainClasses() {
		main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.driftgraph");
	}

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("org.driftgraph.(*)..").should().beFreeOfCycles().check(main);
	}

	@Test
	void the_metagraph_depends_on_no_feature() {
		noClasses().that()
			.resideInAPackage("org.driftgraph.schema..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.driftgraph.schema..", "java..", "javax..", "org.springframework..",
					"org.neo4j..", "com.fasterxml..", "tools.jackson..", "org.yaml..", "org.slf4j..")
			.check(main);
	}

	@Test
	void the_formats_depend_only_on_the_metagraph() {
		noClasses().that()
			.resideInAPackage("org.driftgraph.format..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.driftgraph.format..", "org.driftgraph.schema..", "java..", "tools.jackson..")
			.check(main);
	}

	@Test
	void controllers_are_package_private() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.check(main);
	}

	@Test
	void repositories_are_package_private() {
		classes().that()
			.haveSimpleNameEndingWith("Repository")
			.and()
			.areInterfaces()
			.should()
			.notBePublic()
			.check(main);
	}

}
