package org.dischargehub.dashboard;

import org.dischargehub.dashboard.Kpis.FollowUp;
import org.dischargehub.letters.LetterKind;
import org.springframework.stereotype.Component;

/** The dashboard's follow-up figures ({@link FollowUp}) as SQL aggregates over the contact details and letters. */
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
                                                      where w.referral_id = r.id and w.kind = :triage)) as letters
                from hub.referral r join hub.locality l on l.id = r.locality_id
                left join hub.contact_details c on c.referral_id = r.id
                where r.pathway is not null and r.status <> :cancelled and
                """ + KpiQueries.CREATED_IN_PERIOD + " and " + KpiQueries.FILTER, f)
                .param("triage", LetterKind.TRIAGE.name())
                .query((rs, i) -> new int[] {rs.getInt("referrals"), rs.getInt("reachable"), rs.getInt("letters")})
                .single();
        int[] discharged = queries.sql("""
                select count(*) as discharged,
                       count(*) filter (where exists (select 1 from hub.written_letter w
                                                      where w.referral_id = r.id and w.kind = :discharge)) as letters
                from hub.referral r join hub.locality l on l.id = r.locality_id
                where r.discharged_on between :from and :to and
                """ + KpiQueries.FILTER, f)
                .param("discharge", LetterKind.DISCHARGE.name())
                .query((rs, i) -> new int[] {rs.getInt("discharged"), rs.getInt("letters")})
                .single();
        return new FollowUp(triaged[0], triaged[1], KpiService.percent(triaged[1], triaged[0]), triaged[2],
                KpiService.percent(triaged[2], triaged[0]), discharged[0], discharged[1],
                KpiService.percent(discharged[1], discharged[0]));
    }
}
