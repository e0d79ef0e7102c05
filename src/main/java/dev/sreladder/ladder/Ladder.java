package dev.sreladder.ladder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * A career ladder as its {@code ladder.yaml} declares it: the levels in order, the rating scale,
 * and every competency and evidence key a profile may use, with what each means. Profiles are read
 * against one; rules are checked against one. Immutable.
 */
public final class Ladder {

    /** The name of the file in a rules folder that declares its ladder. */
    public static final String FILE_NAME = "ladder.yaml";
    public static final String YEARS_IN_LEVEL = "yearsInLevel";
    /** A profile's own fields: no ladder key may take one of these names. */
    public static final List<String> PROFILE_FIELDS = List.of("id", "name", "level", "target", YEARS_IN_LEVEL,
            "competencies", "evidence", "notes", "expected", "manager", "team", "selfRatings", "waived");

    private static final String ARTICLE_RESOURCE = "article-sre.yaml";
    private static volatile Ladder article;

    private final String id;
    private final String title;
    private final List<Level> levels;
    private final List<String> scale;
    private final List<ProfileKey> competencies;
    private final List<ProfileKey> evidence;
    private final List<ProfileKey> all;
    private final Map<String, ProfileKey> byName;
    private static final Pattern LEVEL_IN_ANY_CASE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Map<String, Level> levelsByName;
    private final WaiverPolicy waivable;
    /** Each competency's backing evidence, by competency name; competencies without any are absent. */
    private final Map<String, List<ProfileKey>> backing;

    /**
     * A ladder of these parts; {@code scale} holds the meaning of each rating from 0 up. Keys are
     * given as name → meaning (competencies) and name → scale and meaning (evidence); checks on
     * names are {@link LadderFile}'s, which reports them with lines.
     */
    Ladder(String id, String title, List<String> levelNames, List<String> scale,
            Map<String, String> competencyMeanings, Map<String, Map.Entry<ProfileKey.Scale, String>> evidenceKeys,
            WaiverPolicy waivable, Map<String, List<String>> backedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        List<Level> ranked = new ArrayList<>();
        Map<String, Level> named = new LinkedHashMap<>();
        for (String name : levelNames) {
            Level level = new Level(name, ranked.size());
            ranked.add(level);
            named.put(name, level);
        }
        this.levels = List.copyOf(ranked);
        this.levelsByName = Collections.unmodifiableMap(named);
        this.scale = List.copyOf(scale);
        ProfileKey.Scale rating = ProfileKey.Scale.rating(scale.size() - 1);
        List<ProfileKey> keys = new ArrayList<>();
        List<ProfileKey> ratings = new ArrayList<>();
        competencyMeanings.forEach((name, meaning) -> ratings.add(
                new ProfileKey(name, ProfileKey.Group.COMPETENCY, rating, meaning, keys.size() + ratings.size())));
        keys.addAll(ratings);
        List<ProfileKey> counts = new ArrayList<>();
        evidenceKeys.forEach((name, kind) -> counts.add(
                new ProfileKey(name, ProfileKey.Group.EVIDENCE, kind.getKey(), kind.getValue(), keys.size()
                        + counts.size())));
        keys.addAll(counts);
        keys.add(new ProfileKey(YEARS_IN_LEVEL, ProfileKey.Group.PROFILE, ProfileKey.Scale.YEARS,
                "years at the current level", keys.size()));
        this.competencies = List.copyOf(ratings);
        this.evidence = List.copyOf(counts);
        this.all = List.copyOf(keys);
        Map<String, ProfileKey> index = new LinkedHashMap<>();
        all.forEach(key -> index.put(key.name(), key));
        this.byName = Collections.unmodifiableMap(index);
        this.waivable = Objects.requireNonNull(waivable, "waivable");
        Map<String, List<ProfileKey>> backs = new LinkedHashMap<>();
        backedBy.forEach((competency, names) -> backs.put(competency, names.stream().map(byName::get).toList()));
        this.backing = Collections.unmodifiableMap(backs);
    }

