package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.Map;

/** One stream under one scenario, compiled to what the daily loop reads: the arrival table and places of each day. */
record StreamPlan(StreamInputs inputs, double[] meanArrivals, double[][] arrivalCdf, int[] places, int warmUpDays) {

    static StreamPlan compile(StreamInputs inputs, Scenario scenario, ForecastRequest request, int extraPlaces,
            ArrivalTable table) {
        int days = request.totalDays();
        double[] means = new double[days];
        double[][] cdf = new double[days][];
        int[] places = new int[days];
        Map<LocalDate, Integer> given = scenario.givenArrivals().get(inputs.key());
        for (int t = 0; t < days; t++) {
            LocalDate date = request.dateOf(t);
            if (given == null) {
                means[t] = inputs.arrivalsPerDay() * inputs.weekdays().factor(date.getDayOfWeek())
                        * scenario.surge().factorOn(date);
                cdf[t] = table.cdf(means[t]);
            } else {
                means[t] = given.getOrDefault(date, 0);
                cdf[t] = ArrivalTable.certain(given.getOrDefault(date, 0));
            }
            places[t] = inputs.capacity().places(scenario.capacityChange(inputs.key(), date)) + extraPlaces;
        }
        return new StreamPlan(inputs, means, cdf, places, request.warmUpDays());
    }

    int totalDays() {
        return places.length;
    }
}
