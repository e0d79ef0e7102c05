package dev.sreladder.evaluation;

import org.kie.api.definition.rule.Rule;

/** Reads the {@code @code(...)} and {@code @section(...)} metadata every rule carries. */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static String code(Rule rule) {
        return required(rule, "code");
    }

    static String section(Rule rule) {
        return required(rule, "section");
    }

    static String optional(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String required(Rule rule, String key) {
        String value = optional(rule, key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + "(...) metadata");
        }
        return value;
    }
}
