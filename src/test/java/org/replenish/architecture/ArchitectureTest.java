package org.replenish.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The layering the conventions promise: thin resources on the event loop, pure calculators. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.replenish");

    /** Pure computation answers on the event loop; no resource may hop to a worker thread. */
    static final ArchRule RESOURCES_RUN_ON_THE_EVENT_LOOP = classes().that().areAnnotatedWith(Path.class)
            .should().beAnnotatedWith(NonBlocking.class);

    /**
     * Calculators carry no framework types, so they are tested with plain tables. The one exception is the
     * jakarta.inject scope annotation ({@code @Singleton}) that makes a calculator a bean: it is a plain annotation the
     * JVM ignores outside the container, so CDI's own API (jakarta.enterprise) stays forbidden with the rest.
     */
    static final ArchRule CALCULATORS_ARE_FRAMEWORK_FREE = noClasses()
            .that().haveSimpleNameEndingWith("Estimator").or().haveSimpleNameEndingWith("Checker")
            .or().haveSimpleNameEndingWith("Comparator").or().haveSimpleNameEndingWith("Selector")
            .or().haveSimpleNameEndingWith("Model").or().haveSimpleNameEndingWith("Evaluator")
            .or().haveSimpleNameEndingWith("Assessor").or().haveSimpleNameEndingWith("Checks")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus..", "io.vertx..",
                    "org.jboss.resteasy..", "jakarta.enterprise..", "com.fasterxml.jackson..");

    /** Each top-level package can be read, tested and moved without the ones that use it. */
    static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.replenish.(*)..").should().beFreeOfCycles();

    /** The layers of the "Layout" diagram in docs/development.md: a package uses only what sits below it. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Features").definedBy("org.replenish.deficit..", "org.replenish.drink..",
                    "org.replenish.potassium..", "org.replenish.minerals..", "org.replenish.sources..", "org.replenish.caching..",
                    "org.replenish.catalogue..")
            .layer("Shared features").definedBy("org.replenish.sweat..", "org.replenish.safety..",
                    "org.replenish.targets..")
            .layer("HTTP").definedBy("org.replenish.batch..", "org.replenish.problem..", "org.replenish.openapi..",
                    "org.replenish.config..")
            .layer("Reference").definedBy("org.replenish.reference..")
            .layer("Codes").definedBy("org.replenish.codes..")
            .layer("Units").definedBy("org.replenish.units..")
            .layer("Base").definedBy("org.replenish.validation..", "org.replenish.vocabulary..")
            .whereLayer("Features").mayNotBeAccessedByAnyLayer()
            .whereLayer("Shared features").mayOnlyBeAccessedByLayers("Features")
            .whereLayer("HTTP").mayOnlyBeAccessedByLayers("Features", "Shared features")
            .whereLayer("Reference").mayOnlyBeAccessedByLayers("Features", "Shared features")
            .whereLayer("Codes").mayOnlyBeAccessedByLayers("Features", "Shared features", "HTTP", "Reference")
            .whereLayer("Units").mayOnlyBeAccessedByLayers("Features", "Shared features", "HTTP", "Reference", "Codes")
            .whereLayer("Base").mayOnlyBeAccessedByLayers("Features", "Shared features", "HTTP", "Reference", "Codes",
                    "Units");

    @Test
    void resourcesRunOnTheEventLoop() {
        RESOURCES_RUN_ON_THE_EVENT_LOOP.check(MAIN);
    }

    @Test
    void calculatorsAreFrameworkFree() {
        CALCULATORS_ARE_FRAMEWORK_FREE.check(MAIN);
    }

    @Test
    void packagesAreFreeOfCycles() {
        PACKAGES_ARE_FREE_OF_CYCLES.check(MAIN);
    }

    @Test
    void packagesKeepTheirLayers() {
        LAYERS.check(MAIN);
    }
}
