package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;

/**
 * What every successful response of a kind carries: no body on 204 and 304, the new resource's
 * {@code Location} on 201 and 202, the next page's {@code Link} on cursor-paginated lists.
 */
final class SuccessDocumentation {

    private SuccessDocumentation() {}

    static void document(Operation operation) {
        var paginated = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "cursor".equals(p.getName()));
        operation.getResponses().forEach((status, response) -> {
            switch (status) {
                case "204", "304" -> response.setContent(null);
                case "201", "202" -> response.addHeaderObject("Location", header("Where the new resource is"));
                case "200" -> {
                    if (paginated) {
                        response.addHeaderObject(
                                "Link", header("`<url>; rel=\"next\"` when there is a next page (as nextCursor)"));
                    }
                }
                default -> {}
            }
        });
    }

    static Header header(String description) {
        return new Header().description(description).schema(OpenApiConfiguration.schema("string"));
    }
}
