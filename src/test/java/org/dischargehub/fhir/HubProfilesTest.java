package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;

/** The hub's own profiles and extensions are themselves valid definitions. */
class HubProfilesTest {

    @Test
    void every_definition_the_hub_serves_validates() {
        List<IBaseResource> definitions = UkCore.resources("classpath:fhir/profiles/*.json", Fhir.R4.newJsonParser());
        UkCore ukCore = UkCore.knowing(definitions);

        assertThat(definitions).isNotEmpty();
        for (IBaseResource definition : definitions) {
            assertThat(ukCore.errors(definition)).as(definition.getIdElement().getIdPart()).isEmpty();
        }
    }
}
