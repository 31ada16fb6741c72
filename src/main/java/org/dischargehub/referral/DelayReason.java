package org.dischargehub.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A category of why a person past their discharge ready date is still in hospital. */
@Entity
public class DelayReason {

    @Id
    private String code;
    private String label;
    private int position;
    private boolean active;

    protected DelayReason() {
    }

    DelayReason(String code, String label, int position) {
        this.code = code;
        this.label = label;
        this.position = position;
        this.active = true;
    }

    void retire() {
        this.active = false;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
