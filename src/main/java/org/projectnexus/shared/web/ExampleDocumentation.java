package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request and response example on every JSON body, put together from the schema: the examples
 * the records declare on their fields ({@code @Schema(example = ...)}), the first value of enums,
 * and a plausible value for the other types and formats. Problem responses have theirs already.
 */
final class ExampleDocumentation {

    private static final int MAX_DEPTH = 6;

    private final Map<String, Schema> components;

    private ExampleDocumentation(Map<String, Schema> components) {
        this.components = components;
    }

    static void addExamples(OpenAPI openApi) {
        var examples = new ExampleDocumentation(openApi.getComponents().getSchemas());
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        examples.fill(operation.getRequestBody().getContent());
                    }
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            examples.fill(response.getContent());
                        }
                    });
                }));
    }

    private void fill(Content content) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (type.contains("json") && media.getExample() == null && media.getExamples() == null) {
                setExample(media, of(media.getSchema(), 0));
            }
        });
    }

    private static void setExample(MediaType media, Object example) {
        if (example != null) {
            media.setExample(example);
        }
    }

    private Object of(Schema<?> schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            var name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return of(components.get(name), depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().getFirst();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().getFirst();
        }
        for (var alternatives : List.of(listOrEmpty(schema.getAllOf()), listOrEmpty(schema.getOneOf()))) {
            if (!alternatives.isEmpty()) {
                return of(alternatives.getFirst(), depth + 1);
            }
        }
        return byType(schema, depth);
    }

    private Object byType(Schema<?> schema, int depth) {
        return switch (typeOf(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> {
                var item = of(schema.getItems(), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
            case "number" -> 4.5;
            case "boolean" -> false;
            case "string" -> string(schema.getFormat());
            default -> null;
        };
    }

    private Object object(Schema<?> schema, int depth) {
        var value = new LinkedHashMap<String, Object>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                var example = of(property, depth + 1);
                if (example != null) {
                    value.put(name, example);
                }
            });
        }
        if (value.isEmpty() && schema.getAdditionalProperties() instanceof Schema<?> values) {
            var example = of(values, depth + 1);
            if (example != null) {
                value.put("key", example);
            }
        }
        return value;
    }

    private static String string(String format) {
        if (format == null) {
            return "string";
        }
        return switch (format) {
            case "date-time" -> "2026-11-02T09:30:00Z";
            case "date" -> "2026-11-02";
            case "uuid" -> "0196c0de-3c5a-7b12-9f0e-4d2a6b8c1e70";
            case "uri", "url" -> "https://example.org";
            case "email" -> "ada@example.org";
            default -> "string";
        };
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getTypes() != null) {
            return schema.getTypes().stream()
                    .filter(type -> !"null".equals(type))
                    .findFirst()
                    .orElse("null");
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : "";
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
