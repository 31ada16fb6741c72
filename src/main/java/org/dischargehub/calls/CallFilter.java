package org.dischargehub.calls;

import java.time.Instant;

/** Which calls to list: of one kind or any (null), only the overdue ones, and a part of the name (or null). */
public record CallFilter(CallKind kind, boolean overdueOnly, String name) {

    public static final CallFilter ALL = new CallFilter(null, false, null);

    boolean matches(CheckInCall call, String fullName, Instant now) {
        return (kind == null || call.kind() == kind) && (!overdueOnly || call.overdueAt(now))
                && (name == null || name.isBlank() || fullName.toLowerCase().contains(name.trim().toLowerCase()));
    }
}
