package dev.sreladder.evaluation;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** The rule whose consequence is running, so that a rule that gives out ({@link RuleBounds}) is named. */
final class FiringRule extends DefaultAgendaEventListener {

    private String name;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        name = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        name = null;
    }

    /** The rule firing now; null between firings (while conditions are evaluated). */
    String name() {
        return name;
    }
}
