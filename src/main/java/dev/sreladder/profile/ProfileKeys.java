package dev.sreladder.profile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * The registry of profile keys, read from the components of {@link Competencies} and
 * {@link Evidence} so that the records stay the one list of keys.
 */
public final class ProfileKeys {

    public static final String YEARS_IN_LEVEL = "yearsInLevel";

    private static final ClassValue<RecordType> RECORD_TYPES = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return RecordType.of(type);
        }
    };
    private static final Map<String, Accessor> ACCESSORS = buildAccessors();
    private static final List<ProfileKey> ALL =
            ACCESSORS.values().stream().map(Accessor::key).toList();

    private ProfileKeys() {
    }

    /** Every key: competencies, then evidence, then {@code yearsInLevel}. */
    public static List<ProfileKey> all() {
        return ALL;
    }

    public static List<ProfileKey> of(ProfileKey.Group group) {
        return ALL.stream().filter(key -> key.group() == group).toList();
    }

    public static Optional<ProfileKey> find(String name) {
        return Optional.ofNullable(ACCESSORS.get(name)).map(Accessor::key);
    }

    public static ProfileKey require(String name) {
        return find(name).orElseThrow(() -> unknownKey(name));
    }

    static double valueOf(Profile profile, String key) {
        return accessor(key).read(profile);
    }

    static Profile with(Profile profile, String key, double value) {
        Accessor accessor = accessor(key);
        if (!accessor.key().scale().accepts(value)) {
            throw new IllegalArgumentException(key + " must be " + accessor.key().scale().description());
        }
        return switch (accessor.key().group()) {
            case PROFILE -> new Profile(profile.id(), profile.name(), profile.level(), profile.target(), value,
                    profile.competencies(), profile.evidence(), profile.notes());
            case COMPETENCY -> new Profile(profile.id(), profile.name(), profile.level(), profile.target(),
                    profile.yearsInLevel(), accessor.copyWith(profile.competencies(), value), profile.evidence(),
                    profile.notes());
            case EVIDENCE -> new Profile(profile.id(), profile.name(), profile.level(), profile.target(),
                    profile.yearsInLevel(), profile.competencies(), accessor.copyWith(profile.evidence(), value),
                    profile.notes());
        };
    }

    /** A record of the given type with the given values by key; missing keys are 0. */
    public static <R extends Record> R newRecord(Class<R> type, Map<String, Double> values) {
        RecordComponent[] components = RECORD_TYPES.get(type).components();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            double value = values.getOrDefault(components[i].getName(), 0.0);
            arguments[i] = components[i].getType() == int.class ? (Object) (int) value : (Object) value;
        }
        return construct(type, arguments);
    }

    /** A profile value as it should read: whole numbers as a Long (3, not 3.0), others as a Double. */
    public static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** A profile value as text: "3", "0.6". */
    public static String format(double value) {
        return number(value).toString();
    }

    private static Accessor accessor(String key) {
        Accessor accessor = ACCESSORS.get(key);
        if (accessor == null) {
            throw unknownKey(key);
        }
        return accessor;
    }

    /** A key a rule names (in its requires) that profiles do not have: the rule is what needs the fix. */
    private static LadderException unknownKey(String key) {
        return LadderException.badInput("unknown profile key '" + key + "' — " + Suggestions.didYouMean(key,
                ACCESSORS.keySet(), "a rule's requires must name a competency, an evidence key or "
                        + YEARS_IN_LEVEL + " (see rules/README.md)"));
    }

    private static Map<String, Accessor> buildAccessors() {
        Map<String, Accessor> accessors = new LinkedHashMap<>();
        addComponents(accessors, Competencies.class, ProfileKey.Group.COMPETENCY);
        addComponents(accessors, Evidence.class, ProfileKey.Group.EVIDENCE);
        ProfileKey years = new ProfileKey(YEARS_IN_LEVEL, ProfileKey.Group.PROFILE, ProfileKey.Scale.YEARS);
        accessors.put(YEARS_IN_LEVEL, new Accessor(years, null, -1, null));
        return Collections.unmodifiableMap(accessors);
    }

    private static void addComponents(Map<String, Accessor> accessors, Class<? extends Record> type,
            ProfileKey.Group group) {
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            ProfileKey.Scale scale = group == ProfileKey.Group.COMPETENCY ? ProfileKey.Scale.RATING
                    : component.getType() == int.class ? ProfileKey.Scale.COUNT : ProfileKey.Scale.SHARE;
            try {
                // Typed (Object) -> double once here, so a read neither boxes nor adapts the call.
                MethodHandle getter = MethodHandles.lookup().unreflect(component.getAccessor())
                        .asType(MethodType.methodType(double.class, Object.class));
                accessors.put(component.getName(),
                        new Accessor(new ProfileKey(component.getName(), group, scale), type, i, getter));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R construct(Class<R> type, Object[] arguments) {
        try {
            return (R) RECORD_TYPES.get(type).constructor().newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /**
     * A record type's components, accessors and canonical constructor, looked up once: the planner
     * copies profiles thousands of times, and looking them up on every copy dominated its time.
     */
    private record RecordType(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {

        static RecordType of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return new RecordType(components, accessors, type.getDeclaredConstructor(parameterTypes));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        }
    }

    /** Reads one key from a profile, and copies a record with that key changed. */
    private record Accessor(ProfileKey key, Class<? extends Record> owner, int index, MethodHandle getter) {

        double read(Profile profile) {
            try {
                return switch (key.group()) {
                    case PROFILE -> profile.yearsInLevel();
                    case COMPETENCY -> (double) getter.invokeExact((Object) profile.competencies());
                    case EVIDENCE -> (double) getter.invokeExact((Object) profile.evidence());
                };
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + key.name(), e);
            }
        }

        <R extends Record> R copyWith(R original, double value) {
            RecordType recordType = RECORD_TYPES.get(owner);
            RecordComponent[] components = recordType.components();
            Object[] arguments = new Object[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    arguments[i] = recordType.accessors()[i].invoke(original);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            arguments[index] = components[index].getType() == int.class ? (Object) (int) value : (Object) value;
            @SuppressWarnings("unchecked")
            Class<R> type = (Class<R>) owner;
            return construct(type, arguments);
        }
    }
}
