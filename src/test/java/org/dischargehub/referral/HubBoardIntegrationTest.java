package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dischargehub.beds.BedType;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.platform.TimeConfiguration;
import org.dischargehub.referral.BoardSort.Column;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Pathway;
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

/**
 * The hub board read a page at a time from the database: filtered, counted and ordered there as the board showed them
 * when it sorted every open referral in Java. Each test makes its own county, so it reads only its own people.
 */
@HubIntegrationTest
class HubBoardIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcClient jdbc;

    private Hub hub;
    private Hub elsewhere;
    private Long locality;
    /** The people in this county's locality, by family name. */
    private final Map<String, String> ids = new HashMap<>();

    /**
     * Six open referrals around today's London midnight (one cancelled one besides), received in this order: so the
     * most urgent first is Threedays, Yesterday, then those not yet past the ready date by time at their step.
     */
    @BeforeEach
    void aCountyWithPeopleEitherSideOfTheReadyDate() {
        hub = Hub.on(port, "BD");
        elsewhere = Hub.on(port, "BE");
        locality = directory.locality(hub.locality()).id();
        Instant midnight = TestClock.today().atStartOfDay(TimeConfiguration.HUB_ZONE).toInstant();
        receive(hub, "Erin", "Future", "Beta General", "B2", midnight.plus(Duration.ofDays(1)), true);
        triage(receive(hub, "Dan", "Today", "Alpha General", "A1", midnight.plusSeconds(60), false), 2);
        triage(receive(hub, "Cat", "Yesterday", "Alpha General", "A2", midnight.minusSeconds(60), false), 0);
        receive(hub, "Ada", "Threedays", "Gamma Infirmary", "G1", midnight.minus(Duration.ofDays(3)).plusSeconds(3600),
                true);
        receive(hub, "Mary Ann", "Test 50%", "Delta", "D1", midnight.plusSeconds(3600), false);
        receive(hub, "Mary", "Test 500", "Delta", "D2", midnight.plusSeconds(3600), false);
        String gone = receive(hub, "Gone", "Cancelled", "Delta", "D3", midnight.minus(Duration.ofDays(5)), false);
        As.coordinator(() -> referrals.cancel(gone, new Cancel("Went home with family")));
        receive(elsewhere, "Quinn", "Elsewhere", "Alpha General", "A1", midnight.minus(Duration.ofDays(2)), false);
    }

    @Test
    void the_most_urgent_come_first_by_days_past_the_hubs_ready_date_then_time_at_the_step() {
        assertThat(names(page(filter(null, null, null), List.of()))).containsExactly(
                "Threedays", "Yesterday", "Future", "Today", "Test 50%", "Test 500");
    }

    @Test
    void each_filter_alone_and_together_leaves_only_open_referrals_that_match() {
        assertThat(names(page(filter(null, null, ReferralStatus.AWAITING_TRIAGE), List.of())))
                .containsExactly("Threedays", "Future", "Test 50%", "Test 500");
        assertThat(names(page(filter(null, Pathway.TWO, null), List.of()))).containsExactly("Today");
        assertThat(names(page(filter(null, Pathway.TWO, ReferralStatus.AWAITING_CAPACITY), List.of())))
                .containsExactly("Today");
        assertThat(page(filter(null, Pathway.TWO, ReferralStatus.AWAITING_TRIAGE), List.of())).isEmpty();
        assertThat(names(page(filter("test", null, ReferralStatus.AWAITING_TRIAGE), List.of())))
                .containsExactly("Test 50%", "Test 500");
        Long other = directory.locality(elsewhere.locality()).id();
        assertThat(names(page(new BoardFilter("Elsewhere", null, other, null), List.of())))
                .containsExactly("Elsewhere");
        assertThat(page(new BoardFilter("Test", null, other, null), List.of())).isEmpty();

        assertThat(count(filter(null, null, null))).isEqualTo(6);
        assertThat(count(filter(null, null, ReferralStatus.AWAITING_TRIAGE))).isEqualTo(4);
        assertThat(count(filter("test 50", Pathway.TWO, null))).isZero();
        Map<ReferralStatus, Long> byStatus = Map.of(ReferralStatus.AWAITING_TRIAGE, 4L,
                ReferralStatus.AWAITING_CAPACITY, 1L, ReferralStatus.READY_TO_DISCHARGE, 1L);
        assertThat(countsByStatus(filter(null, null, null))).isEqualTo(byStatus);
        assertThat(countsByStatus(filter(null, null, ReferralStatus.OFFERED))).as("the status is not counted by")
                .isEqualTo(byStatus);
        assertThat(countsByStatus(filter("mary", null, null))).isEqualTo(Map.of(ReferralStatus.AWAITING_TRIAGE, 2L));
    }

    @Test
    void the_text_is_found_in_the_nhs_number_or_the_name_whatever_its_spaces_and_case_and_taken_as_written() {
        String nhsNumber = jdbc.sql("select nhs_number from hub.referral where id = :id")
                .param("id", ids.get("Yesterday")).query(String.class).single();
        assertThat(names(page(filter(nhsNumber.substring(2, 8), null, null), List.of()))).containsExactly("Yesterday");
        assertThat(names(page(filter(nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3), null, null),
                List.of()))).containsExactly("Yesterday");
        assertThat(names(page(filter("MARYANN", null, null), List.of()))).containsExactly("Test 50%");
        assertThat(names(page(filter(" ann  test ", null, null), List.of()))).containsExactly("Test 50%");
        assertThat(names(page(filter("dany est", null, null), List.of()))).isEmpty();
        assertThat(names(page(filter("danto", null, null), List.of()))).containsExactly("Today");
        assertThat(names(page(filter("test 50", null, null), List.of()))).containsExactly("Test 50%", "Test 500");
        assertThat(names(page(filter("50%", null, null), List.of()))).containsExactly("Test 50%");
        assertThat(names(page(filter("t_st", null, null), List.of()))).isEmpty();
        assertThat(names(page(filter("t\\", null, null), List.of()))).isEmpty();
        assertThat(names(page(filter("   ", null, null), List.of()))).hasSize(6);
    }

    @Test
    void each_column_sorts_both_ways_and_ties_keep_the_most_urgent_first() {
        List<String> urgent = List.of("Threedays", "Yesterday", "Future", "Today", "Test 50%", "Test 500");
        assertSorted(Column.DAYS_PAST_READY, List.of("Future", "Today", "Test 50%", "Test 500", "Yesterday",
                "Threedays"), urgent);
        assertSorted(Column.NAME, List.of("Threedays", "Yesterday", "Today", "Future", "Test 50%", "Test 500"),
                List.of("Test 500", "Test 50%", "Future", "Today", "Yesterday", "Threedays"));
        assertSorted(Column.CURRENT_STEP, List.of("Future", "Today", "Yesterday", "Threedays", "Test 50%", "Test 500"),
                List.of("Test 500", "Test 50%", "Threedays", "Yesterday", "Today", "Future"));
        assertSorted(Column.INFECTION, List.of("Threedays", "Future", "Yesterday", "Today", "Test 50%", "Test 500"),
                List.of("Yesterday", "Today", "Test 50%", "Test 500", "Threedays", "Future"));
        assertSorted(Column.WARD, List.of("Today", "Yesterday", "Future", "Test 50%", "Test 500", "Threedays"),
                List.of("Threedays", "Test 500", "Test 50%", "Future", "Yesterday", "Today"));
        assertSorted(Column.PATHWAY, List.of("Yesterday", "Today", "Threedays", "Future", "Test 50%", "Test 500"),
                List.of("Threedays", "Future", "Test 50%", "Test 500", "Today", "Yesterday"));
        assertSorted(Column.READY_TO_LEAVE, List.of("Threedays", "Yesterday", "Today", "Test 50%", "Test 500",
                "Future"), List.of("Future", "Test 50%", "Test 500", "Today", "Yesterday", "Threedays"));
    }

    @Test
    void the_locality_column_sorts_by_the_localitys_code() {
        BoardFilter everywhere = new BoardFilter(null, null, null, null);
        List<String> here = List.of("Threedays", "Yesterday", "Future", "Today", "Test 50%", "Test 500");
        List<String> hereFirst = new ArrayList<>(here);
        hereFirst.add("Elsewhere");
        List<String> elsewhereFirst = new ArrayList<>(List.of("Elsewhere"));
        elsewhereFirst.addAll(here);
        assertThat(hub.locality()).as("the codes' prefixes order them").isLessThan(elsewhere.locality());

        assertThat(mine(page(everywhere, List.of(new BoardSort(Column.LOCALITY, false)))))
                .containsExactlyElementsOf(hereFirst);
        assertThat(mine(page(everywhere, List.of(new BoardSort(Column.LOCALITY, true)))))
                .containsExactlyElementsOf(elsewhereFirst);
    }

    @Test
    void pages_follow_one_another_in_a_stable_order_and_only_the_page_fetched_is_logged_as_seen() {
        String user = "board-" + UUID.randomUUID().toString().substring(0, 8);
        List<Referral> pages = new ArrayList<>();
        List<Referral> second = List.of();
        for (int offset = 0; offset < 6; offset += 2) {
            int from = offset;
            List<Referral> page = As.user(user, Role.COORDINATOR, null,
                    () -> referrals.board(filter(null, null, null), List.of(), from, 2));
            assertThat(page).hasSize(2);
            pages.addAll(page);
            if (offset == 2) {
                second = page;
                assertThat(seenBy(user)).as("only the first two pages read so far")
                        .containsExactlyInAnyOrderElementsOf(pages.stream().map(Referral::id).toList());
            }
        }
        assertThat(names(pages)).containsExactlyElementsOf(names(page(filter(null, null, null), List.of())));
        assertThat(names(second)).containsExactly("Future", "Today");
        assertThat(As.coordinator(() -> referrals.board(filter(null, null, null), List.of(), 6, 2))).isEmpty();
    }

    @Test
    void the_mdt_worklist_pages_from_the_database_re_triage_first_then_oldest_and_logs_only_the_page_as_seen() {
        List<String> waiting = List.of("Future", "Threedays", "Test 50%", "Test 500");
        assertThat(names(worklistMine())).as("awaiting triage, oldest received first").containsExactlyElementsOf(waiting);

        As.coordinator(() -> capacity.askForRetriage(ids.get("Today"),
                new ReferralCommands.Reason("No rehab bed takes an infection-positive person")));
        List<Referral> all = As.mdt(() -> referrals.triageWorklist("", 0, 100_000));
        assertThat(names(worklistMine())).as("asked to re-triage first")
                .containsExactly("Today", "Future", "Threedays", "Test 50%", "Test 500");
        assertThat(all.stream().map(Referral::status)).as("nobody else")
                .allMatch(s -> s == ReferralStatus.AWAITING_TRIAGE || s == ReferralStatus.AWAITING_CAPACITY);
        assertThat(As.mdt(() -> referrals.triageWorklistCount(""))).isEqualTo(all.size());

        String user = "worklist-" + UUID.randomUUID().toString().substring(0, 8);
        List<Referral> firstTwo = As.user(user, Role.MDT, null, () -> referrals.triageWorklist("", 0, 2));
        List<Referral> nextTwo = As.user(user, Role.MDT, null, () -> referrals.triageWorklist("", 2, 2));
        assertThat(ids(firstTwo)).containsExactlyElementsOf(ids(all.subList(0, 2)));
        assertThat(ids(nextTwo)).containsExactlyElementsOf(ids(all.subList(2, 4)));
        assertThat(seenBy(user)).containsExactlyInAnyOrderElementsOf(ids(all.subList(0, 4)));

        String nhsNumber = jdbc.sql("select nhs_number from hub.referral where id = ?").param(ids.get("Threedays"))
                .query(String.class).single();
        String spaced = nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3);
        assertThat(ids(As.mdt(() -> referrals.triageWorklist(spaced, 0, 10)))).containsExactly(ids.get("Threedays"));
        assertThat(As.mdt(() -> referrals.triageWorklistCount(spaced))).isEqualTo(1);
    }

    private List<Referral> worklistMine() {
        return As.mdt(() -> referrals.triageWorklist("", 0, 100_000)).stream()
                .filter(r -> ids.containsValue(r.id())).toList();
    }

    private static List<String> ids(List<Referral> referrals) {
        return referrals.stream().map(Referral::id).toList();
    }

    private void assertSorted(Column column, List<String> ascending, List<String> descending) {
        assertThat(names(page(filter(null, null, null), List.of(new BoardSort(column, false)))))
                .as(column + " ascending").containsExactlyElementsOf(ascending);
        assertThat(names(page(filter(null, null, null), List.of(new BoardSort(column, true)))))
                .as(column + " descending").containsExactlyElementsOf(descending);
    }

    private BoardFilter filter(String text, Pathway pathway, ReferralStatus status) {
        return new BoardFilter(text, pathway, locality, status);
    }

    private List<Referral> page(BoardFilter filter, List<BoardSort> sorts) {
        return As.coordinator(() -> referrals.board(filter, sorts, 0, 10_000));
    }

    private long count(BoardFilter filter) {
        return As.coordinator(() -> referrals.boardCount(filter));
    }

    private Map<ReferralStatus, Long> countsByStatus(BoardFilter filter) {
        return As.manager(() -> referrals.boardCountsByStatus(filter));
    }

    private static List<String> names(List<Referral> page) {
        return page.stream().map(r -> r.patient().familyName()).toList();
    }

    /** Only this test's people, in the order given: other tests' people share the hub. */
    private List<String> mine(List<Referral> page) {
        Long other = directory.locality(elsewhere.locality()).id();
        return page.stream().filter(r -> ids.containsValue(r.id()) || other.equals(r.stay().localityId()))
                .map(r -> r.patient().familyName()).toList();
    }

    private List<String> seenBy(String user) {
        return jdbc.sql("""
                select referral_id from hub.audit_event
                where username = :user and action = 'VIEW' and record_type = 'REFERRAL_LIST'""")
                .param("user", user).query(String.class).list();
    }

    private String receive(Hub in, String givenName, String familyName, String hospital, String ward,
            Instant readyToLeaveAt, boolean infection) {
        NewReferral command = new NewReferral(People.nhsNumber(), givenName, familyName, LocalDate.of(1941, 3, 9),
                in.locality(), hospital, ward, readyToLeaveAt, infection, null);
        String id = As.mdt(() -> referrals.receive(command)).id();
        if (in == hub && !familyName.equals("Cancelled")) {
            ids.put(familyName, id);
        }
        return id;
    }

    private void triage(String id, int pathway) {
        Triage triage = pathway == 0 ? new Triage(0, null, null, null, "Home with family")
                : new Triage(2, BedType.REHAB, null, null, "Rehab after a fall");
        As.mdt(() -> referrals.triage(id, triage));
    }
}
