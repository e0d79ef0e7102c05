package dev.sreladder.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.Text;

/**
 * A profile's evidence items tied to the findings they support: the items of key K go with each
 * finding whose rule reads K ({@link RuleSet#reads(String)}) or that K clears, so a committee sees the game days under
 * the game-day expectation. Without the rules ({@link #untied}) no item is tied to a finding and
 * all are listed apart. Keys come in the ladder's order, items in the file's.
 */
public final class SupportingEvidence {

    /** The items of one evidence key, and the findings among those asked about whose rule reads it. */
    public record Listed(String key, List<EvidenceItem> items, List<Finding> supports) {

        public Listed {
            items = List.copyOf(items);
            supports = List.copyOf(supports);
        }
    }

    private final Profile profile;
    private final Function<String, List<String>> reads;

    private SupportingEvidence(Profile profile, Function<String, List<String>> reads) {
        this.profile = profile;
        this.reads = reads;
    }

    /** Items tied to findings by what the rule set's rules read. */
    public static SupportingEvidence of(Profile profile, RuleSet rules) {
        return new SupportingEvidence(profile, rules::reads);
    }

    /** Items tied to no finding, for an evaluation shown without its rules: all are listed apart. */
    public static SupportingEvidence untied(Profile profile) {
        return new SupportingEvidence(profile, rule -> List.of());
    }

    boolean isEmpty() {
        return profile.review().items().isEmpty();
    }

    /** The items of every key the finding's rule reads. */
    public List<Listed> behind(Finding finding) {
        return listed(List.of(finding)).stream().filter(listed -> !listed.supports().isEmpty()).toList();
    }

    /** Every key with items, each with the findings among {@code findings} it supports (maybe none). */
    public List<Listed> listed(List<Finding> findings) {
        List<Listed> listed = new ArrayList<>();
        for (ProfileKey key : profile.ladder().evidence()) {
            List<EvidenceItem> items = profile.review().items(key);
            if (!items.isEmpty()) {
                listed.add(new Listed(key.name(), items, findings.stream()
                        .filter(finding -> reads(finding).contains(key.name())).toList()));
            }
        }
        return listed;
    }

    /** The keys with items that no finding's rule reads. */
    public List<Listed> unread(List<Finding> findings) {
        return listed(findings).stream().filter(listed -> listed.supports().isEmpty()).toList();
    }

    /** What the finding's rule reads, and what clears the finding (a trap's way out is in its consequence). */
    private Set<String> reads(Finding finding) {
        Set<String> keys = new HashSet<>(reads.apply(finding.rule()));
        finding.requires().forEach(condition -> keys.addAll(condition.keys()));
        return keys;
    }

    /**
     * "Q3 region failover game day (2026-08-14) https://wiki.example.com/gd/2026-q3", every control
     * character shown escaped: the text comes from a file, and the reader's refusal is not the
     * terminal's only guard.
     */
    public static String line(EvidenceItem item) {
        return Text.visible(item.toString());
    }
}
