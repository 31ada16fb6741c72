package org.dischargehub.handover;

import org.dischargehub.letters.LetterWriter;
import org.dischargehub.messages.AttachmentSource;
import org.dischargehub.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Makes a letter's PDF from its facts: when a coordinator reads it, and when the outbox posts it. A change that calls
 * for a letter stores the facts only, so its transaction does not render a PDF.
 */
@Component
class LetterAttachments implements AttachmentSource {

    static final String NAME = "letter";

    private final WrittenLetters letters;
    private final LetterWriter writer;

    LetterAttachments(WrittenLetters letters, LetterWriter writer) {
        this.letters = letters;
        this.writer = writer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] make(String letterId) {
        return pdf(letters.findById(letterId).orElseThrow(() -> new NotFoundException("Letter", letterId)));
    }

    byte[] pdf(WrittenLetter letter) {
        return letter.writtenPdf().orElseGet(() -> writer.write(letter.facts()));
    }
}
