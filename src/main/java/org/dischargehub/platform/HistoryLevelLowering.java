package org.dischargehub.platform;

import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a database whose stored Camunda history level is higher than the configured one start at the configured one.
 * <p>
 * The hub reads none of Camunda's history: its own timeline and audit record what happened to whom. So it ships the
 * {@code activity} level (which steps ran, for Cockpit and the history clean-up) where it used to ship {@code audit}
 * (which also kept every process variable's value). The engine refuses to start when its configured level differs
 * from the one stored with its tables, so a hub that ran before would not start after the update. Right after the
 * engine's own schema step, and before its level check, this lowers the stored level to the configured one. Lowering
 * is safe: history already written stays, and less is written from then on. A level raised above the stored one is
 * still refused by the engine, since the history before it would be missing.
 */
@Configuration(proxyBeanMethods = false)
class HistoryLevelLowering {

    static final String PROPERTY = "historyLevel";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryLevelLowering.class);

    @Bean
    ProcessEnginePlugin lowerStoredHistoryLevel() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                SchemaOperationsCommand schema = configuration.getSchemaOperationsCommand();
                configuration.setSchemaOperationsCommand(context -> {
                    schema.execute(context);
                    lower(context, configuration.getHistoryLevel());
                    return null;
                });
            }
        };
    }

    /**
     * The configured level is {@code null} only for {@code auto}, which takes the stored one as it is. Nodes first
     * starting together after the update queue on the engine's start-up lock before they read the stored level, as the
     * engine's own level setup does: the second reads the level the first lowered, and leaves it.
     */
    static void lower(CommandContext context, HistoryLevel configured) {
        if (configured == null) {
            return;
        }
        context.getPropertyManager().acquireExclusiveLockForStartup();
        PropertyEntity stored = context.getPropertyManager().findPropertyById(PROPERTY);
        if (stored == null) {
            return;
        }
        int storedLevel = Integer.parseInt(stored.getValue());
        if (storedLevel > configured.getId()) {
            LOG.info("Camunda's stored history level lowered from {} to {} ({}), as configured", storedLevel,
                    configured.getId(), configured.getName());
            stored.setValue(String.valueOf(configured.getId()));
        }
    }
}
