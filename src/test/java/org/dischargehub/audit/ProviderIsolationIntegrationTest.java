package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.security.Role;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A provider user tries every provider-scoped path with another provider's ids: each is refused, nothing changes, and
 * the refusal is in the audit, naming the person when the id leads to one.
 */
@HubIntegrationTest
class ProviderIsolationIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HomeCareService homeCare;
    @Autowired
    DirectoryService directory;

    @Test
    void another_providers_offers_capacity_and_returns_are_refused_and_each_refusal_is_audited() {
        ReferralFactory theirs = new ReferralFactory(context, Hub.on(port, "WALK"));
        Person open = theirs.offered();
        Person accepted = theirs.packageAccepted();
        String mine = theirs.hub.county.homeCareProvider("MINE", "20.00");
        String intruder = theirs.hub.county.user("intruder", "PROVIDER", mine);
        Api me = Api.as(port, intruder, County.password());
        String setting = theirs.hub.county.setting("THEIRS", theirs.hub.county.bedBasedProvider("THEIRBB"), theirs.hub.locality(), 1,
                "100.00", false);
        String bed = theirs.hub.county.bed(setting, "01", "GENERAL");

        Map<String, Object[]> attempts = new java.util.LinkedHashMap<>();
        attempts.put("POST /api/offers/" + open.offer() + "/accept", new Object[] {null, open});
        attempts.put("POST /api/offers/" + open.offer() + "/decline", new Object[] {Map.of("reason", "x"), open});
        attempts.put("POST /api/offers/" + accepted.offer() + "/hand-back",
                new Object[] {Map.of("reason", "Not ours to give back"), accepted});
        attempts.put("PUT /api/providers/" + theirs.hub.homeCare() + "/capacity/" + TODAY,
                new Object[] {Map.of("locality", theirs.hub.locality(), "hoursPerWeek", 0), null});
        attempts.put("PUT /api/providers/" + theirs.hub.homeCare() + "/status/" + TODAY,
                new Object[] {statusReturn(), null});
        attempts.put("GET /api/providers/" + theirs.hub.homeCare() + "/status", new Object[] {null, null});
        attempts.put("PUT /api/settings/" + setting + "/admissions",
                new Object[] {Map.of("accepting", false, "reason", "Outbreak"), null});
        attempts.put("PUT /api/beds/" + bed + "/availability",
                new Object[] {Map.of("available", false, "reason", "Deep clean"), null});

        for (Map.Entry<String, Object[]> attempt : attempts.entrySet()) {
            String[] request = attempt.getKey().split(" ", 2);
            long mark = jdbc.sql("select coalesce(max(id), 0) from hub.audit_event").query(Long.class).single();
            Api.Response refused = me.send(request[0], request[1], attempt.getValue()[0], "application/json");
            assertThat(refused.status()).as(attempt.getKey() + " " + refused).isIn(403, 404);
            assertThat(refused.isProblem()).isTrue();
            List<Map<String, Object>> rows = jdbc.sql("select * from hub.audit_event where id > :mark and username = "
                    + ":user and action = 'ACCESS_DENIED'").param("mark", mark).param("user", intruder).query()
                    .listOfRows();
            assertThat(rows).as(attempt.getKey()).hasSize(1);
            Person person = (Person) attempt.getValue()[1];
            if (person != null) {
                assertThat(rows.get(0)).as(attempt.getKey()).containsEntry("nhs_number", person.nhsNumber())
                        .containsEntry("referral_id", person.id());
            }
        }

        assertThat(me.get("/api/offers").json().findValuesAsText("referralId"))
                .doesNotContain(open.id(), accepted.id());
        assertThat(theirs.hub.homeCareUser().get("/api/offers?status=OPEN").find("id", open.offer()).path("status")
                .asText()).isEqualTo("OPEN");
        assertThat(theirs.hub.homeCareUser().get("/api/offers?status=ACCEPTED").find("id", accepted.offer())
                .path("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void the_same_refusals_through_the_service_are_audited_too() {
        ReferralFactory theirs = new ReferralFactory(context, Hub.on(port, "WALK"));
        Person open = theirs.offered();
        String mine = theirs.hub.county.homeCareProvider("MINE", "20.00");
        Long myProvider = directory.provider(mine).id();

        assertThatThrownBy(() -> As.user("svc-intruder", Role.PROVIDER, myProvider,
                () -> homeCare.accept(open.offer()))).isInstanceOf(AccessDeniedException.class);

        Map<String, Object> row = jdbc.sql("select * from hub.audit_event where username = 'svc-intruder' "
                + "and referral_id = :id").param("id", open.id()).query().singleRow();
        assertThat(row).containsEntry("action", "ACCESS_DENIED").containsEntry("record_type", "HomeCareService.accept")
                .containsEntry("record_id", open.offer()).containsEntry("nhs_number", open.nhsNumber());
    }

    private static Map<String, Object> statusReturn() {
        Map<String, Object> body = new HashMap<>();
        body.put("outbreak", "NONE");
        body.put("peopleAffected", 0);
        body.put("staffTotal", 10);
        body.put("staffAbsent", 0);
        body.put("vacancies", 0);
        body.put("agencyUse", false);
        body.put("crossSettingWorking", false);
        body.put("ppeDaysLeft", 30);
        body.put("canAdmit", true);
        return body;
    }
}
