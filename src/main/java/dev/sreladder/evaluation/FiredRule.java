package dev.sreladder.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * One step of the rule trace: a rule that fired, in firing order, the facts it matched, and the
 * names its conditions bound them to ({@code $profile}, an accumulate's {@code $gaps}), by which a
 * computed value such as a count can be told in words.
 */
public record FiredRule(int order, String rule, String code, List<Object> facts, Map<String, Object> bound) {

    public FiredRule {
        facts = List.copyOf(facts);
        bound = Collections.unmodifiableMap(new LinkedHashMap<>(bound));
    }

    public FiredRule(int order, String rule, String code, List<Object> facts) {
        this(order, rule, code, facts, Map.of());
    }

    /** The name a condition bound {@code fact} to, without its {@code $}; null when none did. */
    public String nameOf(Object fact) {
        for (Map.Entry<String, Object> binding : bound.entrySet()) {
            if (binding.getValue() == fact || (fact instanceof Number && fact.equals(binding.getValue()))) {
                String name = binding.getKey();
                return name.startsWith("$") ? name.substring(1) : name;
            }
        }
        return null;
    }

    /**
     * Records each fired rule with the facts it matched and the names they were bound to, numbered on
     * from the steps already in the list.
     */
    static final class Recorder extends DefaultAgendaEventListener {

        private final List<FiredRule> fired;

        Recorder(List<FiredRule> fired) {
            this.fired = fired;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            var rule = match.getRule();
            Map<String, Object> bound = new LinkedHashMap<>();
            for (String name : match.getDeclarationIds()) {
                Object value = match.getDeclarationValue(name);
                if (value != null) {
                    bound.put(name, value);
                }
            }
            fired.add(new FiredRule(fired.size() + 1, rule.getName(), RuleInfo.metadata(rule, "code"),
                    match.getObjects(), bound));
        }
    }
}