    /**
     * The article's ladder: what a rules folder without a ladder file, and every rule set stored
     * before ladder files existed, is written for. Its levels, keys and scale are frozen in the jar;
     * what fact model 4 added (waivable, backedBy) only rules of that model read.
     */
    public static Ladder article() {
        Ladder known = article;
        if (known == null) {
            try (InputStream in = Ladder.class.getResourceAsStream(ARTICLE_RESOURCE)) {
                String text = new String(Objects.requireNonNull(in, ARTICLE_RESOURCE).readAllBytes(),
                        StandardCharsets.UTF_8);
                known = LadderFile.read("the article's ladder", text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            article = known;
        }
        return known;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Lowest first. */
    public List<Level> levels() {
        return levels;
    }

    public Level lowest() {
        return levels.get(0);
    }

    public Level top() {
        return levels.get(levels.size() - 1);
    }

    /** The next level up; the top one stays the top one. */
    public Level next(Level level) {
        return level.rank() + 1 < levels.size() ? levels.get(level.rank() + 1) : top();
    }

    /** A level by name, case-insensitively ("senior", "Senior", "SENIOR"), spaces around it aside. */
    public Optional<Level> level(String name) {
        return levelAsWritten(name.trim());
    }

    /**
     * A level as a file writes it: its name in any case of its ASCII letters, and nothing else (what
     * the profile schema accepts). Upper-casing alone would also take the dotless 'ı' for an 'I'.
     */
    public Optional<Level> levelAsWritten(String text) {
        if (!LEVEL_IN_ANY_CASE.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(levelsByName.get(text.toUpperCase(Locale.ROOT)));
    }

    /** A level by name, or bad input naming the ladder's levels and the closest one. */
    public Level requireLevel(String name, String what) {
        return level(name).orElseThrow(() -> LadderException.badInput("unknown level '" + name + "' for " + what
                + " — " + unknownLevelHint(name)));
    }

    /**
     * What to tell someone who typed a level this ladder lacks: the level they likely meant, else the
     * levels in order and the top one (RE6 on a ladder of RE1 to RE5 is past its top, not a typo).
     */
    public String unknownLevelHint(String name) {
        return Suggestions.didYouMean(name.trim().toUpperCase(Locale.ROOT), levelNames(), "the levels of ladder '"
                + id + "' are " + levelList() + ", lowest first; the top level is " + top().name());
    }

    public List<String> levelNames() {
        return levels.stream().map(Level::name).toList();
    }

    /** "JUNIOR, MID, SENIOR or STAFF". */
    public String levelList() {
        List<String> names = levelNames();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The meaning of each rating, from 0 up to the top of the scale. */
    public List<String> scale() {
        return scale;
    }

    public int topRating() {
        return scale.size() - 1;
    }

    public List<ProfileKey> competencies() {
        return competencies;
    }

    public List<ProfileKey> evidence() {
        return evidence;
    }

    /** Which expectations a profile may waive. */
    public WaiverPolicy waivable() {
        return waivable;
    }

    /**
     * The evidence keys that usually back a rating of {@code competency} ({@code backedBy:} in the
     * ladder file); empty when the ladder ties none to it.
     */
    public List<ProfileKey> backing(ProfileKey competency) {
        return backing.getOrDefault(competency.name(), List.of());
    }

    /** Every competency the ladder ties evidence to, in the ladder's order. */
    public List<ProfileKey> backedCompetencies() {
        return competencies.stream().filter(key -> backing.containsKey(key.name())).toList();
    }

    /** Every key: competencies, then evidence, then {@code yearsInLevel}. */
    public List<ProfileKey> keys() {
        return all;
    }

    public List<ProfileKey> keys(ProfileKey.Group group) {
        return group == ProfileKey.Group.COMPETENCY ? competencies
                : group == ProfileKey.Group.EVIDENCE ? evidence : List.of(all.get(all.size() - 1));
    }

    public Optional<ProfileKey> key(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** A key a rule or a change names, or bad input with the closest key of this ladder. */
    public ProfileKey requireKey(String name) {
        ProfileKey key = byName.get(name);
        if (key == null) {
            throw LadderException.badInput("unknown profile key '" + name + "' — " + Suggestions.didYouMean(name,
                    byName.keySet(), "the keys of ladder '" + id + "' are a competency, an evidence key or "
                            + YEARS_IN_LEVEL));
        }
        return key;
    }

    public List<String> keyNames() {
        return all.stream().map(ProfileKey::name).toList();
    }

    @Override
    public boolean equals(Object other) {
        // Profiles read against a rule set's ladder hold that very instance: the common case is cheap.
        return this == other || other instanceof Ladder ladder && id.equals(ladder.id) && title.equals(ladder.title)
                && levels.equals(ladder.levels) && scale.equals(ladder.scale) && all.equals(ladder.all)
                && waivable == ladder.waivable && backing.equals(ladder.backing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, levels, all);
    }

    @Override
    public String toString() {
        return id + " (" + levels.stream().map(Level::name).collect(Collectors.joining(", ")) + ")";
    }
}
