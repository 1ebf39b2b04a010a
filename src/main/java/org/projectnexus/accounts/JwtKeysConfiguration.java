package org.projectnexus.accounts;

import java.time.Clock;
import org.projectnexus.shared.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Where the JWT keys come from: {@code NEXUS_ACCOUNTS_JWT_KEYS} (PEM text) if set, else {@code
 * NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY} (a mounted secret) if set, else the database, where the first
 * replica makes them and the scheduler rotates them. Either way every replica reads the same keys.
 */
@Configuration(proxyBeanMethods = false)
class JwtKeysConfiguration {

    @Bean
    JwtKeySource jwtKeySource(
            AccountsProperties properties, JdbcClient jdbc, Secrets secrets, TransactionTemplate transactions) {
        var jwt = properties.jwt();
        if (StringUtils.hasText(jwt.keys())) {
            return PemJwtKeys.text(jwt.keys());
        }
        if (jwt.keyDirectory() != null) {
            return PemJwtKeys.directory(jwt.keyDirectory());
        }
        return new DatabaseJwtKeys(jdbc, secrets, transactions, jwt);
    }

    @Bean
    JwtKeys jwtKeys(JwtKeySource source, Clock clock) {
        return new JwtKeys(source, clock);
    }
}
