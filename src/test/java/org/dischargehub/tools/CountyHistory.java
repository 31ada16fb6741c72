package org.dischargehub.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a large county's history into a migrated hub database with bulk SQL (generate_series, one statement per
 * table): by default three years ending today and 300,000 referrals, with the national pathway shares (50/45/4/1 %),
 * eight localities, 40 home-care providers with daily capacity, 12 bed-based providers with 48 settings and 1,440 beds
 * in three tiers, accepted and declined home-care offers, discharges, delay reasons, funding decisions, closes with
 * outcomes, step-down bed moves, re-referrals of the same person (readmissions; a referral still open keeps an
 * NHS number of its own, as the hub allows one open referral a person) and each referral's timeline.
 *
 * <p>Only the hub's own tables are written: the seeded referrals have no Camunda process instances. Closed episodes
 * need none; the few open ones (the last weeks) are there for the figures — working them in the hub (discharge,
 * decide, close) is not supported. Every code starts with {@code SC-}; seeding twice is refused.
 *
 * <p>Run from the project root against a database the hub has migrated (start the hub once on it first):
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "$(cat cp.txt)" src/test/java/org/dischargehub/tools/CountyHistory.java \
 *     jdbc:postgresql://localhost:5433/postgres postgres "" [referrals] [years]
 * </pre>
 */
public final class CountyHistory {

    public static final String PREFIX = "SC-";

