package org.dischargehub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dischargehub.directory.SchemeCalendar;

/**
 * The recharge rule: a placement's funded days are the days {@code d} with
 * {@code dischargedOn <= d < dischargedOn + fundedDays} (the scheme in force on the discharge day fixes
 * {@code fundedDays}), cut short by the funding decision or the close, whose dates are the first day no longer
 * recharged. A month's statement holds each placement's funded days in that month, one line per placement,
 * each line rounded half-up to the penny; the total is the sum of the lines.
 */
public final class RechargeRule {

    private final SchemeCalendar schemes;

    public RechargeRule(SchemeCalendar schemes) {
        this.schemes = schemes;
    }

    public RechargeStatement statement(YearMonth month, Collection<Placement> placements) {
        List<RechargeLine> lines = placements.stream()
                .map(placement -> line(placement, month))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(RechargeLine::from).thenComparing(RechargeLine::nhsNumber)
                        .thenComparing(RechargeLine::referralId))
                .toList();
        BigDecimal total = lines.stream().map(RechargeLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new RechargeStatement(month, lines, total);
    }

    /**
     * The totals of the statements of the months from {@code first} to {@code last} (each month's total exactly as
     * {@link #statement} sums it, lines rounded first), keeping only the placements {@code counted} accepts; one pass
     * over the placements, each visiting only the months its funded days touch.
     */
    public Map<YearMonth, BigDecimal> totals(YearMonth first, YearMonth last, Collection<Placement> placements,
            Predicate<Placement> counted, BigDecimal none) {
        Map<YearMonth, BigDecimal> totals = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            totals.put(month, none);
        }
        for (Placement placement : placements) {
            if (!counted.test(placement)) {
                continue;
            }
            YearMonth start = latest(YearMonth.from(placement.dischargedOn()), first);
            YearMonth end = earliest(YearMonth.from(firstDayNotRecharged(placement).minusDays(1)), last);
            for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
                YearMonth m = month;
                line(placement, month).ifPresent(l -> totals.merge(m, l.amount(), BigDecimal::add));
            }
        }
        return totals;
    }

    /** The placement's line for the month, or nothing when none of its funded days fall in it. */
    public Optional<RechargeLine> line(Placement placement, YearMonth month) {
        LocalDate from = latest(placement.dischargedOn(), month.atDay(1));
        LocalDate until = earliest(firstDayNotRecharged(placement), month.atEndOfMonth().plusDays(1));
        long days = ChronoUnit.DAYS.between(from, until);
        if (days <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RechargeLine(placement.referralId(), placement.nhsNumber(), placement.rate().kind(),
                from, until.minusDays(1), days, placement.rate(), placement.rate().amountFor(days), placement.person(),
                placement.placedWith()));
    }

    /** The first day after the funded period, or the decision or close if either comes first. */
    public LocalDate firstDayNotRecharged(Placement placement) {
        LocalDate end = FundedPeriod.of(placement.dischargedOn(), schemes).firstDayAfter();
        if (placement.decidedOn() != null) {
            end = earliest(end, placement.decidedOn());
        }
        if (placement.closedOn() != null) {
            end = earliest(end, placement.closedOn());
        }
        return end;
    }

    private static <T extends Comparable<? super T>> T earliest(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T latest(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
