package org.dischargehub.letters;

import java.util.List;

/** A letter's words and their order, ready for the template: a title, a few opening lines, then sections. */
record Letter(String title, LetterFormat format, List<String> opening, List<Section> sections) {

    Letter {
        opening = List.copyOf(opening);
        sections = List.copyOf(sections);
    }

    public boolean easyRead() {
        return format == LetterFormat.EASY_READ;
    }

    public String styleClass() {
        return format.name().toLowerCase().replace('_', '-');
    }
}
