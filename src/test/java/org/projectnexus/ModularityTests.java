package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure of {@code architecture.md} and writes its documentation. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(NexusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityHasItsModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains(
                        "shared",
                        "accounts",
                        "technologies",
                        "entries",
                        "search",
                        "collaboration",
                        "notifications",
                        "imports",
                        "insights",
                        "moderation");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
