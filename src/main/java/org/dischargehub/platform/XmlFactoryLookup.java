package org.dischargehub.platform;

import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without its system property, every new XML factory looks for a provider across the whole class path. Profiles
 * found it in the hot paths twice: Camunda works out each timer's due date with a new {@code DatatypeFactory}, and
 * each letter's PDF/A metadata is written with a new {@code TransformerFactory} and {@code DocumentBuilderFactory},
 * and its HTML read with a new {@code SAXParserFactory} (the searches were a third of a letter's rendering, and
 * letters most of a bed allocation's CPU).
 * Each lookup is done once at start-up and its answer written to the property, so every later caller gets the same
 * factory as before, found at once. A factory chosen by whoever runs the hub is kept.
 */
@Configuration(proxyBeanMethods = false)
class XmlFactoryLookup {

    static final Map<String, Callable<Object>> FACTORIES = Map.of(
            DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory::newInstance,
            TransformerFactory.class.getName(), TransformerFactory::newInstance,
            DocumentBuilderFactory.class.getName(), DocumentBuilderFactory::newInstance,
            SAXParserFactory.class.getName(), SAXParserFactory::newInstance);

    @Bean
    ProcessEnginePlugin rememberXmlFactories() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                remember();
            }
        };
    }

    static synchronized void remember() {
        FACTORIES.forEach((property, factory) -> {
            if (System.getProperty(property) == null) {
                try {
                    System.setProperty(property, factory.call().getClass().getName());
                } catch (Exception e) {
                    throw new IllegalStateException("No XML factory for " + property, e);
                }
            }
        });
    }
}
