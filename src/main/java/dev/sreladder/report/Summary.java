package dev.sreladder.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Level;

/** The cohort at a glance: verdicts overall and per transition, what holds people back most, the overrides. */
final class Summary {

    /** How many of each verdict one transition (such as MID → SENIOR) has. */
    record Transition(Level from, Level to, Map<Verdict, Integer> verdicts) {

        String label() {
            return from + " → " + to;
        }

        int total() {
            return verdicts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A finding (by kind, level and code) and the candidates it was given for. */
    record Common(FindingKind kind, Level level, String code, List<String> names) {

        int count() {
            return names.size();
        }
    }

    private final Cohort cohort;

    Summary(Cohort cohort) {
        this.cohort = cohort;
    }

    int total() {
        return cohort.candidates().size();
    }

    Map<Verdict, Integer> verdicts() {
        Map<Verdict, Integer> counts = zeroes();
        cohort.candidates().forEach(candidate -> counts.merge(candidate.evaluation().verdict(), 1, Integer::sum));
        return counts;
    }

    /** Per transition, lowest level first. */
    List<Transition> transitions() {
        Map<String, Transition> byLabel = new LinkedHashMap<>();
        cohort.candidates().stream()
                .map(Candidate::evaluation)
                .sorted(Comparator.comparing((Evaluation evaluation) -> evaluation.profile().level())
                        .thenComparing(Evaluation::target))
                .forEach(evaluation -> byLabel.computeIfAbsent(evaluation.profile().level() + ">" + evaluation.target(),
                        label -> new Transition(evaluation.profile().level(), evaluation.target(), zeroes()))
                        .verdicts().merge(evaluation.verdict(), 1, Integer::sum));
        return List.copyOf(byLabel.values());
    }

    /** The findings of one kind given most often, most frequent first, at most {@code limit}. */
    List<Common> mostCommon(FindingKind kind, int limit) {
        Map<String, Common> byFinding = new LinkedHashMap<>();
        for (Candidate candidate : cohort.candidates()) {
            for (Finding finding : candidate.evaluation().findings(kind)) {
                byFinding.computeIfAbsent(finding.level() + " " + finding.code(),
                        key -> new Common(kind, finding.level(), finding.code(), new ArrayList<>()))
                        .names().add(candidate.evaluation().profile().name());
            }
        }
        return byFinding.values().stream()
                .map(common -> new Common(kind, common.level(), common.code(), List.copyOf(common.names())))
                .sorted(Comparator.comparing(Common::count).reversed().thenComparing(Common::level)
                        .thenComparing(Common::code))
                .limit(limit)
                .toList();
    }

    List<Candidate> decided() {
        return cohort.candidates().stream().filter(candidate -> candidate.decision().isPresent()).toList();
    }

    /** Every decision recorded, a candidate's earlier ones too. */
    int decisions() {
        return decided().stream().mapToInt(candidate -> candidate.decisions().size()).sum();
    }

    /** How many of the decisions went against the rules' verdict, every decision counted. */
    long overridingDecisions() {
        return decided().stream().flatMap(candidate -> candidate.decisions().stream()).filter(Decision::override)
                .count();
    }

    List<Candidate> conflicts() {
        return cohort.candidates().stream().filter(Candidate::conflicted).toList();
    }

    List<Candidate> overrides() {
        return cohort.candidates().stream().filter(Candidate::overridden).toList();
    }

    private static Map<Verdict, Integer> zeroes() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        return counts;
    }
}
