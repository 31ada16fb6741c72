package org.dischargehub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hub's own profiles and extensions (src/main/resources/fhir/profiles), served so that a hospital's system can
 * validate what it sends: they are written by hand, as the Camunda Modeler's BPMN is, and read once at start.
 */
@Component
class HubProfiles implements HubResourceProvider {

    private final List<StructureDefinition> definitions;

    HubProfiles(FhirContext fhir) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:fhir/profiles/*.json");
            definitions = Arrays.stream(files).map(file -> parse(fhir, file)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Class<StructureDefinition> getResourceType() {
        return StructureDefinition.class;
    }

    @Read
    public StructureDefinition read(@IdParam IdType id) {
        return definitions.stream().filter(d -> d.getIdElement().getIdPart().equals(id.getIdPart())).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<StructureDefinition> all() {
        return definitions;
    }

    private static StructureDefinition parse(FhirContext fhir, Resource file) {
        try (InputStream in = file.getInputStream()) {
            return fhir.newJsonParser().parseResource(StructureDefinition.class, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
