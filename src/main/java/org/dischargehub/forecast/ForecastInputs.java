package org.dischargehub.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.dischargehub.forecast.History.InCare;
import org.dischargehub.forecast.History.OpenBeds;
import org.dischargehub.forecast.History.Stay;
import org.dischargehub.forecast.History.Waiting;

/**
 * Turns what the hub's records say ({@link History}) into the model's streams: pathways 1 to 3 in each locality.
 * <ul>
 * <li>Demand: referrals a day over the weeks read, with their weekday profile ({@link Demand}).</li>
 * <li>How long a place is held: the stay to the funding decision (lognormal, people still in care censored), plus,
 * for the share of people who then wait for long-term care, that onward wait, combined by their first two moments
 * (a lognormal with the mixture's mean and variance). Fitted per pathway over all localities, for enough data.</li>
 * <li>Beds: each bed type in a locality serves the pathway (2 or 3) that used or asked for it most; a type no one
 * used serves pathway 2. Home care: the posted hours a day over the horizon, free hours discounted for stale
 * postings and for providers that often decline ({@link HomeCareSupply}), hours already taken counted whole, at the
 * median package's hours a day.</li>
 * <li>Today: who waits (days since the referral) and who holds a place (days since the discharge; 0 when the place
 * is held before leaving hospital).</li>
 * </ul>
 */
final class ForecastInputs {

    /** Fewer ended stays than this and a pathway's stay is not fitted: the fallback below is used, and said so. */
    static final int FEWEST_ENDED_STAYS = 5;

    private ForecastInputs() {
    }

    /** The settings the inputs take; the targets are the delays the capacity search holds each stream to. */
    record Settings(int weeksRead, double bedTargetDays, double homeCareTargetDays, double fallbackStayDays,
            double fallbackPackageHoursPerWeek, HomeCareSupply.Rules supplyRules) {

        Settings withWeeksRead(int weeks) {
            return new Settings(weeks, bedTargetDays, homeCareTargetDays, fallbackStayDays,
                    fallbackPackageHoursPerWeek, supplyRules);
        }
    }

    static List<StreamInputs> streams(History history, Settings settings) {
        LocalDate lastDay = history.today().minusDays(1);
        Map<StreamKey, Demand> demand = new HashMap<>();
        for (Demand d : Demand.of(history.arrivals(), lastDay, settings.weeksRead())) {
            demand.put(key(d.pathway(), d.locality()), d);
        }
        Map<String, Integer> bedTypeServes = bedTypeServes(history);
        Map<StreamKey, Integer> beds = new HashMap<>();
        history.beds().forEach(b -> beds.merge(key(bedTypeServes.getOrDefault(b.bedType(), 2), b.locality()),
                b.beds(), Integer::sum));
        Map<String, Double> hoursPerDay = homeCareHoursPerDay(history, settings);
        double packageHoursPerDay = medianPackageHoursPerWeek(history, settings) / 7;

        TreeSet<StreamKey> keys = new TreeSet<>(Comparator.comparing(StreamKey::pathway)
                .thenComparing(StreamKey::locality));
        demand.keySet().stream().filter(k -> !k.pathway().equals("0")).forEach(keys::add);
        keys.addAll(beds.keySet());
        hoursPerDay.keySet().forEach(locality -> keys.add(key(1, locality)));
        history.queue().stream().filter(w -> w.pathway() > 0).forEach(w -> keys.add(key(w.pathway(), w.locality())));
        history.inCare().forEach(c -> keys.add(key(c.pathway(), c.locality())));
        List<StreamInputs> streams = new ArrayList<>();
        for (StreamKey key : keys) {
            int pathway = Integer.parseInt(key.pathway());
            Demand d = demand.get(key);
            Capacity capacity = pathway == 1
                    ? new Capacity.HomeCare(hoursPerDay.getOrDefault(key.locality(), 0.0), packageHoursPerDay)
                    : new Capacity.Beds(beds.getOrDefault(key, 0));
            streams.add(new StreamInputs(key, d == null ? 0 : d.perDay(),
                    d == null ? WeekdayProfile.flat() : new WeekdayProfile(d.weekdayFactors()), capacity,
                    placeHeld(history, pathway, settings), today(history, key),
                    pathway == 1 ? settings.homeCareTargetDays() : settings.bedTargetDays()));
        }
        return streams;
    }

    static StreamKey key(int pathway, String locality) {
        return new StreamKey(String.valueOf(pathway), locality);
    }

    /**
     * A setting's open beds closed from {@code from} to {@code until} inclusive, as changes to the streams their bed
     * types serve (the same mapping as the streams' own beds).
     */
    static List<CapacityChange> closing(History history, List<OpenBeds> setting, LocalDate from, LocalDate until) {
        Map<String, Integer> bedTypeServes = bedTypeServes(history);
        Map<StreamKey, Integer> closed = new TreeMap<>(Comparator.comparing(StreamKey::pathway)
                .thenComparing(StreamKey::locality));
        setting.forEach(b -> closed.merge(key(bedTypeServes.getOrDefault(b.bedType(), 2), b.locality()), b.beds(),
                Integer::sum));
        List<CapacityChange> changes = new ArrayList<>();
        closed.forEach((key, beds) -> changes.add(CapacityChange.closeBeds(key, beds, from, until)));
        return changes;
    }

