package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlDatatypeFactoryLookupTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(XmlDatatypeFactoryLookup.PROPERTY);
        System.clearProperty(XmlDatatypeFactoryLookup.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(XmlDatatypeFactoryLookup.PROPERTY);
        } else {
            System.setProperty(XmlDatatypeFactoryLookup.PROPERTY, before);
        }
    }

    @Test
    void the_factory_the_class_path_lookup_finds_is_written_down_so_later_lookups_skip_the_search() throws Exception {
        String found = DatatypeFactory.newInstance().getClass().getName();

        XmlDatatypeFactoryLookup.remember();

        assertThat(System.getProperty(XmlDatatypeFactoryLookup.PROPERTY)).isEqualTo(found);
        assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(found);
    }

    @Test
    void a_factory_chosen_by_whoever_runs_the_hub_is_kept() {
        System.setProperty(XmlDatatypeFactoryLookup.PROPERTY, "org.example.TheirFactory");

        XmlDatatypeFactoryLookup.remember();

        assertThat(System.getProperty(XmlDatatypeFactoryLookup.PROPERTY)).isEqualTo("org.example.TheirFactory");
    }
}
