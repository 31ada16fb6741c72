package org.dischargehub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * FHIR R4 at /fhir: HAPI's plain RESTful server (not its Spring Boot starter, whose auto-configuration cannot be
 * switched off under Boot 3.5), serving every {@link HubResourceProvider}. Each provider calls the same application
 * services as the API and the screens, so no rule of the hub can be bypassed here. Signing in is the API's (HTTP
 * Basic, stateless: see the security configuration); the capability statement at /fhir/metadata is generated from
 * the providers, so it lists exactly what is served.
 */
@Configuration
class FhirServer {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext fhir, ObjectProvider<HubResourceProvider> resources,
            ObjectProvider<FhirPlainProvider> operations) {
        List<HubResourceProvider> providers = resources.orderedStream().toList();
        List<FhirPlainProvider> plainProviders = operations.orderedStream().toList();
        RestfulServer server = new RestfulServer(fhir);
        server.setServerName("Discharge Hub");
        server.setImplementationDescription("Discharge Hub: referrals in, status back, capacity out (UK Core)");
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setResourceProviders(List.copyOf(providers));
        server.registerProviders(List.copyOf(plainProviders));
        server.registerInterceptor(new FhirOutcomes(providers));
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
