package org.dischargehub.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void an_attachment_is_its_content_or_a_source_and_reference_to_make_it_from() {
        Attachment later = Attachment.pdfMadeBy("letter-1.pdf", "letter", "L1");
        assertThat(later.made()).isFalse();
        assertThat(later.content()).isNull();

        Attachment made = later.madeAs(new byte[] {'%', 'P'});
        assertThat(made.made()).isTrue();
        assertThat(made.content()).containsExactly('%', 'P');
        assertThat(made.source()).isNull();
        assertThat(made.fileName()).isEqualTo("letter-1.pdf");

        assertThatThrownBy(() -> new Attachment("a.pdf", "application/pdf", new byte[] {1}, "letter", "L1"))
                .as("not both").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("a.pdf", "application/pdf", null, null, null))
                .as("not neither").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("a.pdf", "application/pdf", null, "letter", null))
                .as("a source needs its reference").isInstanceOf(IllegalArgumentException.class);
    }
}
