package dev.sreladder.rules;

import java.util.HashMap;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts each rule's firings in one tried evaluation, and knows the rule firing now (the one that threw). */
final class Firings extends DefaultAgendaEventListener {
    final Map<String, Integer> counts = new HashMap<>();
    String firing;
    int total;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
        counts.merge(firing, 1, Integer::sum);
        total++;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }
}
