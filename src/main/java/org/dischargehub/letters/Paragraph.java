package org.dischargehub.letters;

import java.util.List;

/** Short sentences read together; an easy read letter puts each on its own line. */
record Paragraph(List<String> sentences) {

    Paragraph {
        sentences = List.copyOf(sentences);
    }

    static Paragraph of(String... sentences) {
        return new Paragraph(List.of(sentences));
    }

    public String text() {
        return String.join(" ", sentences);
    }
}
