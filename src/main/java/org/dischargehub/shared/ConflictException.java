package org.dischargehub.shared;

/** The current state does not allow the request, or the capacity it asked for is gone; answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
