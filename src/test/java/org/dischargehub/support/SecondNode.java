package org.dischargehub.support;

import java.util.ArrayList;
import java.util.List;
import org.dischargehub.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Starts another hub node in this JVM on a given database, as a second application node would run. Two pieces of
 * global state would otherwise leak between the nodes: Vaadin's security-context strategy and Camunda's webapp
 * runtime delegates, so the extra node keeps the first node's strategy and runs without Cockpit.
 */
public final class SecondNode {

    private SecondNode() {
    }

    public static ConfigurableApplicationContext start(String jdbcUrl, String engineName, String... extraProperties) {
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
            return new SpringApplicationBuilder(Application.class).properties(properties.toArray(String[]::new)).run();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(firstNodeStrategy);
        }
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
