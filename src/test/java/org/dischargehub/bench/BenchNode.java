package org.dischargehub.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.dischargehub.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A whole hub as the demo run starts it — its own embedded PostgreSQL in a fresh directory, durable as shipped, the
 * job executor on, the demo accounts without the demo county — at the shipped Camunda history level or a chosen
 * one. Cockpit is left out (not under load).
 */
final class BenchNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    /** The level the engine runs at, as it reports it. */
    final String historyLevel;
    private final SecurityContextHolderStrategy strategy;

    private BenchNode(ConfigurableApplicationContext context, String historyLevel,
            SecurityContextHolderStrategy strategy) {
        this.context = context;
        this.historyLevel = historyLevel;
        this.strategy = strategy;
    }

    /** A hub at the shipped history level (application.yml's). */
    static BenchNode start(String... extraProperties) {
        return start("shipped", extraProperties);
    }

    /** A hub at another history level, e.g. {@code none} to measure what history costs. */
    static BenchNode withHistory(String historyLevel, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of("camunda.bpm.history-level=" + historyLevel));
        properties.addAll(List.of(extraProperties));
        return start(historyLevel, properties.toArray(String[]::new));
    }

    private static BenchNode start(String engine, String... extraProperties) {
        List<String> arguments = new ArrayList<>(List.of(
                "server.port=0",
                "hub.embedded-database.directory=target/bench-databases/" + UUID.randomUUID(),
                "hub.demo.enabled=true",
                "hub.demo.county=false",
                "camunda.bpm.process-engine-name=bench-" + engine,
                "spring.jmx.enabled=false",
                "vaadin.devmode.devTools.enabled=false",
                "spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"));
        arguments.addAll(List.of(extraProperties));
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .run(arguments.stream().map(a -> "--" + a).toArray(String[]::new));
            String level = context.getBean(ProcessEngineConfigurationImpl.class).getHistoryLevel().getName();
            return new BenchNode(context, level, SecurityContextHolder.getContextHolderStrategy());
        } finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    /**
     * Vaadin keeps the security-context strategy in a static, and each hub's method security reads its own: service
     * calls made in this JVM (through {@code As}) reach this hub's checks only while its strategy is the static one.
     */
    void signInHere() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DataSource dataSource() {
        return bean(DataSource.class);
    }

    EmbeddedPostgres postgres() {
        return bean(EmbeddedPostgres.class);
    }

    /**
     * Writes a report section about this hub's database, with {@code {shipped}} in its text replaced by the history
     * level this hub's engine runs at.
     */
    void report(String section, String markdown) throws IOException {
        BenchmarkReport.write(section, dataSource(), markdown.replace("{shipped}", historyLevel));
    }

    @Override
    public void close() {
        context.close();
    }
}