    private CountyHistory() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: CountyHistory jdbc-url user password [referrals=300000] [years=3]");
            System.exit(2);
        }
        int referrals = args.length > 3 ? Integer.parseInt(args[3]) : 300_000;
        int years = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            long started = System.nanoTime();
            seed(connection, referrals, years, LocalDate.now(ZoneId.of("Europe/London")));
            System.out.printf("Seeded %,d referrals over %d years in %.1f s%n", referrals, years,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** Seeds the history ending on {@code today} in one transaction, then vacuums and analyzes the tables. */
    public static void seed(Connection connection, int referrals, int years, LocalDate today) throws SQLException {
        if (referrals < 1000 || years < 1 || years > 10) {
            throw new IllegalArgumentException("at least 1,000 referrals over 1 to 10 years");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            try (var rs = sql.executeQuery("select count(*) from hub.locality where code like '" + PREFIX + "%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw new IllegalStateException("This database already holds a seeded county (codes " + PREFIX
                            + "...)");
                }
            }
            for (String statement : statements(referrals, today.minusYears(years), today)) {
                sql.execute(statement);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        // vacuum (outside a transaction) sets the visibility map, so index-only scans work at once
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            for (String table : List.of("referral", "referral_event", "home_care_capacity", "home_care_offer", "bed")) {
                sql.execute("vacuum analyze hub." + table);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static List<String> statements(int referrals, LocalDate first, LocalDate today) {
        String t = "date '" + today + "'";
        String f = "date '" + first + "'";
        int days = (int) (today.toEpochDay() - first.toEpochDay());
        List<String> s = new ArrayList<>();
        s.add("select setseed(0.42)");
        s.add("""
                insert into hub.locality (code, name)
                select 'SC-L' || i, (array['North','South','East','West','Central','Coast','Vale','Moor'])[i] || ' (seeded)'
                from generate_series(1, 8) i""");
        s.add("""
                insert into hub.provider (code, name, kind, hourly_rate)
                select 'SC-HC' || i, 'Seeded home care ' || i, 'HOME_CARE', 18 + (i % 9) from generate_series(1, 40) i""");
        s.add("""
                insert into hub.provider (code, name, kind)
                select 'SC-BP' || i, 'Seeded bed-based provider ' || i, 'BED_BASED' from generate_series(1, 12) i""");
        // settings 1-16 tier 1, 17-36 tier 2, 37-48 tier 3; 30 beds each, types by position in the setting
        s.add("""
                insert into hub.care_setting (code, name, provider_id, locality_id, tier, daily_rate,
                    designated_for_infection, accepting_admissions)
                select 'SC-S' || k, 'Seeded setting ' || k, (select id from hub.provider where code = 'SC-BP' || (1 + k % 12)),
                       (select id from hub.locality where code = 'SC-L' || (1 + k % 8)),
                       case when k <= 16 then 1 when k <= 36 then 2 else 3 end,
                       case when k <= 16 then 110 when k <= 36 then 150 else 190 end,
                       k in (5, 20, 40), k <> 30
                from generate_series(1, 48) k""");
        s.add("""
                insert into hub.bed (code, setting_id, type, status, close_reason)
                select 'SC-S' || k || '-' || j, (select id from hub.care_setting where code = 'SC-S' || k),
                       case when k <= 16 then 'REHAB'
                            when k <= 36 then case when j <= 12 then 'NURSING' when j <= 22 then 'REHAB' else 'DEMENTIA' end
                            else case when j <= 9 then 'GENERAL' when j <= 18 then 'NURSING' when j <= 26 then 'DEMENTIA'
                                      else 'END_OF_LIFE' end end,
                       case when (k * 31 + j) % 50 = 0 then 'CLOSED' else 'AVAILABLE' end,
                       case when (k * 31 + j) % 50 = 0 then 'Maintenance' end
                from generate_series(1, 48) k, generate_series(1, 30) j""");
        s.add("insert into hub.funding_scheme (name, funded_days, valid_from) values "
                + "('Seeded six weeks', 42, " + f + " - 1), ('Seeded four weeks', 28, " + f + " + 540) "
                + "on conflict (valid_from) do nothing");
        // provider i serves locality 1 + (i - 1) % 8 and the one three further on; the last five are stale
        s.add("""
                insert into hub.home_care_capacity (provider_id, locality_id, day, hours_posted, updated_at, updated_by)
                select p.id, l.id, d::date, 20 + floor(random() * 60),
                       case when d::date < %1$s then d::date + time '07:00'
                            when i > 35 then now() - interval '3 days' else now() - random() * interval '8 hours' end,
                       'seed'
                from generate_series(1, 40) i
                join hub.provider p on p.code = 'SC-HC' || i
                cross join lateral (values (1 + (i - 1) %% 8), (1 + (i + 2) %% 8)) served(n)
                join hub.locality l on l.code = 'SC-L' || served.n
                cross join generate_series(%2$s, %1$s + 13, interval '1 day') d""".formatted(t, f));
        s.add("""
                create or replace function pg_temp.nhs(base bigint) returns varchar language plpgsql immutable as $$
                declare digits varchar; total int; check_digit int;
                begin
                  loop
                    digits := lpad((base %% 1000000000)::text, 9, '0');
                    total := 0;
                    for i in 1..9 loop total := total + substr(digits, i, 1)::int * (11 - i); end loop;
                    check_digit := 11 - total %% 11;
                    if check_digit = 11 then return digits || '0'; end if;
                    if check_digit < 10 then return digits || check_digit; end if;
                    base := base + 1;
                  end loop;
                end $$""".replace("%%", "%"));
        s.add(referralsSql(referrals, days, t, f));
        s.add(outcomesSql(t));
        s.addAll(bedsAndOffersSql(t));
        s.addAll(eventsSql(t));
        s.add("drop table pg_temp.story, pg_temp.seed");
        s.add("drop function pg_temp.nhs(bigint)");
        return s;
    }

    /** One row per referral with its random draws and the dates of its story, in a temporary table. */
    private static String referralsSql(int referrals, int days, String today, String first) {
        return """
                create temp table seed as
                select n, gen_random_uuid()::text as id, created_at, ready_at, ready_day, locality, pathway,
                       delay, r_status, r_extra, r_outcome, r_close, r_bed, r_ready, r_locality,
                       case when n > 20 and r_extra < 0.06 then greatest(0, n - 1 - floor(r_close * 3000)::int)
                            else n end as person
                from (
                    select n, created_at, created_at + (r_ready * 20 - 4) * interval '1 hour' as ready_at,
                           ((created_at + (r_ready * 20 - 4) * interval '1 hour') at time zone 'Europe/London')::date
                               as ready_day,
                           1 + floor(r_locality * 8)::int as locality, pathway,
                           case pathway when 0 then floor(-ln(1 - r_delay) * 0.7)
                                        when 1 then floor(-ln(1 - r_delay) * 2.5)
                                        when 2 then 1 + floor(-ln(1 - r_delay) * 3.5)
                                        else 1 + floor(-ln(1 - r_delay) * 5) end::int as delay,
                           r_status, r_extra, r_outcome, r_close, r_bed, r_ready, r_locality
                    from (select draws.*, case when r_pathway < 0.50 then 0 when r_pathway < 0.95 then 1
                                               when r_pathway < 0.99 then 2 else 3 end as pathway
                          from (
                        select n, ((%2$s + (n::bigint * %3$d / %4$d)::int) + time '08:00') at time zone 'Europe/London'
                                   + random() * interval '10 hours' as created_at,
                               random() as r_ready, random() as r_locality, random() as r_delay, random() as r_status,
                               random() as r_extra, random() as r_outcome, random() as r_close, random() as r_bed,
                               random() as r_pathway
                        from generate_series(0, %4$d - 1) n) draws) pathways) timed
                """.formatted(today, first, days, referrals);
    }

    /**
     * The referral rows: discharged after the delay unless that is still to come; pathway 1-3 decided 10-50 days
     * later (8 % readmitted or died first) and closed when the long-term arrangement starts.
     */
    private static String outcomesSql(String today) {
        return """
                create temp table story as
                select s.*, decided_on, outcome, closed_on, close_outcome
                from (select s.*, s.ready_day + s.delay as discharge_day from seed s) s
                cross join lateral (select
                    case when s.pathway > 0 and s.r_close >= 0.08 then s.discharge_day
                         + case s.pathway when 1 then 14 + floor(s.r_outcome * 30) when 2 then 10 + floor(s.r_outcome * 40)
                                          else 15 + floor(s.r_outcome * 35) end::int end as decided_on,
                    case when s.pathway = 0 then null when s.r_close < 0.08 then null
                         when s.pathway = 1 then case when s.r_bed < 0.55 then 'NO_ONGOING_NEEDS' when s.r_bed < 0.80 then 'COUNCIL'
                              when s.r_bed < 0.90 then 'SELF_FUNDED' when s.r_bed < 0.95 then 'CHC' else 'FNC' end
                         when s.pathway = 2 then case when s.r_bed < 0.40 then 'NO_ONGOING_NEEDS' when s.r_bed < 0.75 then 'COUNCIL'
                              when s.r_bed < 0.85 then 'FNC' when s.r_bed < 0.95 then 'CHC' else 'SELF_FUNDED' end
                         else case when s.r_bed < 0.50 then 'COUNCIL' when s.r_bed < 0.70 then 'CHC'
                              when s.r_bed < 0.90 then 'FNC' else 'SELF_FUNDED' end end as outcome) d
                cross join lateral (select
                    case when s.pathway = 0 then s.discharge_day
                         when d.decided_on is null then s.discharge_day + 1 + floor(s.r_outcome * 40)::int
                         when d.outcome = 'NO_ONGOING_NEEDS' then d.decided_on + floor(s.r_extra * 4)::int
                         else d.decided_on + floor(s.r_extra * 29)::int end as closed_on,
                    case when s.pathway = 0 then 'HOME'
                         when d.decided_on is null then case when s.r_close < 0.056 then 'READMITTED' else 'DIED' end
                         when d.outcome = 'NO_ONGOING_NEEDS' then 'HOME'
                         when s.pathway = 1 then case when s.r_ready < 0.85 then 'HOME' when s.r_ready < 0.95 then 'LONG_TERM_CARE'
                              else 'READMITTED' end
                         when s.pathway = 2 then case when s.r_ready < 0.60 then 'HOME' when s.r_ready < 0.95 then 'LONG_TERM_CARE'
                              else 'DIED' end
                         else case when s.r_ready < 0.85 then 'LONG_TERM_CARE' else 'DIED' end end as close_outcome) c;

                insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id, hospital,
                    ward, ready_to_leave_at, infection_positive, status, pathway, bed_type, hours_per_week,
                    care_start_date, triage_rationale, allocated_provider, allocated_start_date, discharged_on,
                    funding_outcome, funding_decided_on, funding_rationale, funding_decided_by, assessment_status,
                    closed_on, close_outcome, cancel_reason, delay_reason, created_at, created_by, status_since,
                    first_triaged_at)
                select id, pg_temp.nhs(900000000 + case when status in ('CLOSED', 'CANCELLED') then person else n end * 7),
                       (array['Edith','Arthur','Margaret','Harold','Joan','Albert','Doris','Stanley','Iris','Dennis'])[1 + n %% 10],
                       (array['Marsh','Cooper','Bennett','Hughes','Turner','Ward','Price','Foster','Barker','Lloyd','Shaw'])[1 + n %% 11],
                       (created_at at time zone 'Europe/London')::date - interval '1 year' *
                           case when r_bed < 0.12 then 40 + floor(r_ready * 25) else 65 + floor(r_locality * 33) end,
                       (select id from hub.locality where code = 'SC-L' || locality),
                       (array['Shire General Hospital','Vale Community Hospital','St Anne''s'])[1 + n %% 3],
                       'Ward ' || (1 + n %% 24), ready_at, r_extra < 0.02, status, pathway_now,
                       case when pathway_now >= 2 then case when pathway = 3 then 'NURSING' else 'REHAB' end end,
                       case when pathway_now = 1 then 7 + floor(r_extra * 15) end,
                       case when pathway_now = 1 then discharge_day end,
                       case when pathway_now is not null then 'Seeded triage' end,
                       case when pathway_now = 1 and status not in ('AWAITING_CAPACITY', 'CANCELLED', 'AWAITING_TRIAGE')
                            then 'SC-HC' || (locality + 8 * floor(r_close * 5)::int) end,
                       case when pathway_now = 1 and status not in ('AWAITING_CAPACITY', 'CANCELLED', 'AWAITING_TRIAGE')
                            then discharge_day end,
                       case when discharged then discharge_day end,
                       case when decided then outcome end, case when decided then decided_on end,
                       case when decided then 'Seeded decision' end, case when decided then 'seed' end,
                       case when decided then 'COMPLETED' end,
                       case when closed then closed_on end, case when closed then close_outcome end,
                       case when status = 'CANCELLED' then 'Seeded: no longer needed' end,
                       case when (delay > 0 and status <> 'CANCELLED') or (not discharged and ready_day < %1$s) then
                            case when r_ready < 0.15 then (array['ASSESSMENT','EQUIPMENT','HOUSING','FAMILY_CHOICE',
                                      'WELLBEING','TRANSPORT','OTHER'])[1 + n %% 7]
                                 when pathway = 0 then 'HUB_PROCESS' when pathway = 1 then 'PATHWAY_1_CAPACITY'
                                 when pathway = 2 then 'PATHWAY_2_BED' else 'CARE_HOME_PLACE' end end,
                       created_at, 'seed',
                       case when closed then (closed_on + time '16:00') at time zone 'Europe/London'
                            when decided then (decided_on + time '11:00') at time zone 'Europe/London'
                            when discharged then (discharge_day + time '14:00') at time zone 'Europe/London'
                            else created_at end,
                       -- the time of the seeded TRIAGED event (eventsSql)
                       case when pathway_now is not null then created_at + (hashtext(id) & 1023) * interval '10 seconds' end
                from (select y.*, case when status = 'AWAITING_TRIAGE' then null else pathway end as pathway_now
                      from (select st.*,
                             discharge_day <= %1$s and r_status >= 0.02 as discharged,
                             discharge_day <= %1$s and r_status >= 0.02 and decided_on <= %1$s as decided,
                             discharge_day <= %1$s and r_status >= 0.02 and closed_on <= %1$s as closed,
                             case when r_status < 0.02 then 'CANCELLED'
                                  when discharge_day > %1$s and ready_day >= %1$s - 1 and r_status < 0.3 then 'AWAITING_TRIAGE'
                                  when discharge_day > %1$s and pathway = 0 then 'READY_TO_DISCHARGE'
                                  when discharge_day > %1$s and r_status < 0.6 then 'AWAITING_CAPACITY'
                                  when discharge_day > %1$s then 'READY_TO_DISCHARGE'
                                  when closed_on <= %1$s then 'CLOSED'
                                  when decided_on <= %1$s then 'FUNDING_DECIDED'
                                  else 'IN_D2A' end as status
                            from story st) y) x
                """.formatted(today);
    }

    /** Beds: open stays hold a free bed of their tier, closed ones name a bed they once had; offers for pathway 1. */
    private static List<String> bedsAndOffersSql(String today) {
        return List.of("""
                update hub.referral r set allocated_bed_code = 'SC-S' || k || '-' || (1 + floor(st.r_ready * 30)::int)
                from (select id, r_ready, case when pathway = 3 then 37 + floor(r_bed * 12)::int
                                               else 1 + floor(r_bed * 36)::int end as k
                      from story where pathway >= 2) st
                where r.id = st.id and r.status = 'CLOSED'""", """
                with open_stays as (
                    select r.id, r.status, case when r.pathway = 3 then 3 else 1 end as tier_from,
                           case when r.pathway = 3 then 3 else 2 end as tier_to,
                           row_number() over (partition by r.pathway = 3 order by r.created_at) as slot
                    from hub.referral r
                    where r.created_by = 'seed' and r.pathway >= 2
                      and r.status in ('READY_TO_DISCHARGE', 'IN_D2A', 'FUNDING_DECIDED')),
                free_beds as (
                    select b.code, s.tier, row_number() over (partition by s.tier = 3 order by b.code) as slot
                    from hub.bed b join hub.care_setting s on s.id = b.setting_id
                    where b.code like 'SC-%' and b.status = 'AVAILABLE' and not s.designated_for_infection),
                held as (
                    select o.id, o.status, f.code from open_stays o
                    join free_beds f on f.slot = o.slot and (f.tier = 3) = (o.tier_to = 3))
                update hub.bed b set status = case when h.status = 'READY_TO_DISCHARGE' then 'RESERVED' else 'OCCUPIED' end,
                       referral_id = h.id
                from held h where b.code = h.code""", """
                update hub.referral r set allocated_bed_code = b.code, bed_type = b.type
                from hub.bed b where b.referral_id = r.id and b.code like 'SC-%'""", """
                update hub.referral r set bed_type = b.type
                from hub.bed b where b.code = r.allocated_bed_code and r.created_by = 'seed' and r.status = 'CLOSED'""", """
                update hub.referral r set status = 'CLOSED', closed_on = %1$s, close_outcome = 'HOME'
                where r.created_by = 'seed' and r.pathway >= 2 and r.allocated_bed_code is null
                  and r.status in ('IN_D2A', 'FUNDING_DECIDED')""".formatted(today), """
                update hub.referral r set status = 'AWAITING_CAPACITY'
                where r.created_by = 'seed' and r.pathway >= 2 and r.allocated_bed_code is null
                  and r.status = 'READY_TO_DISCHARGE'""", """
                insert into hub.home_care_offer (id, referral_id, capacity_id, provider_id, hours_per_week, status,
                    offered_at, offered_by, expires_at, answered_at, answered_by)
                select gen_random_uuid()::text, r.id, c.id, p.id, r.hours_per_week, 'ACCEPTED',
                       r.created_at + interval '2 hours', 'seed', r.created_at + interval '6 hours',
                       r.created_at + interval '3 hours', 'seed'
                from hub.referral r
                join hub.provider p on p.code = r.allocated_provider
                join hub.home_care_capacity c on c.provider_id = p.id and c.locality_id = r.locality_id
                     and c.day = r.allocated_start_date
                where r.created_by = 'seed' and r.pathway = 1""", """
                insert into hub.home_care_offer (id, referral_id, capacity_id, provider_id, hours_per_week, status,
                    offered_at, offered_by, expires_at, answered_at, answered_by, reason)
                select gen_random_uuid()::text, o.referral_id, c.id, c.provider_id, o.hours_per_week, 'DECLINED',
                       o.offered_at - interval '1 hour', 'seed', o.offered_at + interval '3 hours', o.offered_at, 'seed',
                       'No carers free in that area'
                from hub.home_care_offer o
                join hub.home_care_capacity c0 on c0.id = o.capacity_id
                join hub.home_care_capacity c on c.locality_id = c0.locality_id and c.day = c0.day
                     and c.provider_id <> c0.provider_id
                where o.offered_by = 'seed' and o.status = 'ACCEPTED' and abs(hashtext(o.referral_id)) % 7 = 0
                  and c.id = (select min(c2.id) from hub.home_care_capacity c2 where c2.locality_id = c0.locality_id
                              and c2.day = c0.day and c2.provider_id <> c0.provider_id)""", """
                update hub.home_care_capacity c set hours_booked = b.booked,
                       hours_posted = greatest(c.hours_posted, b.booked)
                from (select capacity_id, sum(hours_per_week) as booked from hub.home_care_offer
                      where offered_by = 'seed' and status = 'ACCEPTED' group by capacity_id) b
                where b.capacity_id = c.id""");
    }

    /** Each referral's timeline: received, triaged, discharged, decided, closed or cancelled; bed moves, as data too. */
    private static List<String> eventsSql(String today) {
        return List.of("""
                insert into hub.referral_event (referral_id, at, actor, action, detail)
                select r.id, e.at, 'seed', e.action, e.detail
                from hub.referral r
                cross join lateral (values
                    (r.created_at, 'RECEIVED', 'Referral from ' || r.hospital || ', ' || r.ward),
                    (r.first_triaged_at,
                     'TRIAGED', 'Pathway ' || r.pathway || '. Seeded triage'),
                    (case when r.discharged_on is not null then r.discharged_on + time '14:00' end, 'DISCHARGED',
                     'Discharged on ' || r.discharged_on),
                    (case when r.funding_decided_on is not null then r.funding_decided_on + time '11:00' end,
                     'FUNDING_DECIDED', r.funding_outcome || ' from ' || r.funding_decided_on),
                    (case when r.status = 'CLOSED' and r.pathway > 0 then r.closed_on + time '16:00' end, 'CLOSED',
                     'Closed on ' || r.closed_on),
                    (case when r.status = 'CANCELLED' then r.created_at + interval '1 hour' end, 'CANCELLED',
                     r.cancel_reason)) e(at, action, detail)
                where r.created_by = 'seed' and e.at is not null""", """
                insert into hub.bed_move (referral_id, from_bed_code, to_bed_code, moved_at)
                select r.id, 'SC-S' || (1 + abs(hashtext(r.id)) %% 16) || '-' || (1 + abs(hashtext(r.id)) %% 30),
                       r.allocated_bed_code,
                       (r.discharged_on + least(coalesce(r.funding_decided_on, r.closed_on, %1$s) - r.discharged_on - 1,
                              3 + abs(hashtext(r.id)) %% 5)) + time '12:00'
                from hub.referral r
                where r.created_by = 'seed' and r.pathway = 2 and r.discharged_on is not null
                  and r.allocated_bed_code is not null and abs(hashtext(r.id)) %% 10 = 0
                  and coalesce(r.funding_decided_on, r.closed_on, %1$s) - r.discharged_on > 3""".formatted(today), """
                insert into hub.referral_event (referral_id, at, actor, action, detail)
                select m.referral_id, m.moved_at, 'seed', 'BED_MOVED',
                       'Moved from bed ' || m.from_bed_code || ' to bed ' || m.to_bed_code
                from hub.bed_move m join hub.referral r on r.id = m.referral_id
                where r.created_by = 'seed'""");
    }
}
