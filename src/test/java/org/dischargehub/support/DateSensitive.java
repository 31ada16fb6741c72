package org.dischargehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose dates follow the hub's clock in ways a day can break: funded periods, recharges by month, timers,
 * dashboard periods. The build runs these again with the clock pinned to each awkward day (the pom's
 * {@code awkward-day-*} executions): the 1st, the last day of a month, 29 February, and both UK clock changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DateSensitive.TAG)
public @interface DateSensitive {

    String TAG = "date-sensitive";
}
