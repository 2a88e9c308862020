package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Service hours as the set's language writes them. A language whose bundle has {@code hours.*} keys gets the
 * hours in its own form ("Mo.–Fr. 07:30–18:30 Uhr", "rund um die Uhr" in German); English, and any text the
 * generator cannot read, shows the hours as the descriptor wrote them.
 */
final class ServiceHoursText {

    private ServiceHoursText() {
    }

    static String of(String hours, Map<String, String> messages) {
        String roundTheClock = messages.get("hours.roundTheClock");
        if (hours == null || roundTheClock == null) {
            return hours;
        }
        String rest = ServiceHours.roundTheClockRest(hours);
        if (rest != null) {
            return rest.isEmpty() ? roundTheClock : roundTheClock + " " + rest;
        }
        var segments = ServiceHours.segments(hours);
        if (segments.isEmpty()) {
            return hours;
        }
        String pattern = messages.getOrDefault("hours.segment", "{0} {1}–{2}");
        return segments.stream().map(s -> pattern.replace("{0}", days(s, messages)).replace("{1}", s.from()).replace("{2}", s.to()))
                .collect(Collectors.joining(", "));
    }

    private static String days(ServiceHours.Segment segment, Map<String, String> messages) {
        String first = messages.getOrDefault("hours.day." + segment.firstDay(), segment.firstDay());
        return segment.lastDay() == null ? first : first + "–" + messages.getOrDefault("hours.day." + segment.lastDay(), segment.lastDay());
    }
}
