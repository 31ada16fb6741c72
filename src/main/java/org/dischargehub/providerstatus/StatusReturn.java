package org.dischargehub.providerstatus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One provider's status on one day, or one of its settings' status. Filing again the same day (for the same setting)
 * replaces that day's figures.
 */
@Entity
public class StatusReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long providerId;
    private Long settingId;
    private LocalDate returnDate;
    @Enumerated(EnumType.STRING)
    private Outbreak outbreak;
    private int peopleAffected;
    private int staffTotal;
    private int staffAbsent;
    private int vacancies;
    private boolean agencyUse;
    private boolean crossSettingWorking;
    private int ppeDaysLeft;
    private boolean canAdmit;
    private String concern;
    private Instant submittedAt;
    private String submittedBy;
    @Version
    private Long version;

    protected StatusReturn() {
    }

    StatusReturn(Long providerId, Long settingId, LocalDate returnDate) {
        this.providerId = providerId;
        this.settingId = settingId;
        this.returnDate = returnDate;
    }

    void report(StatusReport report, String by, Instant at) {
        this.outbreak = report.outbreak();
        this.peopleAffected = report.peopleAffected();
        this.staffTotal = report.staffTotal();
        this.staffAbsent = report.staffAbsent();
        this.vacancies = report.vacancies();
        this.agencyUse = report.agencyUse();
        this.crossSettingWorking = report.crossSettingWorking();
        this.ppeDaysLeft = report.ppeDaysLeft();
        this.canAdmit = report.canAdmit();
        this.concern = report.concern() == null || report.concern().isBlank() ? null : report.concern().trim();
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** Share of staff absent or isolating, in percent; 0 when no staff are reported. */
    public double absentPercent() {
        return staffTotal == 0 ? 0 : 100.0 * staffAbsent / staffTotal;
    }

    public Long id() {
        return id;
    }

    public Long providerId() {
        return providerId;
    }

    /** The setting the return is about; null for a return about the provider as a whole. */
    public Long settingId() {
        return settingId;
    }

    public LocalDate returnDate() {
        return returnDate;
    }

    public Outbreak outbreak() {
        return outbreak;
    }

    public int peopleAffected() {
        return peopleAffected;
    }

    public int staffTotal() {
        return staffTotal;
    }

    public int staffAbsent() {
        return staffAbsent;
    }

    public int vacancies() {
        return vacancies;
    }

    public boolean agencyUse() {
        return agencyUse;
    }

    public boolean crossSettingWorking() {
        return crossSettingWorking;
    }

    public int ppeDaysLeft() {
        return ppeDaysLeft;
    }

    public boolean canAdmit() {
        return canAdmit;
    }

    public String concern() {
        return concern;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }
}
