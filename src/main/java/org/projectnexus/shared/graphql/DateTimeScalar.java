package org.projectnexus.shared.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * {@code DateTime}: an instant written as REST writes it ({@code Instant.toString()}, UTC, as many
 * fraction digits as it has), so both APIs give the same text. graphql-java-extended-scalars'
 * DateTime takes no {@code Instant} and cuts to milliseconds, hence this one. Input accepts any
 * ISO-8601 date-time with an offset.
 */
final class DateTimeScalar {

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant, ISO-8601 in UTC (2026-11-29T08:30:00.123456Z), as in the REST API.")
            .coercing(new InstantCoercing())
            .build();

    private DateTimeScalar() {}

    private static final class InstantCoercing implements Coercing<Instant, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return instant.toString();
            }
            if (value instanceof OffsetDateTime time) {
                return time.toInstant().toString();
            }
            throw new CoercingSerializeException(
                    "Not a date-time: " + value.getClass().getSimpleName());
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                var parsed = parse(text);
                if (parsed != null) {
                    return parsed;
                }
            }
            throw new CoercingParseValueException(message(input));
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                var parsed = parse(text.getValue());
                if (parsed != null) {
                    return parsed;
                }
            }
            throw new CoercingParseLiteralException(message(input));
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private static Instant parse(String text) {
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .parse(text, OffsetDateTime::from)
                        .toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private static String message(Object input) {
            var shown = input instanceof StringValue s ? s.getValue() : String.valueOf(input);
            return "'" + shown + "' is not a DateTime: write it as ISO-8601 with an offset, e.g. 2026-11-29T08:30:00Z.";
        }
    }
}
