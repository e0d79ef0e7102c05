package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;

/**
 * The one tie between a profile's evidence and what it stands behind, so the same items stand
 * under the same findings in evaluate, the packet and the plan, and the rules see the same
 * backing. An evidence key stands behind a finding when the finding's rule reads it
 * ({@link RuleSet#reads(String)}) or when it would clear the finding (its {@code requires}, where
 * a trap's way out is written); it backs a competency when the ladder says so ({@code backedBy:}).
 * Keys come in the ladder's order, items in the file's.
 */
public final class EvidenceTie {

    /** The items of one evidence key, and the findings among those asked about that it stands behind. */
    public record Listed(String key, List<EvidenceItem> items, List<Finding> supports) {

        public Listed {
            items = List.copyOf(items);
            supports = List.copyOf(supports);
        }
    }

    /** A competency the ladder ties evidence to, with the names of those keys, worked out once per ladder. */
    private record Backed(ProfileKey competency, List<ProfileKey> keys, List<String> names) {
    }

    private final Ladder ladder;
    /** Rule name → the keys it reads, for every rule that reads one. */
    private final Map<String, Set<String>> reads;
    private final List<Backed> backed;

    private EvidenceTie(Ladder ladder, Map<String, Set<String>> reads) {
        this.ladder = ladder;
        this.reads = Map.copyOf(reads);
        this.backed = ladder.backedCompetencies().stream().map(competency -> new Backed(competency,
                ladder.backing(competency),
                List.copyOf(ladder.backing(competency).stream().map(ProfileKey::name).toList()))).toList();
    }

    /**
     * The tie under a rule set: what each of its rules reads, and its ladder's backing. Working out
     * what an expectation rule reads fires its declarations: {@link RuleSet#evidence()} does it once.
     */
    static EvidenceTie of(RuleSet rules) {
        Map<String, Set<String>> reads = new HashMap<>();
        for (RuleInfo rule : rules.rules()) {
            List<String> keys = rules.reads(rule.name());
            if (!keys.isEmpty()) {
                reads.put(rule.name(), Set.copyOf(keys));
            }
        }
        return new EvidenceTie(rules.ladder(), reads);
    }

    /**
     * The tie the ladder alone makes, without what the rules read: what backs each rating, and
     * under a finding only the evidence that would clear it.
     */
    public static EvidenceTie ofLadder(Ladder ladder) {
        return new EvidenceTie(ladder, Map.of());
    }

    /** Whether {@code key}'s items stand behind the finding. */
    public boolean ties(Finding finding, String key) {
        if (reads.getOrDefault(finding.rule(), Set.of()).contains(key)) {
            return true;
        }
        return finding.requires().stream().anyMatch(condition -> condition.keys().contains(key));
    }

    /** Every key of the profile with items, each with the findings among {@code findings} it stands behind. */
    public List<Listed> listed(Profile profile, List<Finding> findings) {
        List<Listed> listed = new ArrayList<>();
        for (ProfileKey key : ladder.evidence()) {
            List<EvidenceItem> items = profile.review().items(key);
            if (!items.isEmpty()) {
                listed.add(new Listed(key.name(), items, findings.stream()
                        .filter(finding -> ties(finding, key.name())).toList()));
            }
        }
        return listed;
    }

    /** The keys with items that stand behind the finding. */
    public List<Listed> behind(Profile profile, Finding finding) {
        return listed(profile, List.of(finding)).stream().filter(listed -> !listed.supports().isEmpty()).toList();
    }

    /** The keys with items that stand behind none of {@code findings}, so none goes unseen. */
    public List<Listed> unread(Profile profile, List<Finding> findings) {
        return listed(profile, findings).stream().filter(listed -> listed.supports().isEmpty()).toList();
    }

    /**
     * Fact model 4's {@link Backing} facts: one per competency the ladder ties evidence to, with the
     * rating and the evidence given for those keys in total.
     */
    List<Backing> backings(Profile profile) {
        List<Backing> backings = new ArrayList<>(backed.size());
        for (Backed tie : backed) {
            double evidence = 0;
            for (ProfileKey key : tie.keys()) {
                evidence += profile.value(key);
            }
            backings.add(new Backing(tie.competency().name(), (int) profile.value(tie.competency()), tie.names(),
                    evidence));
        }
        return backings;
    }

    /**
     * The evidence that usually backs a rating: what the ladder ties to the competency, else, for a
     * ladder that ties none, the evidence keys of every condition list in {@code askedFor} naming it
     * (an expectation's, or a trap's way out).
     */
    public List<ProfileKey> backing(ProfileKey rating, List<List<Condition>> askedFor) {
        if (!ladder.backing(rating).isEmpty()) {
            return ladder.backing(rating);
        }
        Set<String> named = new HashSet<>();
        for (List<Condition> conditions : askedFor) {
            List<String> keys = conditions.stream().flatMap(condition -> condition.keys().stream()).toList();
            if (keys.contains(rating.name())) {
                named.addAll(keys);
            }
        }
        return ladder.evidence().stream().filter(key -> named.contains(key.name())).toList();
    }
}
