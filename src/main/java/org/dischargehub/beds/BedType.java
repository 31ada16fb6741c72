package org.dischargehub.beds;

public enum BedType {
    REHAB("Rehabilitation"),
    NURSING("Nursing"),
    DEMENTIA("Dementia / older people's mental health"),
    END_OF_LIFE("End of life"),
    GENERAL("General");

    private final String label;

    BedType(String label) {
        this.label = label;
    }

    /** The name people use for this kind of bed, on screens. */
    public String label() {
        return label;
    }
}
