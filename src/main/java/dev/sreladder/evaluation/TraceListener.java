package dev.sreladder.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records each fired rule with the facts it matched and the names they were bound to, numbered on
 * from the steps already in the list.
 */
final class TraceListener extends DefaultAgendaEventListener {

    private final List<FiredRule> fired;

    TraceListener(List<FiredRule> fired) {
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
        fired.add(new FiredRule(fired.size() + 1, rule.getName(), RuleMetadata.optional(rule, "code"),
                match.getObjects(), bound));
    }
}
