package org.projectnexus.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Nexus in a JVM of its own, started from the test classpath in a working directory of its own,
 * as another container would run it: it shares nothing with the tests' JVM but the database and
 * the network. Its output goes to a log file under {@code target/}.
 */
public final class ReplicaProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ReplicaProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts it with these application arguments (plus {@code --server.port}); returns at once. */
    public static ReplicaProcess start(String name, Path workingDirectory, List<String> arguments) {
        var port = freePort();
        var java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        var classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        var command = new ArrayList<>(
                List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classpath, "org.projectnexus.NexusApplication"));
        command.addAll(arguments);
        command.add("--server.port=" + port);
        var log = Path.of("target", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            var process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new ReplicaProcess(process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    public int port() {
        return port;
    }

    /** Waits until it answers ready; fails with the end of its log if it stops or takes too long. */
    public ReplicaProcess awaitReady(Duration timeout) {
        var http = new HttpProbe(port);
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The replica stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                if (http.get("/actuator/health/readiness").status() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause();
        }
        throw new AssertionError("The replica was not ready within " + timeout + ":\n" + tail());
    }

    /** The last lines it logged. */
    public String tail() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
