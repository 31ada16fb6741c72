package org.dischargehub.fhir;

/**
 * The addresses the hub's FHIR resources are coded with: national systems where one exists, and the hub's own code
 * systems, all under one fixed canonical base, where none does (pathways, ready dates, bed and referral states).
 */
public final class HubCodes {

    /** The hub's canonical base: never the address it happens to run at, so codes mean the same everywhere. */
    public static final String BASE = "https://discharge-hub.org/fhir";

    public static final String PATHWAY = BASE + "/CodeSystem/discharge-pathway";
    public static final String REFERRAL_STATUS = BASE + "/CodeSystem/referral-status";
    public static final String BED_STATUS = BASE + "/CodeSystem/bed-status";
    public static final String BED_TYPE = BASE + "/CodeSystem/bed-type";
    public static final String LOCALITY = BASE + "/CodeSystem/locality";
    public static final String INFECTION_STATUS = BASE + "/CodeSystem/infection-status";
    public static final String TASK_OUTPUT = BASE + "/CodeSystem/task-output";
    public static final String HOME_CARE_CAPACITY = BASE + "/CodeSystem/home-care-capacity";
    public static final String CLOSE_OUTCOME = BASE + "/CodeSystem/close-outcome";
    public static final String CARE_CHARACTERISTIC = BASE + "/CodeSystem/care-characteristic";

    /** The hub's own identifiers: a bed, a care setting, a provider or a locality by its code. */
    public static final String BED_ID = BASE + "/Id/bed";
    public static final String SETTING_ID = BASE + "/Id/setting";
    public static final String PROVIDER_ID = BASE + "/Id/provider";
    public static final String LOCALITY_ID = BASE + "/Id/locality";

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_ORGANIZATION = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String ODS_SITE = "https://fhir.nhs.uk/Id/ods-site-code";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String V2_0116 = "http://terminology.hl7.org/CodeSystem/v2-0116";
    public static final String LOCATION_PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    private HubCodes() {
    }
}
