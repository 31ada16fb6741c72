package org.dischargehub.platform;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda works out every timer's due date with a new {@code DatatypeFactory}, and without the system property
 * {@value #PROPERTY} each of those looks for a provider across the whole class path (a profile of the load
 * benchmark showed it in every referral step that starts a timer). The lookup is done once at start-up and its
 * answer written to the property, so the engine gets the same factory as before, found at once.
 */
@Configuration(proxyBeanMethods = false)
class XmlDatatypeFactoryLookup {

    static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    @Bean
    ProcessEnginePlugin rememberXmlDatatypeFactory() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                remember();
            }
        };
    }

    static synchronized void remember() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            System.setProperty(PROPERTY, DatatypeFactory.newInstance().getClass().getName());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("No XML datatype factory: Camunda cannot work out timer due dates", e);
        }
    }
}
