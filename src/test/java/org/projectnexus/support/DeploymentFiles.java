package org.projectnexus.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files of the repository, read as their tools read them: the Dockerfile's last
 * stage, compose.yaml (a real YAML parser, merge keys and all), the proxy's Caddyfile, and the
 * settings the application knows, to check them against each other.
 */
public final class DeploymentFiles {

    private static final Pattern PLACEHOLDER_ENV = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern PLACEHOLDER_PROPERTY = Pattern.compile("\\$\\{(nexus\\.[a-z0-9.-]+)");
    private static final Pattern ENV_LITERAL = Pattern.compile("\"(NEXUS_[A-Z0-9_]+)\"");

    private DeploymentFiles() {}

    /** The instructions of the Dockerfile's final stage, continuation lines joined. */
    public record Dockerfile(List<String[]> instructions) {

        public static Dockerfile read(Path file) {
            var joined = new ArrayList<String>();
            var current = new StringBuilder();
            for (var line : lines(file)) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                current.append(line.strip());
                if (line.endsWith("\\")) {
                    current.setLength(current.length() - 1);
                    current.append(' ');
                    continue;
                }
                joined.add(current.toString());
                current.setLength(0);
            }
            var stage = new ArrayList<String[]>();
            for (var instruction : joined) {
                var parts = instruction.split("\\s+", 2);
                if (parts[0].equalsIgnoreCase("FROM")) {
                    stage.clear();
                }
                stage.add(new String[] {parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""});
            }
            return new Dockerfile(stage);
        }

        /** The arguments of every instruction of this kind, in order. */
        public List<String> all(String kind) {
            return instructions.stream()
                    .filter(i -> i[0].equals(kind))
                    .map(i -> i[1])
                    .toList();
        }

        public String last(String kind) {
            var all = all(kind);
            return all.isEmpty() ? null : all.getLast();
        }

        /** ENV name=value pairs (quotes removed). */
        public Map<String, String> env() {
            var env = new LinkedHashMap<String, String>();
            var pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");
            for (var args : all("ENV")) {
                pair.matcher(args)
                        .results()
                        .forEach(m -> env.put(m.group(1), m.group(2).replace("\"", "")));
            }
            return env;
        }

        /** Directories a RUN gives to {@code owner} with {@code chown owner:group dir...}. */
        public Set<String> ownedBy(String owner) {
            var owned = new LinkedHashSet<String>();
            var chown = Pattern.compile("chown\\s+(?:-R\\s+)?" + Pattern.quote(owner) + "(?::\\S+)?\\s+([^&;|]+)");
            for (var run : all("RUN")) {
                chown.matcher(run)
                        .results()
                        .forEach(m -> owned.addAll(List.of(m.group(1).strip().split("\\s+"))));
            }
            return owned;
        }
    }

    /** compose.yaml as a map, YAML merge keys resolved. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> compose(Path file) {
        try (var reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's environment, whichever form compose.yaml uses (map or KEY=value list). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> environment(Map<String, Object> service) {
        var env = new LinkedHashMap<String, String>();
        var declared = service.get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(k.toString(), v == null ? "" : v.toString()));
        } else if (declared instanceof List<?> list) {
            for (var item : (List<String>) list) {
                var eq = item.indexOf('=');
                env.put(eq < 0 ? item : item.substring(0, eq), eq < 0 ? "" : item.substring(eq + 1));
            }
        }
        return env;
    }

    /** The upstreams ({@code host:port}) and the active health check path of a Caddyfile's proxy. */
    public record Caddyfile(String siteAddress, List<String> upstreams, String healthUri) {

        public static Caddyfile read(Path file) {
            var text = String.join("\n", lines(file));
            var site = Pattern.compile("(?m)^(:\\d+|[a-z0-9.-]+:\\d+)\\s*\\{").matcher(text);
            var proxy = Pattern.compile("reverse_proxy\\s+([^{\\n]+)\\{").matcher(text);
            var health = Pattern.compile("health_uri\\s+(\\S+)").matcher(text);
            return new Caddyfile(
                    site.find() ? site.group(1) : null,
                    proxy.find() ? List.of(proxy.group(1).strip().split("\\s+")) : List.of(),
                    health.find() ? health.group(1) : null);
        }
    }

    /**
     * Every environment variable the application reads: {@code ${NEXUS_...}} placeholders of
     * application.yaml, the relaxed-binding names of every {@code @ConfigurationProperties} record
     * (both Spring's {@code KEYDIRECTORY} and the legacy {@code KEY_DIRECTORY} form), and the names
     * code reads itself ({@code "NEXUS_..."} literals, {@code ${nexus....}} placeholders).
     */
    public static Set<String> knownEnvironmentVariables(Path projectRoot) throws ClassNotFoundException {
        var known = new LinkedHashSet<String>();
        var applicationYaml = String.join("\n", lines(projectRoot.resolve("src/main/resources/application.yaml")));
        PLACEHOLDER_ENV.matcher(applicationYaml).results().forEach(m -> known.add(m.group(1)));
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (var candidate : scanner.findCandidateComponents("org.projectnexus")) {
            var type = Class.forName(candidate.getBeanClassName());
            var annotation = type.getAnnotation(ConfigurationProperties.class);
            var prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            properties(prefix, type).forEach(property -> known.addAll(envNames(property)));
        }
        try (Stream<Path> sources = Files.walk(projectRoot.resolve("src/main/java"))) {
            for (var source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var text = Files.readString(source);
                ENV_LITERAL.matcher(text).results().forEach(m -> known.add(m.group(1)));
                PLACEHOLDER_PROPERTY.matcher(text).results().forEach(m -> known.addAll(envNames(m.group(1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /** The property names of a record, nested records walked into ({@code nexus.accounts.jwt.issuer}). */
    static List<String> properties(String prefix, Class<?> type) {
        var names = new ArrayList<String>();
        if (!type.isRecord()) {
            names.add(prefix);
            return names;
        }
        for (var component : type.getRecordComponents()) {
            var kebab =
                    component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            names.addAll(properties(prefix + "." + kebab, component.getType()));
        }
        return names;
    }

    static List<String> envNames(String property) {
        var upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
        return List.of(upper.replace("-", ""), upper.replace('-', '_'));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
