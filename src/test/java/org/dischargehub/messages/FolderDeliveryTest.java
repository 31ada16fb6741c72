package org.dischargehub.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDeliveryTest {

    @TempDir
    Path folder;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_letter_is_written_as_a_json_envelope_with_its_pdf_beside_it_and_a_retry_writes_the_same_files()
            throws Exception {
        byte[] pdf = "%PDF-1.7 letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        DueMessage letter = new DueMessage("m1", "letter-l1-post", "r1",
                new Recipient(Recipient.Role.PERSON, "Edith Marsh", "1 Elm Road\nWS1 2AB", "07700 900123"),
                Channel.LETTER, MessageTemplate.LETTER, Map.of(), Attachment.pdf("letter-1.pdf", pdf), 0);
        FolderDelivery delivery = new FolderDelivery(folder.resolve("out"), json);

        String reference = delivery.deliver(letter);
        delivery.deliver(letter);

        assertThat(Path.of(reference)).isEqualTo(folder.resolve("out/m1.json"));
        JsonNode envelope = json.readTree(Path.of(reference).toFile());
        assertThat(envelope.path("idempotencyKey").asText()).isEqualTo("letter-l1-post");
        assertThat(envelope.path("recipient").path("address").asText()).isEqualTo("1 Elm Road\nWS1 2AB");
        assertThat(envelope.path("attachment").path("file").asText()).isEqualTo("m1-letter-1.pdf");
        assertThat(Files.readAllBytes(folder.resolve("out/m1-letter-1.pdf"))).isEqualTo(pdf);
        try (var files = Files.list(folder.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m1.json",
                    "m1-letter-1.pdf");
        }
    }

    @Test
    void a_folder_that_cannot_be_written_is_a_failure_worth_a_retry() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "in the way");
        DueMessage text = new DueMessage("m2", "k", "r1",
                new Recipient(Recipient.Role.PERSON, "Edith Marsh", null, "07700 900123"), Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, Map.of("hub_phone", "1", "hub_hours", "2"), null, 0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FolderDelivery(notAFolder, json).deliver(text))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.permanent()).isFalse());
    }
}
