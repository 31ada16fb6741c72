package org.dischargehub.handover;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hub records to reach the person and hand them over, all of it replaced at once (absent parts are empty).
 * Shapes are checked, never mended: a postcode, a phone number and a GP practice's ODS code are taken as written or
 * refused at their field.
 */
public record ContactCommand(
        @Schema(nullable = true) @Size(max = 300, message = "at most 300 characters") String address,
        @Schema(nullable = true) @Pattern(regexp = POSTCODE, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "a UK postcode, like SW1A 1AA") String postcode,
        @Schema(nullable = true) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
        @Valid NextOfKin nextOfKin,
        @Valid GpPractice gp,
        @Valid CommunicationNeeds communicationNeeds,
        @Schema(nullable = true) @Size(max = 500, message = "at most 500 characters") String accessDetails,
        @Schema(nullable = true) @Size(max = 200, message = "at most 200 characters") String callTimes) {

    /** Nothing recorded yet. */
    public static final ContactCommand NONE = new ContactCommand(null, null, null, null, null, null, null, null);

    static final String POSTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}";
    static final String PHONE = "(0|\\+44 ?)[0-9]( ?[0-9]){8,9}";
    static final String PHONE_MESSAGE = "a UK phone number, like 01632 960001 or +44 7700 900123";

    public ContactCommand {
        nextOfKin = nextOfKin == null ? NextOfKin.NONE : nextOfKin;
        gp = gp == null ? GpPractice.NONE : gp;
        communicationNeeds = communicationNeeds == null ? CommunicationNeeds.NONE : communicationNeeds;
    }

    /** The next of kin or main carer, and whether the person consents to the hub keeping them informed. */
    public record NextOfKin(
            @Schema(nullable = true) @Size(max = 100, message = "at most 100 characters") String name,
            @Schema(nullable = true) @Size(max = 60, message = "at most 60 characters") String relationship,
            @Schema(nullable = true) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            boolean consentToShare) {

        static final NextOfKin NONE = new NextOfKin(null, null, null, false);

        /** Whom the hub keeps informed: the next of kin, only when the person consents. */
        public String toInform() {
            return consentToShare ? name : null;
        }

        /** Consent to share names whom the hub may keep informed. */
        boolean consentUnnamed() {
            return consentToShare && (name == null || name.isBlank());
        }
    }

    /** The person's GP practice, by its ODS code (a letter and five digits, like A81001) and name. */
    public record GpPractice(
            @Schema(nullable = true) @Pattern(regexp = "[A-Z][0-9]{5}",
                    message = "a GP practice's ODS code: a capital letter and five digits, like A81001") String odsCode,
            @Schema(nullable = true) @Size(max = 120, message = "at most 120 characters") String name) {

        static final GpPractice NONE = new GpPractice(null, null);
    }

    /**
     * What the person needs to be communicated with (the Accessible Information Standard): letters in large print or
     * easy read, a language and an interpreter; braille, BSL and audio are flagged for staff to arrange.
     */
    public record CommunicationNeeds(boolean largePrint, boolean easyRead,
            @Schema(nullable = true) @Size(max = 60, message = "at most 60 characters") String language,
            boolean interpreter,
            boolean braille, boolean bsl, boolean audio) {

        static final CommunicationNeeds NONE = new CommunicationNeeds(false, false, null, false, false, false, false);

        /** The needs staff must arrange themselves, as people would say them. */
        public List<String> flaggedForStaff() {
            List<String> flags = new ArrayList<>();
            if (interpreter) {
                flags.add(language == null || language.isBlank() ? "Interpreter" : language + " interpreter");
            }
            if (braille) {
                flags.add("Braille");
            }
            if (bsl) {
                flags.add("British Sign Language");
            }
            if (audio) {
                flags.add("Audio");
            }
            return flags;
        }
    }
}
