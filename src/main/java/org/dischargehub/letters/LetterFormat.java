package org.dischargehub.letters;

/** The letter's form, chosen from the person's recorded communication needs. */
public enum LetterFormat {
    STANDARD, LARGE_PRINT, EASY_READ
}
