package org.dischargehub.beds;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;

/** A bed-based setting in the shared bed base: a community hospital, rehab unit or care home with interim beds. */
@Entity
public class CareSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private Long providerId;
    private Long localityId;
    private int tier;
    private BigDecimal dailyRate;
    private boolean designatedForInfection;
    private boolean acceptingAdmissions = true;
    private String admissionsReason;
    private boolean closedByReturn;
    @Version
    private long version;

    protected CareSetting() {
    }

    CareSetting(String code, String name, Long providerId, Long localityId, int tier, BigDecimal dailyRate,
            boolean designatedForInfection) {
        this.code = code;
        this.name = name;
        this.providerId = providerId;
        this.localityId = localityId;
        this.tier = tier;
        this.dailyRate = dailyRate;
        this.designatedForInfection = designatedForInfection;
    }

    /** A bed here is reserved only while the setting admits, and for infection-positive people only if designated. */
    void requireAdmitting(boolean infectionPositive) {
        if (!acceptingAdmissions) {
            throw new ConflictException(name + " is closed to admissions: " + admissionsReason);
        }
        if (designatedForInfection != infectionPositive) {
            throw new ConflictException(infectionPositive
                    ? "An infection-positive person may only go to a designated setting"
                    : name + " is designated for infection-positive people only");
        }
    }

    /** The hub or the provider opens the setting to admissions or closes it, for a reason the closing must give. */
    void changeAdmissions(boolean accepting, String reason) {
        String trimmed = reason == null ? null : reason.trim();
        if (accepting) {
            openToAdmissions(trimmed);
            return;
        }
        if (trimmed == null || trimmed.isEmpty()) {
            throw InvalidInputException.of("reason", "say why the setting is closing to admissions");
        }
        closeToAdmissions(trimmed);
    }

    /** Closing stops new reservations; nobody already in the setting is moved. */
    void closeToAdmissions(String reason) {
        this.acceptingAdmissions = false;
        this.admissionsReason = reason;
        this.closedByReturn = false;
    }

    void openToAdmissions(String reason) {
        this.acceptingAdmissions = true;
        this.admissionsReason = reason;
        this.closedByReturn = false;
    }

    /** The provider's own return says it cannot admit: closed at once, unless the hub has closed it already. */
    boolean closeOnProvidersWord(String reason) {
        if (!acceptingAdmissions) {
            return false;
        }
        closeToAdmissions(reason);
        this.closedByReturn = true;
        return true;
    }

    /** A later return says it can admit again: that reopens a closure the provider's word made, never the hub's. */
    boolean reopenOnProvidersWord(String reason) {
        if (!closedByReturn) {
            return false;
        }
        openToAdmissions(reason);
        return true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Long providerId() {
        return providerId;
    }

    public Long localityId() {
        return localityId;
    }

    public int tier() {
        return tier;
    }

    public BigDecimal dailyRate() {
        return dailyRate;
    }

    public boolean designatedForInfection() {
        return designatedForInfection;
    }

    public boolean acceptingAdmissions() {
        return acceptingAdmissions;
    }

    public String admissionsReason() {
        return admissionsReason;
    }
}
