package org.projectnexus.support;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checked-in OpenAPI document ({@code clients/typescript/openapi.json}): the served document
 * with the local server as its server, so it does not change with the port a test run got.
 */
public final class OpenApiContract {

    public static final Path FILE = Path.of("clients", "typescript", "openapi.json");

    public static final String REGENERATE =
            "./mvnw -q -Dnexus.openapi.update=true -Dtest=OpenApiDocumentTests -Dsurefire.failIfNoSpecifiedTests=false"
                    + " test";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiContract() {}

    public static JsonNode normalize(JsonNode served) {
        var document = (ObjectNode) served.deepCopy();
        var servers = document.putArray("servers");
        servers.addObject()
                .put("url", "http://localhost:8080")
                .put("description", "A local server (./mvnw spring-boot:run)");
        return document;
    }

    public static String write(JsonNode document) {
        return JSON.writeValueAsString(document) + "\n";
    }

    public static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
