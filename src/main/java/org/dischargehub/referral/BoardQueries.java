package org.dischargehub.referral;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toMap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dischargehub.referral.BoardSort.Column;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hub board read a page at a time: the database filters, counts and orders the open referrals, so a board holds
 * only the rows it shows. Days past the ready date count from the hub's date, passed in, never the database's clock.
 */
@Component
class BoardQueries {

    /** Whole days past the ready date in the hub's zone, 0 before it, as {@link Urgency#daysPastReady} counts them. */
    private static final String DAYS_PAST_READY =
            "greatest(0, cast(:today as date) - cast(r.ready_to_leave_at at time zone cast(:zone as text) as date))";
    private static final String MOST_URGENT_FIRST = DAYS_PAST_READY + " desc, r.status_since, r.id";
    /** Each column's order as SQL: only these fragments reach the query, never a key from the browser. */
    private static final Map<Column, String> ORDERS = new EnumMap<>(Map.of(
            Column.DAYS_PAST_READY, DAYS_PAST_READY,
            Column.NAME, "lower(r.given_name || ' ' || r.family_name)",
            Column.CURRENT_STEP, "r.status_since",
            Column.INFECTION, "not r.infection_positive",
            Column.WARD, "r.hospital || ' · ' || r.ward",
            Column.PATHWAY, "r.pathway",
            Column.LOCALITY, "(select l.code from hub.locality l where l.id = r.locality_id)",
            Column.READY_TO_LEAVE, "r.ready_to_leave_at"));

    private final JdbcClient jdbc;
    private final Referrals referrals;

    BoardQueries(JdbcClient jdbc, Referrals referrals) {
        this.jdbc = jdbc;
        this.referrals = referrals;
    }

    /** The referrals from {@code offset}, at most {@code limit}, in the order asked for, then most urgent first. */
    List<Referral> page(BoardFilter filter, List<BoardSort> sorts, LocalDate today, ZoneId zone, int offset,
            int limit) {
        Where where = Where.of(filter);
        String order = sorts.stream().map(s -> ORDERS.get(s.column()) + (s.descending() ? " desc, " : ", "))
                .collect(joining()) + MOST_URGENT_FIRST;
        return inOrder(jdbc.sql("select r.id from hub.referral r " + where.sql() + " order by " + order
                        + " offset :offset limit :limit")
                .params(where.params()).param("today", today).param("zone", zone.getId())
                .param("offset", offset).param("limit", limit)
                .query(String.class).list());
    }

    /**
     * One page of the MDT's worklist: people the hub asked the MDT to re-triage first (longest asked first), then
     * referrals awaiting their first triage, oldest first; the text matched as on the board.
     */
    List<Referral> worklist(String text, int offset, int limit) {
        Where where = Where.worklist(text);
        // ascending puts the nulls (never asked to re-triage) last
        return inOrder(jdbc.sql("select r.id from hub.referral r " + where.sql()
                        + " order by r.retriage_requested_at, r.created_at, r.id offset :offset limit :limit")
                .params(where.params()).param("offset", offset).param("limit", limit)
                .query(String.class).list());
    }

    long worklistCount(String text) {
        Where where = Where.worklist(text);
        return jdbc.sql("select count(*) from hub.referral r " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** The referrals with these ids, in the ids' order. */
    private List<Referral> inOrder(List<String> ids) {
        Map<String, Referral> found = referrals.findAllById(ids).stream()
                .collect(toMap(Referral::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    long count(BoardFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("select count(*) from hub.referral r " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** How many match in each open status, counted by the database. */
    Map<ReferralStatus, Long> countsByStatus(BoardFilter filter) {
        Where where = Where.of(filter);
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        jdbc.sql("select r.status, count(*) as n from hub.referral r " + where.sql() + " group by r.status")
                .params(where.params())
                .query(rs -> {
                    counts.put(ReferralStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * A list's condition as SQL: the board's filter or the worklist's, each narrowed by the text (spaces ignored, any
     * case) found in the NHS number or the names run together, or the trimmed text in the full name, taken as written
     * (its % and _ are not wildcards).
     */
    private record Where(String sql, Map<String, Object> params) {

        /** Open referrals only, narrowed by the board's filter. */
        static Where of(BoardFilter filter) {
            StringBuilder sql = new StringBuilder("where r.status in (:open)");
            Map<String, Object> params = new HashMap<>();
            params.put("open", ReferralStatus.OPEN.stream().map(Enum::name).toList());
            if (filter.status() != null) {
                sql.append(" and r.status = :status");
                params.put("status", filter.status().name());
            }
            if (filter.pathway() != null) {
                sql.append(" and r.pathway = :pathway");
                params.put("pathway", filter.pathway().number());
            }
            if (filter.localityId() != null) {
                sql.append(" and r.locality_id = :locality");
                params.put("locality", filter.localityId());
            }
            return matching(filter.text(), sql, params);
        }

        /** Asked to re-triage, or awaiting a first triage; and the text. */
        static Where worklist(String text) {
            Map<String, Object> params = new HashMap<>();
            params.put("awaiting", ReferralStatus.AWAITING_TRIAGE.name());
            return matching(text, new StringBuilder(
                    "where (r.retriage_requested_at is not null or r.status = :awaiting)"), params);
        }

        private static Where matching(String given, StringBuilder sql, Map<String, Object> params) {
            String text = given == null ? "" : given;
            String term = text.replace(" ", "").toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                sql.append(" and (r.nhs_number like :term escape '\\'")
                        .append(" or lower(replace(r.given_name || r.family_name, ' ', '')) like :term escape '\\'")
                        .append(" or lower(r.given_name || ' ' || r.family_name) like :name escape '\\')");
                params.put("term", containing(term));
                params.put("name", containing(text.toLowerCase(Locale.ROOT).trim()));
            }
            return new Where(sql.toString(), params);
        }

        private static String containing(String text) {
            return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }
}
