package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    /**
     * Each module declares exactly the modules it uses: a declared but unused dependency would let
     * a new coupling in without anybody deciding it.
     */
    @Test
    void declaredDependenciesAreNoWiderThanTheUse() {
        var mismatches = new TreeMap<String, String>();
        modules.forEach(module -> {
            var declared = declaredDependencies(module);
            var used = module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(ApplicationModule::getIdentifier)
                    .map(Object::toString)
                    .collect(Collectors.toSet());
            if (declared == null || used.isEmpty()) {
                // No rule declared, or a module that uses nothing yet (insights and moderation have
                // no code): an empty allowedDependencies would mean "anything", so the plan stays.
                return;
            }
            if (!declared.equals(used)) {
                mismatches.put(
                        module.getIdentifier().toString(),
                        "declares " + new TreeSet<>(declared) + ", uses " + new TreeSet<>(used));
            }
        });
        assertThat(mismatches)
                .as("modules whose allowedDependencies differ from their use")
                .isEmpty();
    }

    private static Set<String> declaredDependencies(ApplicationModule module) {
        var annotation = Package.getPackage(module.getBasePackage().getName())
                .getAnnotation(org.springframework.modulith.ApplicationModule.class);
        if (annotation == null || annotation.allowedDependencies().length == 0) {
            return null;
        }
        return Set.of(annotation.allowedDependencies());
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
