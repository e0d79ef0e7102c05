package dev.sreladder.profile;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.ladder.Ladder;

/**
 * Profiles that probe a rule whose conditions cannot all be read: the keys it reads set low (as in
 * the base profile) or high (a full profile's value), in every combination, or, beyond
 * {@code maxCombined} keys, all low, each one high alone and all high (2^n profiles would be too many).
 * {@code ladder show} probes where a trap springs; the rule trial, which runs at every start, probes
 * with a lower limit.
 */
public final class KeyProbes {

    private KeyProbes() {
    }

    public static List<Profile> lowOrHigh(Profile base, Ladder ladder, List<String> keys, int maxCombined) {
        List<Profile> probes = new ArrayList<>();
        if (keys.size() > maxCombined) {
            Profile high = base;
            probes.add(base);
            for (String key : keys) {
                high = high.with(key, ladder.requireKey(key).full());
                probes.add(base.with(key, ladder.requireKey(key).full()));
            }
            probes.add(high);
            return probes;
        }
        for (int combination = 0; combination < 1 << keys.size(); combination++) {
            Profile probe = base;
            for (int bit = 0; bit < keys.size(); bit++) {
                if ((combination & 1 << bit) != 0) {
                    probe = probe.with(keys.get(bit), ladder.requireKey(keys.get(bit)).full());
                }
            }
            probes.add(probe);
        }
        return probes;
    }
}
