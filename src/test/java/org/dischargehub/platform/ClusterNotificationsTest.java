package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClusterNotificationsTest {

    @Test
    void waiting_messages_go_out_in_one_payload_a_line_each_after_the_node() {
        assertThat(ClusterNotifications.payloads("node-a", List.of("one", "two", "three")))
                .containsExactly("node-a|one\ntwo\nthree");
    }

    @Test
    void messages_that_would_pass_postgresqls_limit_are_split_keeping_their_order() {
        List<String> messages = IntStream.range(0, 100).mapToObj(i -> i + ":" + "é".repeat(100)).toList();

        List<String> payloads = ClusterNotifications.payloads("node-a", messages);

        assertThat(payloads).hasSizeGreaterThan(1).allSatisfy(payload -> {
            assertThat(payload).startsWith("node-a|");
            assertThat(payload.getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(ClusterNotifications.MAX_PAYLOAD_BYTES);
        });
        assertThat(payloads.stream().flatMap(p -> List.of(p.substring("node-a|".length()).split("\n")).stream()))
                .containsExactlyElementsOf(messages);
    }

    @Test
    void a_message_of_more_than_one_line_is_refused() {
        assertThatThrownBy(() -> new ClusterNotifications(null, null).send("one\ntwo"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
