package org.dischargehub.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.ContactCommand.GpPractice;
import org.dischargehub.handover.ContactCommand.NextOfKin;

/** How to reach a referred person and hand them over: one per referral, replaced whole by each change. */
@Entity
public class ContactDetails {

    @Id
    private String referralId;
    private String address;
    private String postcode;
    private String phone;
    private String kinName;
    private String kinRelationship;
    private String kinPhone;
    private boolean kinConsents;
    private String gpOdsCode;
    private String gpName;
    private boolean largePrint;
    private boolean easyRead;
    private String language;
    private boolean interpreter;
    private boolean braille;
    private boolean bsl;
    private boolean audio;
    private String accessDetails;
    private String callTimes;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected ContactDetails() {
    }

    ContactDetails(String referralId) {
        this.referralId = referralId;
    }

    /** Takes the command as the record, and answers the names of the parts that changed (for the audit). */
    List<String> replaceWith(ContactCommand command, String by, Instant at) {
        ContactCommand before = asCommand();
        NextOfKin kin = command.nextOfKin();
        GpPractice gp = command.gp();
        CommunicationNeeds needs = command.communicationNeeds();
        address = blankless(command.address());
        postcode = blankless(command.postcode());
        phone = blankless(command.phone());
        kinName = blankless(kin.name());
        kinRelationship = blankless(kin.relationship());
        kinPhone = blankless(kin.phone());
        kinConsents = kin.consentToShare();
        gpOdsCode = blankless(gp.odsCode());
        gpName = blankless(gp.name());
        largePrint = needs.largePrint();
        easyRead = needs.easyRead();
        language = blankless(needs.language());
        interpreter = needs.interpreter();
        braille = needs.braille();
        bsl = needs.bsl();
        audio = needs.audio();
        accessDetails = blankless(command.accessDetails());
        callTimes = blankless(command.callTimes());
        updatedAt = at;
        updatedBy = by;
        ContactCommand after = asCommand();
        List<String> changed = new ArrayList<>();
        changedPart(changed, "address", before.address(), after.address());
        changedPart(changed, "postcode", before.postcode(), after.postcode());
        changedPart(changed, "phone", before.phone(), after.phone());
        changedPart(changed, "next of kin", before.nextOfKin(), after.nextOfKin());
        changedPart(changed, "GP", before.gp(), after.gp());
        changedPart(changed, "communication needs", before.communicationNeeds(), after.communicationNeeds());
        changedPart(changed, "access details", before.accessDetails(), after.accessDetails());
        changedPart(changed, "call times", before.callTimes(), after.callTimes());
        return changed;
    }

    public String referralId() {
        return referralId;
    }

    /** The record as a command: what a form shows to be changed. */
    public ContactCommand asCommand() {
        return new ContactCommand(address, postcode, phone,
                new NextOfKin(kinName, kinRelationship, kinPhone, kinConsents), new GpPractice(gpOdsCode, gpName),
                new CommunicationNeeds(largePrint, easyRead, language, interpreter, braille, bsl, audio),
                accessDetails, callTimes);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    private static void changedPart(List<String> changed, String part, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(part);
        }
    }

    /** An empty field is no value: stored as none, not as an empty string. */
    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
