package dev.sreladder.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sreladder.ladder.ProfileKey;

/**
 * What a profile may say beside its values, for the committee's judgement rather than the
 * verdict's: who manages the engineer and in which team (calibration), the evidence items behind
 * counts, the engineer's own ratings beside the manager's, and the expectations it waives with a
 * reason. A profile that uses none of it has {@link #NONE}. Immutable.
 */
public record Review(String manager, String team, Map<String, List<EvidenceItem>> items,
        Map<String, Integer> selfRatings, List<Waiver> waivers) {

    public static final Review NONE = new Review(null, null, Map.of(), Map.of(), List.of());

    public Review {
        Map<String, List<EvidenceItem>> copied = new LinkedHashMap<>();
        items.forEach((key, list) -> copied.put(key, List.copyOf(list)));
        items = Collections.unmodifiableMap(copied);
        selfRatings = Collections.unmodifiableMap(new LinkedHashMap<>(selfRatings));
        waivers = List.copyOf(waivers);
    }

    public Optional<String> managerIfGiven() {
        return Optional.ofNullable(manager);
    }

    public Optional<String> teamIfGiven() {
        return Optional.ofNullable(team);
    }

    /** The items behind an evidence count; empty when it is a plain number. */
    public List<EvidenceItem> items(ProfileKey key) {
        return items.getOrDefault(key.name(), List.of());
    }

    /** The engineer's own rating of a competency, when they gave one. */
    public Optional<Integer> selfRating(ProfileKey competency) {
        return Optional.ofNullable(selfRatings.get(competency.name()));
    }

    public Optional<Waiver> waiver(String code) {
        return waivers.stream().filter(waiver -> waiver.code().equals(code)).findFirst();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
