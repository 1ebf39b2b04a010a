package org.projectnexus.shared.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the GraphQL endpoint ({@code nexus.graphql.*}); GraphiQL is Spring's own setting
 * ({@code spring.graphql.graphiql.enabled}, fed by {@code NEXUS_GRAPHQL_GRAPHIQL}).
 *
 * @param introspection whether clients may ask for the schema ({@code __schema}, {@code __type}):
 *     off unless configured ({@code NEXUS_GRAPHQL_INTROSPECTION}; {@code spring-boot:run} turns it
 *     on for development)
 * @param maxDepth deepest selection a query may have
 * @param maxComplexity highest cost a query may have: a field costs 1, a connection its page size
 *     ({@code first}, 20 by default) times the cost of one edge
 * @param maxQueryLength longest query document, in characters
 */
@ConfigurationProperties("nexus.graphql")
record GraphQlProperties(
        @DefaultValue("false") boolean introspection,
        @DefaultValue("10") int maxDepth,
        @DefaultValue("5000") int maxComplexity,
        @DefaultValue("20000") int maxQueryLength) {}
