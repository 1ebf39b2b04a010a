package org.projectnexus.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.MDC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each HTTP request runs, by its request id (the MDC value the request
 * filter sets), with datasource-proxy around the real connection pool. Import {@link Counting}
 * into a test context to use it.
 */
public final class SqlStatements {

    private static final Map<String, AtomicInteger> BY_REQUEST = new ConcurrentHashMap<>();

    private SqlStatements() {}

    /** Statements run while serving the request sent with {@code X-Request-Id: requestId}. */
    public static int of(String requestId) {
        var count = BY_REQUEST.get(requestId);
        return count == null ? 0 : count.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof ProxyDataSource) {
                        return bean;
                    }
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .afterQuery((execution, queries) -> {
                                var requestId = MDC.get("requestId");
                                if (requestId != null) {
                                    BY_REQUEST
                                            .computeIfAbsent(requestId, id -> new AtomicInteger())
                                            .incrementAndGet();
                                }
                            })
                            .build();
                }
            };
        }
    }
}
