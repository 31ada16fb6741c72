package org.dischargehub.messages;

/**
 * A module that makes attachments from facts it keeps, when their message is delivered (handover's letters). The
 * outbox stores the source's name and the reference; delivery asks the source for the content.
 */
public interface AttachmentSource {

    /** The name stored with each message whose attachment this source makes; at most 20 characters. */
    String name();

    /** The content for one reference this source gave. */
    byte[] make(String reference);
}
