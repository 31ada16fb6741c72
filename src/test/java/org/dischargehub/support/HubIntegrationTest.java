package org.dischargehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dischargehub.Application;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring configuration that integration, process and browser tests share: the whole hub on a real
 * embedded PostgreSQL of its own (a fresh data directory, deleted when the context closes; not durable, since a
 * test's data need not survive a crash), real HTTP on a random port, the demo accounts but no demo county, so each
 * test builds the data it needs with unique codes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.embedded-database.directory=target/test-databases/${random.uuid}",
        "hub.embedded-database.temporary=true",
        "hub.embedded-database.durable=false",
        "hub.messages.folder=target/test-messages",
        "hub.demo.enabled=true",
        "hub.demo.county=false",
        "camunda.bpm.job-execution.enabled=false",
        "vaadin.devmode.devTools.enabled=false"
})
public @interface HubIntegrationTest {
}
