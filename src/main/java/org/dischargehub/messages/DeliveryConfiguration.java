package org.dischargehub.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.service.notify.NotificationClient;

/**
 * Which delivery the outbox uses: GOV.UK Notify once {@code hub.notify.api-key} is set, otherwise a folder of JSON
 * envelopes and PDFs ({@code hub.messages.folder}), so a newcomer and the build need nothing outside.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    @Bean
    Delivery delivery(@Value("${hub.notify.api-key:}") String apiKey,
            @Value("${hub.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl,
            @Value("${hub.notify.templates.letter-on-its-way:}") String letterOnItsWay,
            @Value("${hub.notify.templates.family-update:}") String familyUpdate,
            @Value("${hub.notify.postage:second}") String postage,
            @Value("${hub.messages.folder:./data/messages}") String folder, ObjectMapper json) {
        if (apiKey.isBlank()) {
            Path path = Path.of(folder).toAbsolutePath().normalize();
            log.info("Messages are delivered to the folder {} (set hub.notify.api-key to send them through "
                    + "GOV.UK Notify)", path);
            return new FolderDelivery(path, json);
        }
        Map<MessageTemplate, String> templates = new EnumMap<>(MessageTemplate.class);
        templates.put(MessageTemplate.LETTER_ON_ITS_WAY, letterOnItsWay);
        templates.put(MessageTemplate.FAMILY_UPDATE, familyUpdate);
        log.info("Messages are delivered through GOV.UK Notify at {}", baseUrl);
        return new NotifyDelivery(new NotificationClient(apiKey, baseUrl), templates, postage);
    }
}
