package dev.sreladder.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.frozen.ArticleFacts;

/**
 * What the code of a rule written for one fact model may name: the fact types (by simple name),
 * the rule API's functions, the fact types' own methods and properties, their enum constants,
 * and a short list of harmless java.lang methods. Derived from the model's declared types and
 * functions, so that it widens only with the model; {@link RuleCheck} refuses everything else.
 */
final class RuleVocabulary {

    /** java.lang types a rule may name, in declarations and static calls; their statics are listed below. */
    static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Double", "Boolean", "Number", "Math");

    /** Static java.lang methods a rule may call: none allocates more than its arguments. */
    private static final Set<String> JAVA_LANG_STATICS = Set.of("Math.min", "Math.max", "Math.abs", "Math.round",
            "Math.floor", "Math.ceil", "Integer.parseInt", "Integer.valueOf", "Integer.toString", "Integer.compare",
            "Integer.min", "Integer.max", "Long.valueOf", "Long.compare", "Double.valueOf", "Double.compare",
            "Double.toString", "String.valueOf", "String.join", "Boolean.valueOf");

    /** Instance methods of strings, numbers and lists a rule may call; none loops on its own or grows memory. */
    private static final Set<String> JAVA_LANG_METHODS = Set.of("length", "isEmpty", "isBlank", "contains",
            "startsWith", "endsWith", "equals", "equalsIgnoreCase", "compareTo", "toUpperCase", "toLowerCase",
            "trim", "strip", "substring", "indexOf", "charAt", "size", "intValue", "longValue", "doubleValue",
            "toString");

    /** Object's methods that reach the runtime (reflection, monitors): never part of a fact type's vocabulary. */
    private static final Set<String> OBJECT_INTERNALS = Set.of("getClass", "wait", "notify", "notifyAll",
            "hashCode", "clone", "finalize", "getDeclaringClass", "describeConstable");

    /** Accumulate functions a rule may use: Drools' own, each bounded by the facts it reads. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
            "collectSet");

    private static final Map<FactModel, RuleVocabulary> BY_MODEL = new EnumMap<>(FactModel.class);

    private final FactModel model;
    /** Simple name → class, of the model's fact types. */
    private final Map<String, Class<?>> types = new LinkedHashMap<>();
    private final Set<String> functions = new TreeSet<>();
    private final Set<String> methods = new TreeSet<>();
    private final Set<String> properties = new TreeSet<>();

    private RuleVocabulary(FactModel model) {
        this.model = model;
        for (String name : model.types()) {
            Class<?> type = load(name, model.isArticles());
            String simple = name.substring(name.lastIndexOf('.') + 1);
            types.put(simple, type);
            if (type == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || OBJECT_INTERNALS.contains(method.getName())) {
                    continue;
                }
                methods.add(method.getName());
                if (method.getParameterCount() == 0) {
                    properties.add(method.getName());
                    properties.add(propertyOf(method.getName()));
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    properties.add(component.getName());
                }
            }
        }
        for (String function : model.functions()) {
            functions.add(function.substring(function.lastIndexOf('.') + 1));
        }
    }

    static synchronized RuleVocabulary of(FactModel model) {
        return BY_MODEL.computeIfAbsent(model, RuleVocabulary::new);
    }

    /** The class behind a type name of the model: today's, or the article's frozen one it was renamed to. */
    private static Class<?> load(String name, boolean articles) {
        String target = name;
        for (String[] rename : ArticleFacts.IMPORTS) {
            if (articles && rename[0].equals(name)) {
                target = rename[1];
            }
        }
        try {
            return Class.forName(target.replaceFirst("\\.ArticleFacts\\.", ".ArticleFacts\\$"), false,
                    RuleVocabulary.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String propertyOf(String getter) {
        for (String prefix : List.of("get", "is")) {
            if (getter.length() > prefix.length() && getter.startsWith(prefix)
                    && Character.isUpperCase(getter.charAt(prefix.length()))) {
                return Character.toLowerCase(getter.charAt(prefix.length())) + getter.substring(prefix.length() + 1);
            }
        }
        return getter;
    }

    /** A fact type of the model, or java.lang's basics, by simple name. */
    boolean isType(String simpleName) {
        return types.containsKey(simpleName) || JAVA_LANG.contains(simpleName);
    }

    /** A qualified name that is one of the model's fact types. */
    boolean isQualifiedType(String name) {
        return model.types().contains(name);
    }

    /** The rule API's functions of the model, by simple name. */
    Set<String> functions() {
        return functions;
    }

    /** A method a rule may call on a fact or value it holds. */
    boolean isMethod(String name) {
        return methods.contains(name) || JAVA_LANG_METHODS.contains(name);
    }

    /** A method of the fact types, callable unqualified in a condition on the fact. */
    boolean isFactMethod(String name) {
        return methods.contains(name);
    }

    /** A property of a fact type, as conditions read it ({@code evidence.mentees}, {@code $backing.keys}). */
    boolean isProperty(String name) {
        return properties.contains(name);
    }

    /** {@code Type.name(...)}: a static call of the model (fact model 1's factories) or a harmless java.lang one. */
    boolean isStaticCall(String type, String name) {
        String call = type + "." + name;
        return JAVA_LANG_STATICS.contains(call) || model.calls().contains(call);
    }

    /** {@code Type.NAME}: an enum constant of a fact type, or a constant number of java.lang's basics. */
    boolean isConstant(String type, String name) {
        Class<?> fact = types.get(type);
        if (fact != null) {
            if (fact.isEnum()) {
                for (Object constant : fact.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return JAVA_LANG.contains(type) && name.matches("MAX_VALUE|MIN_VALUE|PI|E|TRUE|FALSE");
    }

    /** What rules may use, said once after the refusals, for the fix. */
    String hint() {
        return "A rule may use the fact types " + String.join(", ", types.keySet()) + "; the rule API's functions "
                + String.join(", ", functions) + "; java.lang's " + String.join(", ", new TreeSet<>(JAVA_LANG))
                + "; local variables, if/else and arithmetic (rules/README.md, \"The checks\").";
    }
}
