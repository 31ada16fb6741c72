package org.dischargehub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;

/** A HAPI FHIR client of the running hub's /fhir, signed in as one of its users or as no one. */
public final class Fhir {

    static final FhirContext R4 = FhirContext.forR4Cached();

    static {
        R4.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    private Fhir() {
    }

    public static IGenericClient as(int port, String username, String password) {
        IGenericClient client = anonymous(port);
        client.registerInterceptor(new BasicAuthInterceptor(username, password));
        return client;
    }

    static IGenericClient anonymous(int port) {
        return R4.newRestfulGenericClient("http://localhost:" + port + "/fhir");
    }
}
