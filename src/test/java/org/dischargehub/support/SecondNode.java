package org.dischargehub.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dischargehub.Application;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts another hub node in this JVM on a given database, as a second application node would run. Two pieces of
 * global state would otherwise leak between the nodes: Vaadin's security-context strategy and Camunda's webapp
 * runtime delegates, so the extra node keeps the first node's strategy and runs without Cockpit. The properties are
 * passed as command-line arguments, so that they win over application.yml (as an operator's would);
 * a later value for a property replaces an earlier one.
 */
public final class SecondNode implements BeforeEachCallback, AfterAllCallback {

    private final String engineName;
    private final String[] extraProperties;
    private ApplicationContext firstNode;
    private ConfigurableApplicationContext node;

    private SecondNode(String engineName, String... extraProperties) {
        this.engineName = engineName;
        this.extraProperties = extraProperties;
    }

    /**
     * A second node on the database of the test's own hub ({@link HubIntegrationTest}), started when a test first
     * asks for it and stopped after the test class; register it on a static field with {@code @RegisterExtension}.
     */
    public static SecondNode onTheSameDatabase(String engineName, String... extraProperties) {
        return new SecondNode(engineName, extraProperties);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        firstNode = SpringExtension.getApplicationContext(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    public ConfigurableApplicationContext context() {
        if (node == null) {
            String url = firstNode.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            node = start(url, engineName, extraProperties);
        }
        return node;
    }

    public int port() {
        return port(context());
    }

    public static ConfigurableApplicationContext start(String jdbcUrl, String engineName, String... extraProperties) {
        if (!engineName.matches("\\w+")) {
            throw new IllegalArgumentException("Camunda ignores an engine name with a hyphen and falls back to "
                    + "'default', the first node's name: " + engineName);
        }
        SecurityContextHolderStrategy firstNodeStrategy = SecurityContextHolder.getContextHolderStrategy();
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "server.port=0",
                "hub.demo.enabled=false",
                "camunda.bpm.process-engine-name=" + engineName,
                "camunda.bpm.job-execution.enabled=false",
                "spring.jmx.enabled=false",
                "spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"));
        properties.addAll(List.of(extraProperties));
        try {
            Map<String, String> arguments = new LinkedHashMap<>();
            for (String property : properties) {
                arguments.put(property.substring(0, property.indexOf('=')), "--" + property);
            }
            return new SpringApplicationBuilder(Application.class).run(arguments.values().toArray(String[]::new));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(firstNodeStrategy);
        }
    }

    /**
     * Starts the only hub in its JVM (a test with a JVM of its own), e.g. again after stopping the previous one; an
     * embedded database it starts is not durable (a test's data need not survive a crash).
     * {@code arguments} ("name=value") are passed as command-line arguments, so they win over application.yml; the
     * hub keeps the security-context strategy it sets up, which its own background work (timers run as the system
     * user) relies on.
     */
    public static ConfigurableApplicationContext alone(String... arguments) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.jmx.enabled=false",
                "hub.embedded-database.durable=false",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(Application.class).run(all.stream().map(a -> "--" + a)
                .toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
