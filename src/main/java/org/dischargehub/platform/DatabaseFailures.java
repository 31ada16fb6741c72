package org.dischargehub.platform;

import java.sql.SQLException;

/** What a failure from the database means for the request: bad input, a lost connection, or a lost race. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** SQLSTATE class 22 (data exception): the input itself is unstorable, whatever else is going on. */
    public static boolean isDataException(Throwable e) {
        return hasSqlState(e, "22");
    }

    /**
     * The connection died under the request: SQLSTATE class 08 or 57P (the backend was terminated), or the pool's
     * "Connection is closed" (no SQLSTATE) when the rollback that follows finds the connection gone.
     */
    public static boolean lostConnection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && String.valueOf(sql.getMessage()).contains("Connection is closed")) {
                return true;
            }
        }
        return hasSqlState(e, "08", "57P");
    }

    /** True when an SQLException in the chain has an SQLSTATE starting with one of the prefixes. */
    public static boolean hasSqlState(Throwable e, String... prefixes) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                for (String prefix : prefixes) {
                    if (sql.getSQLState().startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