    /** Per bed-based stream, the types of the open beds it counts, in alphabetical order. */
    static Map<StreamKey, List<String>> bedTypes(History history) {
        Map<String, Integer> bedTypeServes = bedTypeServes(history);
        Map<StreamKey, TreeSet<String>> types = new HashMap<>();
        history.beds().forEach(b -> types.computeIfAbsent(key(bedTypeServes.getOrDefault(b.bedType(), 2),
                b.locality()), k -> new TreeSet<>()).add(b.bedType()));
        Map<StreamKey, List<String>> lists = new HashMap<>();
        types.forEach((key, set) -> lists.put(key, List.copyOf(set)));
        return lists;
    }

    /** Each bed type to the pathway (2 or 3) that used it or waits for it most, pathway 2 on a tie or no use. */
    private static Map<String, Integer> bedTypeServes(History history) {
        Map<String, int[]> uses = new TreeMap<>();
        history.stays().forEach(s -> count(uses, s.pathway(), s.service()));
        history.queue().forEach(w -> count(uses, w.pathway(), w.service()));
        history.inCare().forEach(c -> count(uses, c.pathway(), c.service()));
        Map<String, Integer> serves = new HashMap<>();
        uses.forEach((type, byPathway) -> serves.put(type, byPathway[1] > byPathway[0] ? 3 : 2));
        return serves;
    }

    private static void count(Map<String, int[]> uses, int pathway, String service) {
        if ((pathway == 2 || pathway == 3) && service != null) {
            uses.computeIfAbsent(service, s -> new int[2])[pathway - 2]++;
        }
    }

    /** A locality's home-care hours a day: the mean over the days posted of hours taken plus usable free hours. */
    private static Map<String, Double> homeCareHoursPerDay(History history, Settings settings) {
        Map<String, Double> taken = new HashMap<>();
        history.hours().forEach(h -> taken.merge(h.locality(), h.taken().doubleValue(), Double::sum));
        Map<String, double[]> usableAndDays = new TreeMap<>();
        for (HomeCareSupply day : supply(history, settings)) {
            double[] sum = usableAndDays.computeIfAbsent(day.locality(), l -> new double[2]);
            sum[0] += day.usable();
            sum[1]++;
        }
        Map<String, Double> perDay = new HashMap<>();
        usableAndDays.forEach((locality, sum) -> perDay.put(locality,
                (sum[0] + taken.getOrDefault(locality, 0.0)) / sum[1]));
        return perDay;
    }

    /** The posted home-care hours the streams do not count on, per locality, provider and reason. */
    static List<HoursDiscounted> discounted(History history, Settings settings) {
        return HoursDiscounted.of(supply(history, settings));
    }

    private static List<HomeCareSupply> supply(History history, Settings settings) {
        return HomeCareSupply.of(history.hours(), history.declines(), settings.supplyRules());
    }

    private static double medianPackageHoursPerWeek(History history, Settings settings) {
        DescriptiveStatistics hours = new DescriptiveStatistics();
        history.queue().stream().filter(w -> w.pathway() == 1).map(Waiting::hoursPerWeek).forEach(h -> add(hours, h));
        history.inCare().stream().filter(c -> c.pathway() == 1).map(InCare::hoursPerWeek).forEach(h -> add(hours, h));
        return hours.getN() == 0 ? settings.fallbackPackageHoursPerWeek() : hours.getPercentile(50);
    }

    private static void add(DescriptiveStatistics statistics, BigDecimal value) {
        if (value != null && value.signum() > 0) {
            statistics.addValue(value.doubleValue());
        }
    }

    /** How long a place of this pathway is held: the stay, then for some the onward wait, by their moments. */
    static StayDistribution placeHeld(History history, int pathway, Settings settings) {
        Predicate<Stay> ofPathway = s -> s.pathway() == pathway;
        List<StayObservation> stays = observations(history.stays(), ofPathway);
        if (stays.stream().filter(StayObservation::ended).count() < FEWEST_ENDED_STAYS) {
            return StayDistribution.LogNormal.withMeanAndSd(settings.fallbackStayDays(),
                    settings.fallbackStayDays() / 2);
        }
        StayDistribution.LogNormal stay = StayFit.logNormal(stays);
        double mean = stay.mean();
        double variance = stay.scv() * mean * mean;
        List<StayObservation> onward = observations(history.onwardWaits(), ofPathway);
        long decided = history.stays().stream().filter(ofPathway).filter(s -> !s.censored()).count();
        if (onward.stream().filter(StayObservation::ended).count() >= FEWEST_ENDED_STAYS && decided > 0) {
            StayDistribution.LogNormal wait = StayFit.logNormal(onward);
            double share = Math.min(1, (double) onward.size() / decided);
            double waitMean = wait.mean();
            double waitVariance = wait.scv() * waitMean * waitMean;
            mean += share * waitMean;
            variance += share * waitVariance + share * (1 - share) * waitMean * waitMean;
        }
        return StayDistribution.LogNormal.withMeanAndSd(mean, Math.max(Math.sqrt(variance), mean / 100));
    }

    private static List<StayObservation> observations(List<Stay> stays, Predicate<Stay> which) {
        return stays.stream().filter(which).map(s -> s.censored()
                ? StayObservation.ongoing(Math.max(0.5, s.days()))
                : StayObservation.ended(Math.max(0.5, s.days()))).toList();
    }

    private static StreamState today(History history, StreamKey key) {
        int pathway = Integer.parseInt(key.pathway());
        List<Integer> waited = history.queue().stream()
                .filter(w -> w.pathway() == pathway && w.locality().equals(key.locality()))
                .map(w -> days(w.since(), history.today())).toList();
        List<Integer> stayed = history.inCare().stream()
                .filter(c -> c.pathway() == pathway && c.locality().equals(key.locality()))
                .map(c -> c.since() == null ? 0 : days(c.since(), history.today())).toList();
        return new StreamState(waited, stayed);
    }

    private static int days(LocalDate since, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
