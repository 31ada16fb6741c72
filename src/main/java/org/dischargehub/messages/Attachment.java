package org.dischargehub.messages;

import java.util.Objects;

/** A file that goes with a message: for a letter, the PDF the person is given. */
public record Attachment(String fileName, String mediaType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    public static Attachment pdf(String fileName, byte[] content) {
        return new Attachment(fileName, "application/pdf", content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
