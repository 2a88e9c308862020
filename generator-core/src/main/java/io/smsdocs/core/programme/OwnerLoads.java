package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Each owner's load over the scheduled activities, most effort first. */
final class OwnerLoads {

    private OwnerLoads() {
    }

    static List<OwnerLoad> of(List<ScheduledActivity> scheduled, PlanInput input, WorkingCalendar calendar) {
        Map<String, List<ScheduledActivity>> byOwner = new LinkedHashMap<>();
        scheduled.forEach(a -> byOwner.computeIfAbsent(a.ownerRole(), k -> new ArrayList<>()).add(a));
        List<OwnerLoad> loads = new ArrayList<>();
        byOwner.forEach((role, activities) -> {
            // Summed per day, so the figure shows what the owner carries even if activities were to overlap.
            Map<LocalDate, Double> perDay = new TreeMap<>();
            for (ScheduledActivity activity : activities) {
                for (LocalDate day = activity.start(); !day.isAfter(activity.end()); day = calendar.after(day)) {
                    perDay.merge(day, activity.dailyLoadPercent(), Double::sum);
                }
            }
            double peak = perDay.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            loads.add(new OwnerLoad(role, input.capacityOf(role), activities.size(),
                    activities.stream().mapToInt(ScheduledActivity::effortDays).sum(), perDay.size(), (int) Math.round(peak),
                    activities.stream().map(ScheduledActivity::start).min(Comparator.naturalOrder()).orElseThrow(),
                    activities.stream().map(ScheduledActivity::end).max(Comparator.naturalOrder()).orElseThrow()));
        });
        loads.sort(Comparator.comparingInt(OwnerLoad::effortDays).reversed().thenComparing(OwnerLoad::firstStart));
        return loads;
    }
}
