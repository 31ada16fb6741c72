package org.dischargehub.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A funding scheme fixes how many days after discharge the NHS pays for, for discharges from its start. */
@Entity
public class FundingScheme {

    /** The funded days when no scheme is in force: the original six weeks. */
    public static final int DEFAULT_FUNDED_DAYS = 42;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int fundedDays;
    private LocalDate validFrom;

    protected FundingScheme() {
    }

    FundingScheme(String name, int fundedDays, LocalDate validFrom) {
        this.name = name;
        this.fundedDays = fundedDays;
        this.validFrom = validFrom;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int fundedDays() {
        return fundedDays;
    }

    public LocalDate validFrom() {
        return validFrom;
    }
}
