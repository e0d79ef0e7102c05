package dev.sreladder.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets off the tuned JVM's command line, which every user of the machine can read in the
 * process list: a property such as {@code --spring.datasource.password=…} (or the same as a
 * {@code -D} option) is handed to the child in its environment instead, under the name Spring
 * Boot reads it from ({@code SPRING_DATASOURCE_PASSWORD}), which only the user can read.
 */
record Secrets(List<String> jvmOptions, List<String> args, Map<String, String> environment) {

    private static final Pattern SECRET = Pattern.compile(
            "(?:--|-D)([A-Za-z0-9._-]*(?:password|secret|token)[A-Za-z0-9._-]*)=(.*)", Pattern.CASE_INSENSITIVE
                    | Pattern.DOTALL);

    static Secrets split(List<String> jvmOptions, List<String> args) {
        Map<String, String> environment = new LinkedHashMap<>();
        return new Secrets(without(jvmOptions, environment), without(args, environment), environment);
    }

    private static List<String> without(List<String> arguments, Map<String, String> environment) {
        List<String> kept = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            Matcher secret = SECRET.matcher(argument);
            if (secret.matches()) {
                environment.put(variable(secret.group(1)), secret.group(2));
            } else {
                kept.add(argument);
            }
        }
        return kept;
    }

    /** Spring Boot's name for a property in the environment: dots to underscores, dashes dropped, upper case. */
    static String variable(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }
}
