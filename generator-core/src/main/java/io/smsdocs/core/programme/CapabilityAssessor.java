package io.smsdocs.core.programme;

import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns capability self-assessments into a profile: the level the ratings support, findings where that
 * disagrees with the declared level, and one gap action per level still to reach.
 */
public final class CapabilityAssessor {

    /** Prefix of the plan activities that carry capability work. */
    public static final String ACTIVITY_PREFIX = "CAP-";

    private CapabilityAssessor() {
    }

    public static CapabilityProfile assess(List<ProcessAssessment> assessments) {
        Map<String, String> names = new LinkedHashMap<>();
        ProcessCatalogue.all().forEach(p -> names.put(p.id(), p.name()));
        List<ProcessCapability> processes = new ArrayList<>();
        int[] sequence = {0};
        for (ProcessAssessment assessment : assessments) {
            String name = names.get(assessment.processId());
            if (name == null) {
                throw new IllegalArgumentException("capability assessment names unknown process '"
                        + assessment.processId() + "'" + hint(assessment.processId(), names.keySet()));
            }
            processes.add(assessOne(assessment, name, sequence));
        }
        return new CapabilityProfile(processes);
    }

    /**
     * The highest level whose attributes are all rated at least L while every attribute of the levels below
     * is rated F. Unrated attributes count as N.
     */
    public static int ratedLevel(Map<ProcessAttribute, Rating> ratings) {
        int level = 0;
        for (int candidate = 1; candidate <= 5; candidate++) {
            boolean ownLargely = CapabilityLevel.of(candidate).attributes().stream()
                    .allMatch(a -> rating(ratings, a).atLeast(Rating.L));
            boolean lowerFully = lowerAttributes(candidate).stream().allMatch(a -> rating(ratings, a) == Rating.F);
            if (!ownLargely || !lowerFully) {
                break;
            }
            level = candidate;
        }
        return level;
    }

    private static ProcessCapability assessOne(ProcessAssessment assessment, String name, int[] sequence) {
        Map<ProcessAttribute, Rating> ratings = parseRatings(assessment);
        Integer rated = ratings.isEmpty() ? null : ratedLevel(ratings);
        int startLevel = rated == null ? assessment.currentLevel() : rated;
        List<String> findings = findings(assessment, rated, ratings);
        List<CapabilityGapAction> actions = new ArrayList<>();
        for (int level = startLevel + 1; level <= assessment.targetLevel(); level++) {
            String activityId = ACTIVITY_PREFIX + String.format(java.util.Locale.ROOT, "%02d", ++sequence[0]);
            actions.add(new CapabilityGapAction(assessment.processId(), level, CapabilityLevel.of(level).title(),
                    needs(level, assessment.targetLevel(), level == startLevel + 1 ? ratings : Map.of()), activityId));
        }
        Map<String, Rating> byId = new LinkedHashMap<>();
        ratings.forEach((a, r) -> byId.put(a.id(), r));
        return new ProcessCapability(assessment.processId(), name, assessment.currentLevel(),
                assessment.targetLevel(), rated, startLevel, byId, findings, actions);
    }

    /** Attributes of the level itself need at least L when it is the target, F when higher levels follow. */
    private static List<Need> needs(int level, int target, Map<ProcessAttribute, Rating> ratings) {
        List<Need> needs = new ArrayList<>();
        for (ProcessAttribute lower : lowerAttributes(level)) {
            if (!ratings.isEmpty() && rating(ratings, lower) != Rating.F) {
                needs.add(new Need(lower, rating(ratings, lower), Rating.F));
            }
        }
        Rating required = level == target ? Rating.L : Rating.F;
        for (ProcessAttribute own : CapabilityLevel.of(level).attributes()) {
            needs.add(new Need(own, null, required));
        }
        return needs;
    }

    private static List<String> findings(ProcessAssessment assessment, Integer rated,
                                         Map<ProcessAttribute, Rating> ratings) {
        List<String> findings = new ArrayList<>();
        int declared = assessment.currentLevel();
        if (rated != null && rated < declared) {
            List<String> short_ = new ArrayList<>();
            for (int level = 1; level <= declared; level++) {
                Rating needed = level == declared ? Rating.L : Rating.F;
                for (ProcessAttribute a : CapabilityLevel.of(level).attributes()) {
                    if (!rating(ratings, a).atLeast(needed)) {
                        short_.add(a.id() + " is " + rating(ratings, a));
                    }
                }
            }
            findings.add("declared level " + levelText(declared) + " but the ratings support only level "
                    + levelText(rated) + " (" + String.join(", ", short_) + ")");
        } else if (rated != null && rated > declared) {
            findings.add("the ratings support level " + levelText(rated) + ", above the declared level "
                    + levelText(declared));
        }
        if (assessment.targetLevel() < declared) {
            findings.add("target level " + levelText(assessment.targetLevel()) + " is below the declared level "
                    + levelText(declared));
        }
        return findings;
    }

    private static Map<ProcessAttribute, Rating> parseRatings(ProcessAssessment assessment) {
        Map<ProcessAttribute, Rating> ratings = new EnumMap<>(ProcessAttribute.class);
        assessment.ratings().forEach((id, rating) -> ratings.put(ProcessAttribute.byId(id).orElseThrow(() ->
                new IllegalArgumentException("capability assessment of " + assessment.processId()
                        + " rates unknown attribute '" + id + "'" + hint(id, ProcessAttribute.ids()))), rating));
        return ratings;
    }

    private static List<ProcessAttribute> lowerAttributes(int level) {
        List<ProcessAttribute> lower = new ArrayList<>();
        for (int l = 1; l < level; l++) {
            lower.addAll(CapabilityLevel.of(l).attributes());
        }
        return lower;
    }

    private static Rating rating(Map<ProcessAttribute, Rating> ratings, ProcessAttribute attribute) {
        return ratings.getOrDefault(attribute, Rating.N);
    }

    private static String levelText(int level) {
        return level + " (" + CapabilityLevel.of(level).title() + ")";
    }

    private static String hint(String wrong, java.util.Collection<String> known) {
        List<String> nearest = NearestIds.to(wrong, known);
        return nearest.isEmpty() ? "" : ", did you mean '" + nearest.get(0) + "'?";
    }
}
