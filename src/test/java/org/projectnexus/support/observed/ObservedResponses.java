package org.projectnexus.support.observed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file every response of the test run is written to, one line each: method, path, status and
 * problem type ({@code -} when there is none). Surefire names it in {@value #PROPERTY}; the check
 * after the tests ({@code DocumentedResponsesIT}) reads it.
 */
public final class ObservedResponses {

    public static final String PROPERTY = "nexus.test.observed-responses";

    /** Where the check after the tests finds the file (failsafe sets it; it must not record or reset). */
    public static final String READ_PROPERTY = PROPERTY + ".read";

    private ObservedResponses() {}

    /** The file, or {@code null} when this run does not record (a run from an IDE, say). */
    public static Path file() {
        return path(PROPERTY);
    }

    /** The file the check after the tests reads, or {@code null} outside Maven's verify phase. */
    public static Path recorded() {
        return path(READ_PROPERTY);
    }

    private static Path path(String property) {
        var name = System.getProperty(property);
        return name == null || name.isBlank() ? null : Path.of(name);
    }

    static synchronized void record(String method, String path, int status, String problemType) {
        var file = file();
        if (file == null) {
            return;
        }
        var line = String.join("\t", method, path, String.valueOf(status), problemType) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new run starts with an empty file. */
    static void reset() {
        var file = file();
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
