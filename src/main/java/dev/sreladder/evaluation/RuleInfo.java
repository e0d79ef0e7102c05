package dev.sreladder.evaluation;

import java.util.List;

import dev.sreladder.ladder.Level;

/**
 * One compiled rule as a maintainer sees it: name, {@code @code} and {@code @section} metadata,
 * what kind of rule it is, the level it is about (null when it has none), where it is written,
 * and the profile keys its conditions read.
 */
public record RuleInfo(String name, String code, RuleKind kind, Level level, String section, String file, int line,
        List<String> reads) {

    public RuleInfo {
        reads = List.copyOf(reads);
    }

    /** "rules/traps.drl:14". */
    public String location() {
        return file + ":" + line;
    }
}
