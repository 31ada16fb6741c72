package org.dischargehub.beds;

public enum BedType {
    REHAB, NURSING, DEMENTIA, END_OF_LIFE, GENERAL
}
