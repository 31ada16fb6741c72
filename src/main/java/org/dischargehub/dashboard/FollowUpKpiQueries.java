package org.dischargehub.dashboard;

import org.dischargehub.dashboard.Kpis.FollowUp;
import org.dischargehub.letters.LetterKind;
import org.springframework.stereotype.Component;

/**
 * The dashboard's follow-up figures ({@link FollowUp}) as SQL aggregates over the contact details, the letters, the
 * outbox messages that post them and the calls after discharge, under the dashboard's locality and pathway filter.
 */
@Component
class FollowUpKpiQueries {

    private final KpiQueries queries;

    FollowUpKpiQueries(KpiQueries queries) {
        this.queries = queries;
    }

    FollowUp followUp(KpiFilter f) {
        int[] triaged = queries.sql("""
                select count(*) as referrals,
                       count(*) filter (where c.phone is not null or c.address is not null
                                        or c.kin_phone is not null) as reachable,
                       count(*) filter (where exists (select 1 from hub.written_letter w
                                                      where w.referral_id = r.id and w.kind = :triage)) as letters,
                       count(*) filter (where exists (select 1 from hub.written_letter w
                                                      join hub.message m on m.id = w.post_message_id
                                                      where w.referral_id = r.id and w.kind = :triage
                                                      and m.status = 'DELIVERED')) as sent
                from hub.referral r join hub.locality l on l.id = r.locality_id
                left join hub.contact_details c on c.referral_id = r.id
                where r.pathway is not null and r.status <> :cancelled and
                """ + KpiQueries.CREATED_IN_PERIOD + " and " + KpiQueries.FILTER, f)
                .param("triage", LetterKind.TRIAGE.name())
                .query((rs, i) -> new int[] {rs.getInt("referrals"), rs.getInt("reachable"), rs.getInt("letters"),
                        rs.getInt("sent")})
                .single();
        int[] discharged = queries.sql("""
                select count(*) as discharged,
                       count(*) filter (where exists (select 1 from hub.written_letter w
                                                      where w.referral_id = r.id and w.kind = :discharge)) as letters,
                       count(*) filter (where exists (select 1 from hub.written_letter w
                                                      join hub.message m on m.id = w.post_message_id
                                                      where w.referral_id = r.id and w.kind = :discharge
                                                      and m.status = 'DELIVERED')) as sent
                from hub.referral r join hub.locality l on l.id = r.locality_id
                where r.discharged_on between :from and :to and
                """ + KpiQueries.FILTER, f)
                .param("discharge", LetterKind.DISCHARGE.name())
                .query((rs, i) -> new int[] {rs.getInt("discharged"), rs.getInt("letters"), rs.getInt("sent")})
                .single();
        int[] calls = queries.sql("""
                select count(*) filter (where k.kind = 'SAFE_AND_WELL') as safe_and_well,
                       count(*) filter (where k.kind = 'SAFE_AND_WELL' and k.status in ('WELL', 'NEEDS_HELP')
                                        and k.closed_at <= k.discharged_at + interval '72 hours') as within_72_hours,
                       count(*) filter (where k.kind = 'CHECK_IN') as check_in,
                       count(*) filter (where k.kind = 'CHECK_IN' and k.status in ('WELL', 'NEEDS_HELP')
                                        and k.closed_at <= k.due_by) as on_time
                from hub.check_in_call k join hub.referral r on r.id = k.referral_id
                join hub.locality l on l.id = r.locality_id
                where k.discharged_on between :from and :to and k.status <> 'WITHDRAWN' and
                """ + KpiQueries.FILTER, f)
                .query((rs, i) -> new int[] {rs.getInt("safe_and_well"), rs.getInt("within_72_hours"),
                        rs.getInt("check_in"), rs.getInt("on_time")})
                .single();
        return new FollowUp(triaged[0], triaged[1], KpiService.percent(triaged[1], triaged[0]), triaged[2],
                KpiService.percent(triaged[2], triaged[0]), triaged[3], discharged[0], discharged[1],
                KpiService.percent(discharged[1], discharged[0]), discharged[2], calls[0], calls[1],
                KpiService.percent(calls[1], calls[0]), calls[2], calls[3], KpiService.percent(calls[3], calls[2]));
    }
}
