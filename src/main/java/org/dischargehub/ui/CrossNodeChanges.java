package org.dischargehub.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dischargehub.platform.ClusterNotifications;
import org.dischargehub.shared.HubChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries the changes views refresh on to the other nodes on the same database, and hands theirs to this node's
 * {@link LiveUpdates}. A change travels as its type's simple name and its record as JSON (ids and a status: no one's
 * name or NHS number); it is sent once the changing transaction has committed, so other nodes hear of it only if
 * it did.
 */
@Component
class CrossNodeChanges {

    private static final Logger log = LoggerFactory.getLogger(CrossNodeChanges.class);
    private static final Map<String, Class<? extends HubChange>> TYPES =
            Stream.of(HubChange.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(HubChange.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final ClusterNotifications cluster;
    private final ObjectMapper json;

    CrossNodeChanges(ClusterNotifications cluster, LiveUpdates live, ObjectMapper json) {
        this.cluster = cluster;
        this.json = json;
        cluster.onReceive(message -> {
            HubChange change = decode(message);
            if (change != null) {
                live.broadcast(change);
            }
        });
        cluster.onReconnect(() -> live.broadcast(new ChangesMayHaveBeenMissed()));
    }

    @OnHubChange
    void changed(HubChange change) {
        cluster.send(encode(change));
    }

    String encode(HubChange change) {
        return json.createObjectNode()
                .put("type", change.getClass().getSimpleName())
                .set("change", json.valueToTree(change))
                .toString();
    }

    HubChange decode(String message) {
        try {
            JsonNode envelope = json.readTree(message);
            Class<? extends HubChange> type = TYPES.get(envelope.path("type").asText());
            if (type == null) {
                log.warn("Ignoring a change of a type this node does not know: {}", message);
                return null;
            }
            return json.treeToValue(envelope.path("change"), type);
        } catch (JsonProcessingException e) {
            log.warn("Ignoring a change this node cannot read: {}", message, e);
            return null;
        }
    }
}
