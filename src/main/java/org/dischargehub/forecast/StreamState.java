package org.dischargehub.forecast;

import java.util.List;

/**
 * A stream today: how many days each person in the queue has waited already, and how many days each person in a
 * bed or package has been in it (their remaining stays are drawn given what they have stayed so far).
 */
public record StreamState(List<Integer> waitedDays, List<Integer> elapsedStayDays) {

    public StreamState {
        waitedDays = List.copyOf(waitedDays);
        elapsedStayDays = List.copyOf(elapsedStayDays);
        if (waitedDays.stream().anyMatch(d -> d < 0) || elapsedStayDays.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("Days waited and days stayed cannot be negative");
        }
    }

    public static StreamState empty() {
        return new StreamState(List.of(), List.of());
    }

    int longestWait() {
        return waitedDays.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
