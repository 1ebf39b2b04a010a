package org.projectnexus.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the data lives ({@code nexus.database.*}). With no URL here and none in {@code
 * spring.datasource.url}, Nexus starts an embedded PostgreSQL whose data survives restarts.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code NEXUS_DATABASE_URL})
 * @param user its user ({@code NEXUS_DATABASE_USER})
 * @param password its password ({@code NEXUS_DATABASE_PASSWORD})
 * @param embedded the embedded server used when no URL is configured
 */
@ConfigurationProperties("nexus.database")
record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue Embedded embedded) {

    boolean hasUrl() {
        return StringUtils.hasText(url);
    }

    /**
     * @param dataDirectory where the embedded cluster keeps its files ({@code
     *     NEXUS_DATABASE_EMBEDDED_DATA_DIRECTORY})
     * @param port fixed port, or 0 for any free one
     * @param databaseName database created inside the embedded cluster
     */
    record Embedded(
            @DefaultValue(".nexus/postgres") Path dataDirectory,
            @DefaultValue("0") int port,
            @DefaultValue("nexus") String databaseName) {}
}
