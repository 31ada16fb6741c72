package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.referral.BoardFilter;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralEscalations;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.Role;
import org.dischargehub.security.SystemUser;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit trail itself: append-only, written with the change it describes, searchable and exportable. */
@HubIntegrationTest
class AuditIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralEscalations escalations;
    @Autowired
    PlatformTransactionManager transactions;

    AuditRows audit;
    Hub hub;

    @BeforeEach
    void setUp() {
        audit = new AuditRows(jdbc);
        hub = Hub.on(port, "AUD");
    }

    Map<String, Object> newReferral() {
        Map<String, Object> body = People.referral(hub.locality(), TestClock.now().minus(1, ChronoUnit.HOURS));
        Api.Response created = hub.mdt.post("/api/referrals", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        body.put("id", created.json().path("id").asText());
        return body;
    }

    @Test
    void no_one_can_update_delete_or_truncate_the_audit_through_jdbc() {
        String id = (String) newReferral().get("id");
        assertThat(audit.about(id)).isNotEmpty();

        assertThatThrownBy(() -> jdbc.sql("update hub.audit_event set username = 'someone-else' where referral_id = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from hub.audit_event where referral_id = :id").param("id", id)
                .update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate hub.audit_event").update()).rootCause()
                .hasMessageContaining("append-only");
        assertThat(aboutTheRecord(id)).allSatisfy(row -> assertThat(row.get("username")).isEqualTo("mdt"));
    }

    @Test
    void a_created_referral_is_logged_once_with_who_what_when_and_where() {
        Instant before = TestClock.now().minusSeconds(1);
        Map<String, Object> body = newReferral();
        List<Map<String, Object>> rows = recordRows((String) body.get("id"), "mdt");

        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("username", "mdt").containsEntry("role", "MDT")
                .containsEntry("action", "CREATE").containsEntry("record_type", "REFERRAL")
                .containsEntry("nhs_number", body.get("nhsNumber")).containsEntry("remote_address", "127.0.0.1");
        assertThat(((java.sql.Timestamp) row.get("at")).toInstant()).isAfter(before);
    }

    @Test
    void a_change_that_rolls_back_leaves_no_audit_row_and_a_committed_change_exactly_one() {
        String id = (String) newReferral().get("id");
        TransactionTemplate outer = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            As.mdt(() -> referrals.changeDelayReason(id, new DelayReasonChange("OTHER")));
            throw new IllegalStateException("a later step of the same change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(changesAbout(id, "mdt")).containsExactly("CREATE");

        As.mdt(() -> referrals.changeDelayReason(id, new DelayReasonChange("OTHER")));
        assertThat(changesAbout(id, "mdt")).containsExactly("CREATE", "DELAY_REASON");
    }

    /**
     * Rows about the record itself. A list page (MDT worklist, hub board) left open by an earlier browser test in this
     * shared hub, its browser gone but its UI not yet expired, redraws when a new referral appears and rightly logs a
     * list view of it (`REFERRAL_LIST`, from that tab's address); these tests are not about those pages.
     */
    private List<Map<String, Object>> aboutTheRecord(String id) {
        return audit.about(id).stream().filter(row -> !"REFERRAL_LIST".equals(row.get("record_type"))).toList();
    }

    private List<Map<String, Object>> recordRows(String id, String username) {
        return aboutTheRecord(id).stream().filter(row -> username.equals(row.get("username"))).toList();
    }

    private static List<JsonNode> recordEntries(JsonNode entries) {
        List<JsonNode> kept = new ArrayList<>();
        entries.forEach(entry -> {
            if (!"REFERRAL_LIST".equals(entry.path("recordType").asText())) {
                kept.add(entry);
            }
        });
        return kept;
    }

    /** Views logged by a tab with no browser behind it (the test's own) or by no tab at all: the address "system". */
    private List<Map<String, Object>> viewsWithoutABrowser(String id, String username) {
        return audit.by(id, username).stream().filter(row -> "VIEW".equals(row.get("action"))
                && "system".equals(row.get("remote_address"))).toList();
    }

    /**
     * The rows of changes only: an MDT page left open by an earlier test in this shared hub (its browser gone, its
     * UI not yet expired) may redraw when the referral appears or changes and rightly log a view of its own.
     */
    private List<String> changesAbout(String id, String username) {
        return audit.actionsAbout(id, username).stream().filter(action -> !action.equals("VIEW")).toList();
    }

    @Test
    void reading_a_record_over_the_api_is_one_view_row_however_often_the_request_reads_it() {
        String id = (String) newReferral().get("id");
        assertThat(hub.mdt.get("/api/referrals/" + id).status()).isEqualTo(200);
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Home")).status())
                .isEqualTo(200);

        assertThat(recordRows(id, "mdt")).extracting(row -> row.get("action"))
                .containsExactly("CREATE", "VIEW", "TRIAGED");
    }

    @Test
    void a_board_redrawn_by_live_updates_logs_each_person_once_per_tab_with_its_own_address_and_reads_outside_a_tab_each_time() {
        Map<String, Object> body = newReferral();
        String id = (String) body.get("id");
        BoardFilter person = new BoardFilter((String) body.get("nhsNumber"), null, null, null);

        for (UI tab : List.of(new UI(), new UI())) {
            for (int redraw = 0; redraw < 3; redraw++) {
                // a redraw with another request bound to its thread (as when redraws ran on the thread of whoever
                // made the change, here an API call from elsewhere): the tab's own address must still win
                MockHttpServletRequest apiCall = new MockHttpServletRequest("POST", "/api/referrals");
                apiCall.setRemoteAddr("203.0.113.9");
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(apiCall));
                UI.setCurrent(tab);
                try {
                    assertThat(As.coordinator(() -> referrals.board(person, List.of(), 0, 50))).hasSize(1);
                } finally {
                    UI.setCurrent(null);
                    RequestContextHolder.resetRequestAttributes();
                }
            }
        }
        assertThat(viewsWithoutABrowser(id, "coordinator")).hasSize(2);
        assertThat(audit.by(id, "coordinator")).allSatisfy(row -> assertThat(row.get("remote_address"))
                .as("the tab's own address, never the API caller's").isNotEqualTo("203.0.113.9"));

        As.coordinator(() -> referrals.board(person, List.of(), 0, 50));
        As.coordinator(() -> referrals.board(person, List.of(), 0, 50));
        assertThat(viewsWithoutABrowser(id, "coordinator")).hasSize(4);
    }

    @Test
    void asking_for_a_persons_options_over_the_api_is_one_row_naming_the_options() {
        String id = (String) newReferral().get("id");
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "NURSING",
                "rationale", "Nursing needs")).status()).isEqualTo(200);

        Api.Response options = hub.coordinator.get("/api/referrals/" + id + "/options");
        assertThat(options.status()).as(options.toString()).isEqualTo(200);

        assertThat(recordRows(id, "coordinator")).extracting(row -> row.get("action") + " " + row.get("record_type"))
                .containsExactly("VIEW REFERRAL_OPTIONS");
    }

    @Test
    void a_refusal_is_logged_although_the_refused_call_rolls_back() {
        Map<String, Object> body = newReferral();
        String id = (String) body.get("id");

        assertThatThrownBy(() -> As.user("a-provider", Role.PROVIDER, 1L, () -> referrals.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        String provider = hub.county.user("aud-prov", "PROVIDER", hub.county.homeCareProvider("AUDHC", "20.00"));
        Api.Response refused = hub.as(provider).get("/api/referrals/" + id);
        assertThat(refused.status()).isEqualTo(403);

        List<Map<String, Object>> denied = audit.about(id).stream()
                .filter(row -> "ACCESS_DENIED".equals(row.get("action"))).toList();
        assertThat(denied).extracting(row -> row.get("username")).containsExactly("a-provider", provider);
        // the API refuses the provider by the address's roles, before any service runs; the person is still named
        assertThat(denied).extracting(row -> row.get("record_type")).containsExactly("ReferralService.get", "API");
        assertThat(denied.get(1)).containsEntry("detail", "GET /api/referrals/" + id);
        assertThat(denied).allSatisfy(row -> assertThat(row).containsEntry("nhs_number", body.get("nhsNumber"))
                .containsEntry("role", "PROVIDER"));
        assertThat(denied.get(1)).containsEntry("remote_address", "127.0.0.1");
    }

    @Test
    void the_hubs_own_work_is_logged_as_the_system() {
        String id = (String) newReferral().get("id");
        SystemUser.run(() -> escalations.escalate(id, EscalationKind.TRIAGE_OVERDUE));

        Map<String, Object> row = audit.by(id, "system").get(0);
        assertThat(row).containsEntry("username", "system").containsEntry("role", "SYSTEM")
                .containsEntry("action", "ESCALATED").containsEntry("remote_address", "system");
    }

    @Test
    void a_manager_searches_by_person_user_and_period_exports_csv_and_both_are_logged() {
        Map<String, Object> body = newReferral();
        String nhs = (String) body.get("nhsNumber");
        hub.mdt.get("/api/referrals/" + body.get("id"));

        Api.Response found = hub.manager.get("/api/audit?nhsNumber=" + nhs + "&user=mdt&from=" + TODAY + "&to=" + TODAY);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        List<JsonNode> entries = recordEntries(found.json());
        assertThat(entries).extracting(entry -> entry.path("action").asText()).containsExactly("VIEW", "CREATE");
        assertThat(entries.get(0).path("referralId").asText()).isEqualTo(body.get("id"));
        assertThat(hub.manager.get("/api/audit?nhsNumber=" + nhs + "&from=" + TODAY.plusDays(1)).json()).isEmpty();
        assertThat(recordEntries(hub.manager.get("/api/audit?nhsNumber=" + nhs + "&user=coordinator").json())).isEmpty();

        Api.Response csv = hub.manager.get("/api/audit?nhsNumber=" + nhs, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).first().isEqualTo(AuditCsv.HEADER);
        assertThat(csv.body()).contains(",mdt,MDT,CREATE,REFERRAL,").contains(nhs);

        List<Map<String, Object>> managerRows = jdbc.sql("select * from hub.audit_event where username = 'manager' "
                + "and nhs_number = :nhs order by id").param("nhs", nhs).query().listOfRows();
        assertThat(managerRows).extracting(row -> row.get("action"))
                .containsExactly("SEARCH", "SEARCH", "SEARCH", "EXPORT");
        assertThat(managerRows).allSatisfy(row -> assertThat(row).containsEntry("record_type", "AUDIT"));
    }

    @Test
    void only_a_manager_may_search_the_audit_and_bad_filters_are_400_problems() {
        Api.Response refused = hub.coordinator.get("/api/audit?user=mdt");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(audit.byUserSince("coordinator", TestClock.now().minusSeconds(30)))
                .anySatisfy(row -> assertThat(row).containsEntry("action", "ACCESS_DENIED")
                        .containsEntry("record_type", "API").containsEntry("detail", "GET /api/audit"));

        for (String query : List.of("nhsNumber=1234567890", "from=2026-13-01", "from=2026-11-02&to=2026-11-01",
                "to=0001-01-01", "user=" + "u".repeat(101))) {
            Api.Response bad = hub.manager.get("/api/audit?" + query);
            assertThat(bad.status()).as(query + " " + bad).isEqualTo(400);
            assertThat(bad.isProblem()).isTrue();
        }
    }

}
