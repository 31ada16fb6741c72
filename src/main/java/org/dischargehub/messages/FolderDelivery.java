package org.dischargehub.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The default delivery, needing nothing outside the hub: each message becomes a JSON envelope in a folder
 * ({@code hub.messages.folder}), with its PDF beside it. A retry writes the same files again, named by the message.
 */
class FolderDelivery implements Delivery {

    private final Path folder;
    private final ObjectMapper json;

    FolderDelivery(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    @Override
    public String deliver(DueMessage message) throws DeliveryFailure {
        try {
            Files.createDirectories(folder);
            ObjectNode envelope = json.createObjectNode();
            envelope.put("id", message.id()).put("idempotencyKey", message.idempotencyKey())
                    .put("referralId", message.referralId()).put("channel", message.channel().name())
                    .put("template", message.template().name()).put("text", message.text());
            envelope.putObject("recipient").put("role", message.recipient().role().name())
                    .put("name", message.recipient().name()).put("address", message.recipient().address())
                    .put("phone", message.recipient().phone());
            envelope.set("values", json.valueToTree(message.values()));
            if (message.attachment() != null) {
                String file = message.id() + "-" + message.attachment().fileName();
                write(folder.resolve(file), message.attachment().content());
                envelope.putObject("attachment").put("file", file)
                        .put("mediaType", message.attachment().mediaType());
            }
            Path target = folder.resolve(message.id() + ".json");
            write(target, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope));
            return target.toString();
        } catch (IOException e) {
            throw new DeliveryFailure("Could not write to " + folder + ": " + e.getMessage(), false, e);
        }
    }

    /** Whole or not at all: a reader of the folder never sees half a file. */
    private static void write(Path target, byte[] content) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.write(part, content);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
