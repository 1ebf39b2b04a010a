package org.projectnexus.support.observed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Puts the recording filter into every application context the tests start (test auto-configuration). */
@AutoConfiguration
public class ObservedResponsesConfiguration {

    @Bean
    FilterRegistrationBean<ObservedResponsesFilter> observedResponsesFilter(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        var registration = new FilterRegistrationBean<>(new ObservedResponsesFilter(mappings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
