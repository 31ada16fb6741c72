package org.dischargehub.homecare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;

/**
 * What one provider can start in one locality on one day, in hours per week of new packages, and how much of it is
 * booked or held by open offers. Free hours never go below zero: this class refuses it, and so does the database.
 */
@Entity
@Table(name = "home_care_capacity")
public class HomeCareCapacity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long providerId;
    private Long localityId;
    private LocalDate day;
    private BigDecimal hoursPosted;
    private BigDecimal hoursBooked = BigDecimal.ZERO;
    private BigDecimal hoursOffered = BigDecimal.ZERO;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected HomeCareCapacity() {
    }

    HomeCareCapacity(Long providerId, Long localityId, LocalDate day) {
        this.providerId = providerId;
        this.localityId = localityId;
        this.day = day;
        this.hoursPosted = BigDecimal.ZERO;
    }

    /** Posts the hours; a provider may cut them at any time, but never below what is booked or on offer. */
    void post(BigDecimal hours, String by, Instant now) {
        BigDecimal taken = hoursBooked.add(hoursOffered);
        if (hours.compareTo(taken) < 0) {
            throw new ConflictException(plain(hoursBooked) + " hours are already booked"
                    + (hoursOffered.signum() > 0 ? " and " + plain(hoursOffered) + " are on offer" : "")
                    + " on " + HumanTime.date(day) + ": capacity cannot go below " + plain(taken) + " hours");
        }
        this.hoursPosted = hours;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** An offer holds its hours until it is answered or expires. */
    void holdFor(BigDecimal hours) {
        if (free().compareTo(hours) < 0) {
            throw new ConflictException("Only " + plain(free()) + " of the " + plain(hours)
                    + " hours per week are free with this provider on " + HumanTime.date(day));
        }
        hoursOffered = hoursOffered.add(hours);
    }

    void book(BigDecimal hours) {
        if (hoursOffered.compareTo(hours) < 0) {
            throw new ConflictException("These hours are no longer held for the offer");
        }
        hoursOffered = hoursOffered.subtract(hours);
        hoursBooked = hoursBooked.add(hours);
    }

    void releaseHold(BigDecimal hours) {
        hoursOffered = hoursOffered.subtract(hours.min(hoursOffered));
    }

    void releaseBooking(BigDecimal hours) {
        hoursBooked = hoursBooked.subtract(hours.min(hoursBooked));
    }

    static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    public BigDecimal free() {
        return hoursPosted.subtract(hoursBooked).subtract(hoursOffered);
    }

    public Long id() {
        return id;
    }

    public Long providerId() {
        return providerId;
    }

    public Long localityId() {
        return localityId;
    }

    public LocalDate day() {
        return day;
    }

    public BigDecimal hoursPosted() {
        return hoursPosted;
    }

    public BigDecimal hoursBooked() {
        return hoursBooked;
    }

    public BigDecimal hoursOffered() {
        return hoursOffered;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
