package dev.sreladder.evaluation;

import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records each fired rule with the facts it matched, numbered on from the steps already in the list. */
final class TraceListener extends DefaultAgendaEventListener {

    private final List<FiredRule> fired;

    TraceListener(List<FiredRule> fired) {
        this.fired = fired;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        var rule = event.getMatch().getRule();
        fired.add(new FiredRule(fired.size() + 1, rule.getName(), RuleMetadata.optional(rule, "code"),
                event.getMatch().getObjects()));
    }
}
