package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlFactoryLookupTest {

    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void remember() {
        XmlFactoryLookup.FACTORIES.keySet().forEach(property -> {
            before.put(property, System.getProperty(property));
            System.clearProperty(property);
        });
    }

    @AfterEach
    void restore() {
        before.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
    }

    @Test
    void the_factories_the_class_path_lookup_finds_are_written_down_so_later_lookups_skip_the_search()
            throws Exception {
        Map<String, String> found = new HashMap<>();
        for (var factory : XmlFactoryLookup.FACTORIES.entrySet()) {
            found.put(factory.getKey(), factory.getValue().call().getClass().getName());
        }

        XmlFactoryLookup.remember();

        for (var factory : XmlFactoryLookup.FACTORIES.entrySet()) {
            assertThat(System.getProperty(factory.getKey())).isEqualTo(found.get(factory.getKey()));
            assertThat(factory.getValue().call().getClass().getName()).isEqualTo(found.get(factory.getKey()));
        }
        assertThat(found).hasSize(4);
    }

    @Test
    void a_factory_chosen_by_whoever_runs_the_hub_is_kept() {
        System.setProperty("javax.xml.transform.TransformerFactory", "org.example.TheirFactory");

        XmlFactoryLookup.remember();

        assertThat(System.getProperty("javax.xml.transform.TransformerFactory")).isEqualTo("org.example.TheirFactory");
        assertThat(System.getProperty("javax.xml.parsers.DocumentBuilderFactory")).isNotNull();
    }
}
