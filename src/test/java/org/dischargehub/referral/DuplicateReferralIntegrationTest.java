package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.Race;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One open referral per person: a second is refused naming the first; earlier, ended ones are linked. */
@HubIntegrationTest
class DuplicateReferralIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Hub hub;
    Map<String, Object> person;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "DUP");
        person = People.referral(hub.locality(), TestClock.now());
    }

    @Test
    void a_second_referral_while_one_is_open_is_a_409_naming_the_open_one_and_nothing_is_created() {
        String first = created(hub.mdt.post("/api/referrals", person));

        Api.Response second = hub.coordinator.post("/api/referrals", person);

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.json().path("existingReferralId").asText()).isEqualTo(first);
        assertThat(second.json().path("detail").asText()).contains("already has an open referral");
        assertThat(referralsOf(person)).isEqualTo(1);
    }

    @Test
    void a_person_whose_earlier_referrals_ended_is_referred_again_and_the_new_one_lists_them() {
        String cancelled = created(hub.mdt.post("/api/referrals", person));
        ok(hub.mdt.post("/api/referrals/" + cancelled + "/cancel", Map.of("reason", "Became unwell again")));
        String closed = created(hub.mdt.post("/api/referrals", person));
        ok(hub.mdt.post("/api/referrals/" + closed + "/triage", Map.of("pathway", 0, "rationale", "Home")));
        ok(hub.mdt.post("/api/referrals/" + closed + "/discharge",
                Map.of("dischargedOn", TestClock.today().toString())));

        Api.Response again = hub.mdt.post("/api/referrals", person);

        String id = created(again);
        assertThat(texts(again.json().path("previousReferralIds"))).containsExactly(cancelled, closed);
        assertThat(texts(hub.coordinator.get("/api/referrals/" + id).json().path("previousReferralIds")))
                .containsExactly(cancelled, closed);
        assertThat(texts(hub.coordinator.get("/api/referrals/" + cancelled).json().path("previousReferralIds")))
                .isEmpty();
    }

    @Test
    void of_two_referrals_of_one_person_sent_at_once_one_is_created_and_the_other_names_it() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                raceTwoReferralsOfOnePerson(pool);
            }
        } finally {
            pool.shutdown();
        }
    }

    private void raceTwoReferralsOfOnePerson(ExecutorService pool) throws Exception {
        Map<String, Object> twice = People.referral(hub.locality(), TestClock.now());
        Api[] callers = {hub.mdt, hub.coordinator};
        List<Api.Response> answers = Race.on(pool, 2, i -> () -> callers[i].post("/api/referrals", twice));

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        Api.Response won = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
        Api.Response lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(lost.json().path("existingReferralId").asText()).as(lost.toString())
                .isEqualTo(won.json().path("id").asText());
        assertThat(referralsOf(twice)).isEqualTo(1);
    }

    @Test
    void the_database_itself_refuses_a_second_open_referral_of_one_person() {
        String id = created(hub.mdt.post("/api/referrals", person));

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("""
                insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id,
                    hospital, ward, ready_to_leave_at, infection_positive, status, status_since, created_at,
                    created_by, version)
                select 'dup-' || id, nhs_number, given_name, family_name, date_of_birth, locality_id, hospital, ward,
                    ready_to_leave_at, infection_positive, 'AWAITING_TRIAGE', status_since, created_at, created_by, 0
                from hub.referral where id = :id""").param("id", id).update());

        assertThat(refused).hasMessageContaining("referral_one_open_per_nhs_number");
    }

    private long referralsOf(Map<String, Object> body) {
        return jdbc.sql("select count(*) from hub.referral where nhs_number = :nhs")
                .param("nhs", body.get("nhsNumber")).query(Long.class).single();
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
