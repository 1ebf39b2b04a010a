package org.projectnexus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.projectnexus.fixtures.persistence.PublicRepositoryFixture;
import org.springframework.stereotype.Repository;

/** Rules the module verification of Spring Modulith does not cover on its own. */
class ArchitectureTests {

    /** Persistence is an implementation detail of each module: nothing there may be public. */
    static final ArchRule persistenceTypesArePackagePrivate = classes()
            .that()
            .resideInAPackage("..persistence..")
            .or()
            .haveSimpleNameEndingWith("Repository")
            .or()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .allowEmptyShould(true)
            .because("modules reach each other's data only through their API and events");

    @Test
    void noRepositoryOrPersistenceTypeIsPublic() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.projectnexus");
        persistenceTypesArePackagePrivate.check(production);
    }

    @Test
    void theRuleCatchesAPublicRepository() {
        var fixture = new ClassFileImporter().importClasses(PublicRepositoryFixture.class);
        var result = persistenceTypesArePackagePrivate.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(PublicRepositoryFixture.class.getName());
    }
}
