package org.dischargehub.security.web;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit signs a manager in through the hub's own login. The hub's accounts are the only accounts: Camunda's own
 * user tables stay empty and read-only, so its first-admin setup page and its own login form never apply.
 */
@Configuration(proxyBeanMethods = false)
class CockpitConfiguration {

    @Bean
    FilterRegistrationBean<CockpitAuthenticationFilter> cockpitAuthenticationFilter() {
        FilterRegistrationBean<CockpitAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new CockpitAuthenticationFilter());
        registration.setName("Cockpit Authentication Filter");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                CockpitAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    ProcessEnginePlugin readOnlyCamundaIdentity() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setIdentityProviderSessionFactory(
                        new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
            }
        };
    }
}
