package org.dischargehub.calls;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dashboard's figure for calls, counted in the database. */
@Component
class CallFigureQueries {

    private final JdbcClient jdbc;

    CallFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls (not withdrawn) of people discharged in the period, and those that reached the person within 72 hours. */
    CallFigures madeWithin72Hours(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as due,
                       count(*) filter (where status in ('WELL', 'NEEDS_HELP')
                                        and closed_at <= discharged_at + interval '72 hours') as made
                  from hub.check_in_call
                 where discharged_on between :from and :to and status <> 'WITHDRAWN'
                """)
                .param("from", from).param("to", to)
                .query((rs, n) -> new CallFigures(rs.getLong("due"), rs.getLong("made"))).single();
    }
}
