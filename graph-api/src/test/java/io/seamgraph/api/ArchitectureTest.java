package io.seamgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The layering of the API, checked rather than hoped for. Plain JUnit tests: no ArchUnit engine needed. */
class ArchitectureTest {

    private static final JavaClasses API = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.seamgraph.api");

    @Test
    void controllers_and_repositories_are_package_private() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Repository.class)
            .should().bePackagePrivate()
            .check(API);
    }

    /** Knowing a driver exception to report it is fine; running queries is the repositories' job. */
    @Test
    void only_repositories_run_queries() {
        noClasses().that().areNotAnnotatedWith(Repository.class).and().resideOutsideOfPackage("..graph..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.neo4j.core..",
                "org.neo4j.driver", "io.seamgraph.cypher..")
            .check(API);
    }

    @Test
    void features_do_not_depend_on_each_other() {
        slices().matching("io.seamgraph.api.(customer|journey|identity|documents)..").should().notDependOnEachOther().check(API);
    }

    @Test
    void the_api_touches_neither_spark_nor_the_jobs() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
                "io.seamgraph.ingest..", "io.seamgraph.analytics..", "io.seamgraph.pipeline..")
            .check(API);
    }
}
