package org.dischargehub.messages;

import java.util.Objects;

/**
 * A file that goes with a message: for a letter, the PDF the person is given. It is either its content, or where the
 * content is made when the message is delivered: an {@link AttachmentSource}'s name and that source's reference to
 * its own facts (a letter's id). The second keeps the rendering out of the change that sends the message.
 */
public record Attachment(String fileName, String mediaType, byte[] content, String source, String reference) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if ((content == null) == (source == null) || (source == null) != (reference == null)) {
            throw new IllegalArgumentException("an attachment has its content, or a source and a reference");
        }
        content = content == null ? null : content.clone();
    }

    public static Attachment pdf(String fileName, byte[] content) {
        return new Attachment(fileName, "application/pdf", Objects.requireNonNull(content, "content"), null, null);
    }

    /** A PDF that the named source makes from its own facts when the message is delivered. */
    public static Attachment pdfMadeBy(String fileName, String source, String reference) {
        return new Attachment(fileName, "application/pdf", null, Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(reference, "reference"));
    }

    /** Whether the content is here, or still to be made by its source. */
    public boolean made() {
        return content != null;
    }

    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /** The same file, with the content its source made. */
    Attachment madeAs(byte[] madeContent) {
        return new Attachment(fileName, mediaType, madeContent, null, null);
    }
}
