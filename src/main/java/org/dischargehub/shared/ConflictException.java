package org.dischargehub.shared;

import java.util.Map;

/** The current state does not allow the request, or the capacity it asked for is gone; answered as 409. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    /** With facts a client can act on (such as the id of what is in the way), added to the problem's body. */
    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
