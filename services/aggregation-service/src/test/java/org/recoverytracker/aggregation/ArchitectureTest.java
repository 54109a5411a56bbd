package org.recoverytracker.aggregation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** Controllers and listeners translate only; the exactly-once machinery knows no projection. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recoverytracker.aggregation");

    private static final DescribedPredicate<JavaClass> REPOSITORIES =
            DescribedPredicate.describe("repositories (classes holding JdbcOperations)",
                    type -> type.getAllFields().stream().anyMatch(field -> field.getRawType().isEquivalentTo(JdbcOperations.class)));

    @Test
    void controllersDoNotReachRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat(REPOSITORIES)
                .check(CLASSES);
    }

    @Test
    void listenersDoNotReachRepositories() {
        noClasses().that().areMetaAnnotatedWith(KafkaListener.class)
                .should().dependOnClassesThat(REPOSITORIES)
                .check(CLASSES);
    }

    @Test
    void ingestionKnowsNoProjection() {
        noClasses().that().resideInAPackage("..aggregation.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("..aggregation.damage..", "..aggregation.totals..",
                        "..aggregation.aid..", "..aggregation.rebuild..")
                .check(CLASSES);
    }
}
