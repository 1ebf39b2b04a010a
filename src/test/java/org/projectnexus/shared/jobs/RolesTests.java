package org.projectnexus.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.projectnexus.shared.NexusProperties;
import org.projectnexus.shared.NexusRole;
import org.projectnexus.support.HttpProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A worker-only instance (NEXUS_ROLES=worker) keeps its probes but serves no API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nexus.roles=WORKER")
class RolesTests {

    @LocalServerPort
    int port;

    @Autowired
    NexusProperties properties;

    @Autowired
    ApplicationContext context;

    @Test
    void workerRunsOnlyItsRole() {
        assertThat(properties.roles()).containsExactly(NexusRole.WORKER);
        assertThat(context.getBeanNamesForType(BackgroundJobsConfiguration.FailedEventRetry.class))
                .hasSize(1);
        assertThat(context.getBeanNamesForType(BackgroundJobsConfiguration.CompletedEventCleanup.class))
                .isEmpty();
    }

    @Test
    void apiPathsAnswer503ButProbesStayUp() {
        var http = new HttpProbe(port);
        var api = http.get("/api/v1/anything");
        assertProblem(api, 503);
        assertThat(api.json().get("detail").asString()).contains("'api' role");

        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
