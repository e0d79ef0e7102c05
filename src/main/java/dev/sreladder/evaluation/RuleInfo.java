package dev.sreladder.evaluation;

import java.util.List;

import org.kie.api.definition.rule.Rule;

import dev.sreladder.ladder.Level;

/**
 * One compiled rule as a maintainer sees it: name, {@code @code} and {@code @section} metadata,
 * what kind of rule it is, the level it is about (null when it has none), where it is written,
 * the profile keys its conditions read, and what its conditions ask of the profile ({@link Trigger}).
 */
public record RuleInfo(String name, String code, RuleKind kind, Level level, String section, String file, int line,
        List<String> reads, Trigger trigger) {

    public RuleInfo {
        reads = List.copyOf(reads);
        trigger = trigger == null ? Trigger.NONE : trigger;
    }

    /** A rule whose conditions were not read (one only Drools knows of). */
    public RuleInfo(String name, String code, RuleKind kind, Level level, String section, String file, int line,
            List<String> reads) {
        this(name, code, kind, level, section, file, line, reads, Trigger.NONE);
    }

    /** The {@code @code(...)} every rule carries. */
    static String code(Rule rule) {
        return required(rule, "code");
    }

    /** The {@code @section(...)} every rule carries: the article's heading it encodes. */
    static String section(Rule rule) {
        return required(rule, "section");
    }

    /** A rule's metadata value, such as {@code @code(...)}; null when it has none. */
    public static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String required(Rule rule, String key) {
        String value = metadata(rule, key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + "(...) metadata");
        }
        return value;
    }

    /** "rules/traps.drl:14". */
    public String location() {
        return file + ":" + line;
    }
}
