package org.dischargehub.providerstatus;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One threshold of the RAG rules, kept by managers. */
@Entity
public class RagSetting {

    @Id
    private String key;
    private int value;
    private String description;

    protected RagSetting() {
    }

    void change(int newValue) {
        this.value = newValue;
    }

    public String key() {
        return key;
    }

    public int value() {
        return value;
    }

    public String description() {
        return description;
    }
}
