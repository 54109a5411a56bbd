package org.recoverytracker.contracts;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The contract jar is what every service and the field app's build share, so it stays a plain jar: records,
 * resources and pure-Java loaders. Micronaut's generated introspections ({@code $X$Introspection}) are skipped:
 * they are the serde metadata of the records, not code of ours.
 */
@AnalyzeClasses(packages = "org.recoverytracker.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {
    private static final String GENERATED = ".*\\.\\$.*";

    @ArchTest
    static final ArchRule dependsOnNothingOfOursOutsideContracts = noClasses()
            .that().haveNameNotMatching(GENERATED)
            .should().dependOnClassesThat(resideInAPackage("org.recoverytracker..")
                    .and(not(resideInAPackage("org.recoverytracker.contracts.."))));

    @ArchTest
    static final ArchRule hasNoBeansHttpKafkaOrDataAccess = noClasses()
            .that().haveNameNotMatching(GENERATED)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut.context..", "io.micronaut.inject..", "jakarta.inject..", "io.micronaut.runtime..",
                    "io.micronaut.http..", "io.micronaut.configuration.kafka..", "org.apache.kafka..",
                    "io.micronaut.data..", "io.micronaut.transaction..", "java.sql..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule usesOnlyTheJdkAndSerdeAnnotations = classes()
            .that().haveNameNotMatching(GENERATED)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.recoverytracker.contracts..", "java..",
                    "io.micronaut.core.annotation..", "io.micronaut.serde.annotation..",
                    // the default value of @Serdeable's naming member
                    "io.micronaut.serde.config.naming..",
                    "com.fasterxml.jackson.annotation..");
}
