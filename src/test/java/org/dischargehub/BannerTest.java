package org.dischargehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class BannerTest {

    /** Spring Boot prints the first banner.txt on the classpath; the Camunda starter ships one of its own. */
    @Test
    void the_start_up_banner_is_the_hubs_not_camundas() throws IOException {
        String banner = new DefaultResourceLoader().getResource("classpath:banner.txt")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(banner).contains("Intermediate care and discharge to assess")
                .doesNotContain("Camunda Platform Spring Boot Starter");
    }
}
