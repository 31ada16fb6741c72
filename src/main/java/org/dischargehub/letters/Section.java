package org.dischargehub.letters;

import java.util.List;

/** One part of a letter under its own heading: paragraphs first, then a list. */
record Section(String heading, List<Paragraph> paragraphs, List<String> items) {

    Section {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    static Section of(String heading, List<Paragraph> paragraphs) {
        return new Section(heading, paragraphs, List.of());
    }
}
