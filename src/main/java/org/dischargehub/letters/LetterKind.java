package org.dischargehub.letters;

/** Why a letter was written: the plan made at triage, the discharge, or a change to either. */
public enum LetterKind {
    TRIAGE, DISCHARGE, CHANGE
}
