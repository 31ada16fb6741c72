package org.dischargehub.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An offline FHIR validator that knows UK Core: the definitions, value sets and code systems published by NHS England
 * (src/test/resources/fhir/ukcore, differentials only, so snapshots are generated), with HAPI's R4 core and its
 * built-in terminology. SNOMED bindings can only warn without a terminology server. Extra resources (the hub's own
 * code systems) may be added, so that its codes are checked too.
 */
final class UkCore {

    private static final String DEFINITIONS = "classpath:fhir/ukcore/%s/*.xml";
    static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    /** The resource types of UK Core STU2 that the hub exchanges. */
    private static final Set<String> PROFILED = Set.of("Patient", "Organization", "Location", "HealthcareService",
            "ServiceRequest", "Encounter");

    private final FhirValidator validator;

    private UkCore(List<IBaseResource> extra) {
        PrePopulatedValidationSupport ukCore = new PrePopulatedValidationSupport(Fhir.R4);
        for (String folder : List.of("structuredefinitions", "valuesets", "codesystems")) {
            resources(String.format(DEFINITIONS, folder)).forEach(ukCore::addResource);
        }
        extra.forEach(ukCore::addResource);
        var unknownSystems = new UnknownCodeSystemWarningValidationSupport(Fhir.R4);
        unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(Fhir.R4), ukCore,
                new SnapshotGeneratingValidationSupport(Fhir.R4),
                        new InMemoryTerminologyServerValidationSupport(Fhir.R4),
                new CommonCodeSystemsTerminologyService(Fhir.R4), unknownSystems);
        validator = Fhir.R4.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static UkCore validator() {
        return new UkCore(List.of());
    }

    /** A validator that also knows these resources (the hub's code systems, say). */
    static UkCore knowing(List<? extends IBaseResource> extra) {
        return new UkCore(List.copyOf(extra));
    }

    /**
     * The errors (and worse) the resource has, each as "location: message": against R4, its declared profiles and
     * UK Core's profile of its type where UK Core has one (Patient, Location, ServiceRequest...), declared or not.
     */
    List<String> errors(IBaseResource resource) {
        String type = Fhir.R4.getResourceType(resource);
        return errors(resource, PROFILED.contains(type) ? UK_CORE + type : null);
    }

    /** The errors (and worse) the resource has against R4, its declared profiles and this profile. */
    List<String> errors(IBaseResource resource, String profile) {
        ValidationOptions options = new ValidationOptions();
        if (profile != null) {
            options.addProfile(profile);
        }
        ValidationResult result = validator.validateWithResult(resource, options);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(UkCore::describe).toList();
    }

    static List<IBaseResource> resources(String pattern) {
        return resources(pattern, Fhir.R4.newXmlParser());
    }

    static List<IBaseResource> resources(String pattern, IParser parser) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
                    .map(file -> parse(file, parser)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IBaseResource parse(Resource file, IParser parser) {
        try (InputStream in = file.getInputStream()) {
            return parser.parseResource(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
