package org.dischargehub.handover;

/** A letter's PDF to open, print or download, with the name its file is given. */
public record LetterPdf(String fileName, byte[] content) {

    public LetterPdf {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
