package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Which facts of one type a rule set can see at all. Drools sends an inserted fact from the node of
 * its type down every path that starts there; a path that starts with conditions on the fact alone
 * ({@code Backing(rating >= 3, evidence == 0)}: one alpha node each) takes only the facts that meet
 * all of them. A fact that gets through no path reaches no rule: not a match, a count, an accumulate
 * or a {@code not}. It need not be inserted, and inserting it is what costs (a handle, a store, a
 * reset: about a tenth of an evaluation for fact model 4's facts, issue 23).
 *
 * <p>Fact model 4 gives every evaluation one {@link Backing} per competency the ladder ties evidence
 * to, most of which the default rules never look at. A path that starts with anything but such a
 * condition (a pattern with none, {@code Backing()}) sees every fact, and then every fact is inserted.
 * The conditions are the rules' own, so no threshold is repeated here.
 */
final class FactSight {

    /** The alpha nodes the type's nodes start with; null when some path takes every fact. */
    private final List<AlphaNode> firstConditions;

    private FactSight(List<AlphaNode> firstConditions) {
        this.firstConditions = firstConditions;
    }

    /** What the rules of {@code kieBase} can see of facts of {@code type}, from its compiled network. */
    static FactSight of(KieBase kieBase, Class<?> type) {
        if (!(kieBase instanceof InternalRuleBase ruleBase)) {
            return new FactSight(null);
        }
        ObjectType objectType = new ClassObjectType(type);
        Map<ObjectType, ObjectTypeNode> nodes = ruleBase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT);
        List<AlphaNode> conditions = new ArrayList<>();
        for (ObjectTypeNode node : nodes.values()) {
            if (!node.isAssignableFrom(objectType)) {
                continue;
            }
            for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
                if (!(sink instanceof AlphaNode alpha)) {
                    return new FactSight(null);
                }
                conditions.add(alpha);
            }
        }
        return new FactSight(List.copyOf(conditions));
    }

    /** Whether a rule can see {@code fact} in {@code session}: it meets every condition of some path. */
    boolean sees(Object fact, KieSession session) {
        if (firstConditions == null) {
            return true;
        }
        DefaultFactHandle handle = new DefaultFactHandle(fact);
        for (AlphaNode condition : firstConditions) {
            if (passes(condition, handle, (ValueResolver) session)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the fact meets {@code node}'s condition and, below it, reaches a join or a rule. */
    private static boolean passes(AlphaNode node, DefaultFactHandle handle, ValueResolver session) {
        try {
            if (!node.getConstraint().isAllowed(handle, session)) {
                return false;
            }
        } catch (RuntimeException e) {
            // Inserted, the fact fails in the session the way it always did, with the rule named.
            return true;
        }
        for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
            if (!(sink instanceof AlphaNode next) || passes(next, handle, session)) {
                return true;
            }
        }
        return false;
    }
}
