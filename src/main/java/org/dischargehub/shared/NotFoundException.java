package org.dischargehub.shared;

/** An id or code that matches nothing; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
