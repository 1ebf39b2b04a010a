package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.DeploymentFiles;
import org.projectnexus.support.DeploymentFiles.Caddyfile;
import org.projectnexus.support.DeploymentFiles.Dockerfile;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile, compose.yaml and the proxy's Caddyfile against the application they deploy:
 * settings that exist, the port it listens on, health endpoints that answer (asked of the running
 * test server), directories its user can write, a proxy in front of every API replica. The
 * container engine itself is CI's (the image job); this catches what drifts between the files.
 */
class DeploymentFilesTests extends ApiTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern LOCAL_URL = Pattern.compile("http://localhost:(\\d+)(/\\S*)");

    private final Dockerfile dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
    private final Map<String, Object> compose = DeploymentFiles.compose(ROOT.resolve("compose.yaml"));

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    /** The services that run Nexus (built from this repository's Dockerfile). */
    private Map<String, Map<String, Object>> nexusServices() {
        var nexus = new LinkedHashMap<String, Map<String, Object>>();
        services().forEach((name, service) -> {
            if (service.containsKey("build")) {
                nexus.put(name, service);
            }
        });
        return nexus;
    }

    private List<String> apiServices() {
        var api = new ArrayList<String>();
        nexusServices().forEach((name, service) -> {
            var roles = DeploymentFiles.environment(service).getOrDefault("NEXUS_ROLES", "api,worker,scheduler");
            if (List.of(roles.split(",")).contains("api")) {
                api.add(name);
            }
        });
        return api;
    }

    /** The port the app listens on: {@code server.port} of application.yaml, i.e. PORT's default. */
    @SuppressWarnings("unchecked")
    private static int serverPort() throws Exception {
        try (var reader = java.nio.file.Files.newBufferedReader(ROOT.resolve("src/main/resources/application.yaml"))) {
            var yaml = (Map<String, Object>) new Yaml().load(reader);
            var port = ((Map<String, Object>) yaml.get("server")).get("port").toString();
            var matcher = Pattern.compile("\\$\\{PORT:(\\d+)}").matcher(port);
            return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.parseInt(port);
        }
    }

    @Test
    void composeIsAFileEveryComposeReads() {
        // docker-compose 1.29 refuses a top-level `name:`; only these keys are common to all versions.
        assertThat(compose.keySet())
                .allSatisfy(key -> assertThat(key).matches("services|volumes|networks|configs|secrets|x-.+"));
        assertThat(nexusServices()).isNotEmpty();
        assertThat(apiServices()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyNexusSettingInComposeIsOneTheAppReads() throws Exception {
        var known = DeploymentFiles.knownEnvironmentVariables(ROOT);
        // The check can fail: a made-up name is not known, real ones of each kind are.
        assertThat(known)
                .doesNotContain("NEXUS_NOT_A_SETTING")
                .contains("NEXUS_ROLES", "NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY", "NEXUS_RABBITMQ_HOST")
                .contains("NEXUS_PUBLIC_URL", "NEXUS_SECRETS_KEY", "NEXUS_DATABASE_EMBEDDED_DATA_DIRECTORY");
        nexusServices()
                .forEach((name, service) -> DeploymentFiles.environment(service).keySet().stream()
                        .filter(variable -> variable.startsWith("NEXUS_"))
                        .forEach(variable ->
                                assertThat(known).as(name + " sets " + variable).contains(variable)));
        dockerfile.env().keySet().stream()
                .filter(variable -> variable.startsWith("NEXUS_"))
                .forEach(variable ->
                        assertThat(known).as("Dockerfile sets " + variable).contains(variable));
    }

    @Test
    void portsAreTheOneTheAppListensOn() throws Exception {
        var port = serverPort();
        assertThat(dockerfile.all("EXPOSE")).containsExactly(Integer.toString(port));
        assertThat(localUrl(dockerfile.last("HEALTHCHECK"))[0]).isEqualTo(Integer.toString(port));
        nexusServices().forEach((name, service) -> {
            assertThat(DeploymentFiles.environment(service)).as(name).doesNotContainKey("PORT");
            // Reached through the proxy only.
            assertThat(service).as(name).doesNotContainKey("ports");
        });
        for (var api : apiServices()) {
            assertThat(localUrl(healthcheck(api))[0]).as(api).isEqualTo(Integer.toString(port));
        }
    }

    @Test
    void healthchecksAskRealActuatorEndpoints() {
        var paths = new ArrayList<String>();
        paths.add(localUrl(dockerfile.last("HEALTHCHECK"))[1]);
        apiServices().forEach(api -> paths.add(localUrl(healthcheck(api))[1]));
        paths.add(caddyfile().healthUri());
        assertThat(paths).doesNotContainNull();
        for (var path : paths) {
            var response = http().get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.json().get("status").asString()).as(path).isEqualTo("UP");
        }
        assertThat(http().get("/actuator/health/not-a-group").status()).isEqualTo(404);
    }

    @Test
    void theImageRunsAsItsUserAndCanWriteWhatItWrites() {
        var user = dockerfile.last("USER");
        assertThat(user).isNotNull().isNotIn("root", "0");
        var owned = dockerfile.ownedBy(user);
        var workdir = dockerfile.last("WORKDIR");
        var dataDirectory = dockerfile.env().get("NEXUS_DATABASE_EMBEDDED_DATA_DIRECTORY");
        // The working directory (relative defaults such as .nexus/ land there) and the embedded
        // database's directory are the user's; the code under /app need not be.
        assertThat(owned)
                .as("chowned to " + user)
                .anySatisfy(dir -> assertThat(workdir).startsWith(dir));
        assertThat(dataDirectory).isNotNull();
        assertThat(owned).anySatisfy(dir -> assertThat(dataDirectory).startsWith(dir + "/"));
        assertThat(dockerfile.last("VOLUME")).contains("\"" + workdir + "\"");
        assertThat(dockerfile.last("ENTRYPOINT")).contains("-cp\", \"/app\"");
        // compose mounts the root file system read-only: every directory written is a mount.
        nexusServices().forEach((name, service) -> {
            assertThat(service.get("read_only")).as(name).isEqualTo(true);
            var mounts = new ArrayList<String>();
            ((List<?>) service.getOrDefault("tmpfs", List.of())).forEach(t -> mounts.add(t.toString()));
            ((List<?>) service.getOrDefault("volumes", List.of()))
                    .forEach(v -> mounts.add(
                            v instanceof Map<?, ?> m
                                    ? m.get("target").toString()
                                    : v.toString().split(":")[1]));
            assertThat(mounts).as(name).contains("/tmp", workdir);
        });
    }

    @Test
    void theProxyIsTheOneAddressOfEveryApiReplica() throws Exception {
        var caddy = caddyfile();
        var port = serverPort();
        var upstreams = caddy.upstreams().stream().map(u -> u.split(":")).toList();
        assertThat(upstreams).extracting(u -> u[0]).containsExactlyInAnyOrderElementsOf(apiServices());
        assertThat(upstreams).extracting(u -> u[1]).containsOnly(Integer.toString(port));
        var proxy = services().get("proxy");
        assertThat(proxy).isNotNull();
        assertThat((List<?>) proxy.get("volumes"))
                .anySatisfy(v -> assertThat(v.toString()).startsWith("./deploy/Caddyfile:/etc/caddy/Caddyfile"));
        assertThat(proxy.get("ports").toString()).isEqualTo("[8080" + caddy.siteAddress() + "]");
        assertThat(DeploymentFiles.environment(nexusServices().get(apiServices().getFirst())))
                .containsEntry("NEXUS_PUBLIC_URL", "http://localhost:8080");
    }

    @Test
    void ciBuildsTheImageAndStartsTheComposeStack() throws Exception {
        var workflow = java.nio.file.Files.readString(ROOT.resolve(".github/workflows/ci.yml"));
        assertThat(workflow).contains("docker build").contains("docker compose").contains("config");
    }

    private Caddyfile caddyfile() {
        return Caddyfile.read(ROOT.resolve("deploy/Caddyfile"));
    }

    @SuppressWarnings("unchecked")
    private String healthcheck(String service) {
        var check = (Map<String, Object>) services().get(service).get("healthcheck");
        assertThat(check).as(service + " has a healthcheck").isNotNull();
        return String.join(" ", (List<String>) check.get("test"));
    }

    /** Port and path of the http://localhost URL in a health check command. */
    private static String[] localUrl(String command) {
        var matcher = LOCAL_URL.matcher(command);
        assertThat(matcher.find()).as(command).isTrue();
        return new String[] {matcher.group(1), matcher.group(2)};
    }
}
