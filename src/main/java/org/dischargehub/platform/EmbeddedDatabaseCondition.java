package org.dischargehub.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** True when no external database is configured: the hub then runs on its embedded PostgreSQL. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public @interface EmbeddedDatabaseCondition {
}
