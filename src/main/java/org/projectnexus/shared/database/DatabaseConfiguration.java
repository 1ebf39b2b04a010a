package org.projectnexus.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * One pooled {@link javax.sql.DataSource} on PostgreSQL, in order of preference: {@code
 * NEXUS_DATABASE_URL}, {@code spring.datasource.url}, or an embedded server. Pool tuning still
 * comes from {@code spring.datasource.hikari.*}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @Conditional(OnNoExternalDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return new EmbeddedPostgresServer(properties.embedded());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            DatabaseProperties nexus, DataSourceProperties spring, ObjectProvider<EmbeddedPostgresServer> embedded) {
        var builder = DataSourceBuilder.create().type(HikariDataSource.class);
        if (nexus.hasUrl()) {
            builder.url(nexus.url()).username(nexus.user()).password(nexus.password());
        } else if (spring.getUrl() != null && !spring.getUrl().isBlank()) {
            builder.url(spring.getUrl()).username(spring.getUsername()).password(spring.getPassword());
        } else {
            builder.url(embedded.getObject().jdbcUrl()).username("postgres");
        }
        var dataSource = builder.build();
        dataSource.setPoolName("nexus");
        return dataSource;
    }
}
