package org.projectnexus.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberRole;
import org.projectnexus.accounts.Members;
import org.projectnexus.accounts.Scope;
import org.projectnexus.entries.Visibility;
import org.projectnexus.shared.ProblemException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar project-nexus.jar import [options] PATH...}: imports READMEs and repository
 * archives (files, or every .md and .zip of a folder) into a running Nexus through its API, as the
 * member whose token is given, with a progress bar. No Spring context: it is a client.
 */
public final class ImportCommand {

    static final String USAGE = """
            Usage: java -jar project-nexus.jar import [options] PATH...
              PATH              a README (.md), a repository archive (.zip), or a folder of them
            Options:
              --server URL      the running Nexus (default $NEXUS_SERVER or http://localhost:8080)
              --token TOKEN     an access token or personal access token with the write scope
                                (default $NEXUS_TOKEN)
              --mode MODE       commit (default) or preview
              --visibility V    PUBLIC (default) or DRAFT
              --embedded        no server: start Nexus in this process on its database (the embedded
                                one under ./.nexus, or NEXUS_DATABASE_URL) and import there; stop
                                the server first if it uses the same embedded database
              --member HANDLE   with --embedded: the member to import for (instead of a token)
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream out;
    private final PrintStream err;

    private final Class<?> application;

    private ImportCommand(PrintStream out, PrintStream err, Class<?> application) {
        this.out = out;
        this.err = err;
        this.application = application;
    }

    /**
     * Runs the command; returns the process exit code (0 all imported, 1 some failed, 2 usage).
     *
     * @param application the application class to start for {@code --embedded}
     */
    public static int run(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
        return new ImportCommand(out, err, application).execute(args);
    }

    private int execute(List<String> args) {
        var server = System.getenv().getOrDefault("NEXUS_SERVER", "http://localhost:8080");
        var token = System.getenv("NEXUS_TOKEN");
        var mode = "commit";
        var visibility = "PUBLIC";
        var embedded = false;
        String member = null;
        var paths = new ArrayList<Path>();
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
            if (arg.equals("--embedded")) {
                embedded = true;
            } else if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    return usage(arg + " needs a value");
                }
                var value = args.get(++i);
                switch (arg) {
                    case "--server" -> server = value;
                    case "--token" -> token = value;
                    case "--mode" -> mode = value.toLowerCase(Locale.ROOT);
                    case "--visibility" -> visibility = value.toUpperCase(Locale.ROOT);
                    case "--member" -> member = value;
                    default -> {
                        return usage("unknown option " + arg);
                    }
                }
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (embedded && (member == null || member.isBlank())) {
            return usage("--embedded needs --member HANDLE: the member to import for");
        }
        if (!embedded && (token == null || token.isBlank())) {
            return usage("no token: pass --token or set NEXUS_TOKEN (create one with POST /api/v1/me/tokens)");
        }
        if (!mode.equals("commit") && !mode.equals("preview")) {
            return usage("--mode must be commit or preview");
        }
        if (!visibility.equals("PUBLIC") && !visibility.equals("DRAFT")) {
            return usage("--visibility must be PUBLIC or DRAFT");
        }
        List<Path> files;
        try {
            files = files(paths);
        } catch (IOException e) {
            return usage("cannot read " + e.getMessage());
        }
        if (files.isEmpty()) {
            return usage("no .md or .zip files given");
        }
        if (embedded) {
            return importEmbedded(member.strip(), mode, visibility, files);
        }
        var base = URI.create(server.replaceAll("/+$", ""));
        var bearer = token.strip();
        var chosenMode = mode;
        var chosenVisibility = visibility;
        return importAll(files, file -> importOne(base, bearer, chosenMode, chosenVisibility, file));
    }

    /** Starts Nexus in this process (no worker: the jobs run here) and imports there. */
    private int importEmbedded(String handle, String mode, String visibility, List<Path> files) {
        err.println("starting Nexus in this process …");
        // The whole application, on a free local port nobody is told about: its web and security
        // configuration expect a web server. Without the worker role, the jobs run right here.
        // (As arguments: they outrank application.yaml, where default properties would not.)
        try (var context = new SpringApplicationBuilder(application)
                .run("--nexus.roles=api", "--server.port=0", "--server.address=127.0.0.1")) {
            var member = context.getBean(Members.class).findByHandle(handle).orElse(null);
            if (member == null) {
                err.println("error: no member '" + handle + "' in this database (register first)");
                return 1;
            }
            var me = new CurrentMember(member.id(), member.handle(), Set.of(MemberRole.LEARNER), Set.of(Scope.WRITE));
            var imports = context.getBean(ImportService.class);
            return importAll(files, file -> {
                try {
                    var job = imports.submit(
                            me,
                            file.getFileName().toString(),
                            Files.readAllBytes(file),
                            ImportJobRepository.Mode.valueOf(mode.toUpperCase(Locale.ROOT)),
                            Visibility.valueOf(visibility));
                    // Runs it here, unless the job's own event got to it first: either way, wait for the end.
                    imports.process(job.id());
                    var done = imports.job(me, job.id());
                    var deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
                    while ((done.status() == ImportJobRepository.Status.QUEUED
                                    || done.status() == ImportJobRepository.Status.RUNNING)
                            && System.nanoTime() < deadline) {
                        pause();
                        done = imports.job(me, job.id());
                    }
                    if (done.status() == ImportJobRepository.Status.FAILED) {
                        throw new Failure(done.error(), false);
                    }
                    return JSON.valueToTree(new Summary(
                            imports.result(done), imports.preview(done).counts()));
                } catch (IOException e) {
                    throw new Failure("cannot read: " + e.getMessage(), false);
                } catch (ProblemException e) {
                    throw new Failure(e.getBody().getDetail(), false);
                }
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", true);
        }
    }

    /** The part of a job the summary adds up. */
    private record Summary(ImportService.Result result, java.util.Map<String, Integer> counts) {}

    private int importAll(List<Path> files, java.util.function.Function<Path, JsonNode> importer) {
        var totals = new TreeMap<String, Integer>();
        var failures = new ArrayList<String>();
        var started = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            progress(i, files.size(), file.getFileName().toString(), started);
            try {
                var job = importer.apply(file);
                var result = job.get("result");
                if (result != null && !result.isNull()) {
                    for (var action : List.of("created", "updated", "unchanged")) {
                        totals.merge(action, result.get(action).asInt(), Integer::sum);
                    }
                } else {
                    job.get("counts")
                            .properties()
                            .forEach(e -> totals.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
                }
            } catch (Failure e) {
                failures.add(file + ": " + e.getMessage());
                if (e.fatal) {
                    err.println();
                    err.println("error: " + e.getMessage());
                    return 1;
                }
            }
        }
        progress(files.size(), files.size(), "done", started);
        err.println();
        var seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "%d of %d files imported in %.1f s (%.1f files/s): %s%n",
                files.size() - failures.size(),
                files.size(),
                seconds,
                files.size() / Math.max(seconds, 0.001),
                totals);
        failures.forEach(f -> out.println("failed: " + f));
        return failures.isEmpty() ? 0 : 1;
    }

    private JsonNode importOne(URI server, String token, String mode, String visibility, Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Failure("cannot read: " + e.getMessage(), false);
        }
        var boundary = "nexus-cli-" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n" + mode + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\n" + visibility
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.getFileName().toString().replace("\"", "") + "\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var submitted = send(HttpRequest.newBuilder(server.resolve("/api/v1/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build());
        if (submitted.statusCode() == 401 || submitted.statusCode() == 403) {
            throw new Failure("the server refused the token (" + detail(submitted) + ")", true);
        }
        if (submitted.statusCode() != 202) {
            throw new Failure(detail(submitted), false);
        }
        var location = URI.create(submitted.headers().firstValue("Location").orElseThrow());
        var done = mode.equals("commit") ? "COMMITTED" : "PREVIEW_READY";
        var deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var response = send(HttpRequest.newBuilder(location)
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());
            if (response.statusCode() != 200) {
                throw new Failure(detail(response), false);
            }
            var job = JSON.readTree(response.body());
            var status = job.get("status").asString();
            if (status.equals(done)) {
                return job;
            }
            if (status.equals("FAILED")) {
                throw new Failure(job.get("error").asString(), false);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted", true);
            }
        }
        throw new Failure("the job did not finish within " + JOB_TIMEOUT.toMinutes() + " minutes", false);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Failure(
                    "no Nexus answers at " + request.uri().resolve("/") + " (start it, or pass --server)", true);
        } catch (IOException e) {
            throw new Failure("request failed: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", true);
        }
    }

    /** The problem's detail, or the status when the answer is not a problem. */
    private static String detail(HttpResponse<String> response) {
        try {
            var problem = JSON.readTree(response.body());
            if (problem.has("errors") && !problem.get("errors").isEmpty()) {
                var first = problem.get("errors").get(0);
                return first.get("field").asString() + " "
                        + first.get("message").asString();
            }
            if (problem.has("detail")) {
                return problem.get("detail").asString();
            }
        } catch (RuntimeException notJson) {
            // fall through to the status
        }
        return "HTTP " + response.statusCode();
    }

    private void progress(int done, int total, String current, long started) {
        var width = 30;
        var filled = total == 0 ? width : done * width / total;
        var elapsed = (System.nanoTime() - started) / 1e9;
        var eta = done == 0 ? "" : String.format(Locale.ROOT, " ETA %.0fs", elapsed / done * (total - done));
        var name = current.length() > 40 ? current.substring(0, 39) + "…" : current;
        err.printf(
                Locale.ROOT,
                "\r[%s%s] %d/%d%s %-41s",
                "#".repeat(filled),
                "-".repeat(width - filled),
                done,
                total,
                eta,
                name);
        err.flush();
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        var files = new ArrayList<Path>();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                try (var list = Files.list(path)) {
                    list.filter(p -> {
                                var name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                                return Files.isRegularFile(p) && (name.endsWith(".md") || name.endsWith(".zip"));
                            })
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException(path + " (no such file or folder)");
            }
        }
        return files;
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.print(USAGE);
        return 2;
    }

    /** A file that could not be imported; fatal when no other file can be either. */
    private static final class Failure extends RuntimeException {

        final boolean fatal;

        Failure(String message, boolean fatal) {
            super(message, null, false, false);
            this.fatal = fatal;
        }
    }
}
