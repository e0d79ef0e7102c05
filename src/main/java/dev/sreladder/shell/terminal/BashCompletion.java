package dev.sreladder.shell.terminal;

import java.util.List;
import java.util.function.Function;

import dev.sreladder.shell.terminal.CompletionWords.CommandWords;
import dev.sreladder.shell.terminal.CompletionWords.OptionWords;

/**
 * The bash completion script: the words come from {@link CompletionWords} as {@code case}
 * tables, and one function walks the line as the shell's completer does (the command words, then
 * an option's value, an option, or an argument). Bash splits {@code --format=json} at the
 * {@code =} into three words; the function reads both spellings.
 */
public final class BashCompletion {

    private BashCompletion() {
    }

    public static String script(CompletionWords words) {
        String function = "_" + words.program().replace('-', '_');
        return header(words, "bash", """
                #   source <(java -jar {{JAR}} completion bash)            (this shell)
                #   java -jar {{JAR}} completion bash > ~/.local/share/bash-completion/completions/{{PROGRAM}}
                """)
                + tables(words, function)
                + SCRIPT.replace("{{FN}}", function).replace("{{PROGRAM}}", words.program())
                        .replace("{{OPTIONS}}", cases(names(words), name -> String.join(" ", command(words, name)
                                .options().stream().map(OptionWords::name).toList())))
                        .replace("{{PROGRAM_OPTIONS}}",
                                CompletionWords.quoted(String.join(" ", CompletionWords.PROGRAM_OPTIONS)))
                + define(words, function);
    }

    /**
     * The shell functions both scripts read their words from, as {@code case} tables (the same syntax in
     * bash and zsh): the next command words, whether words name a command, an option's values, which
     * options take a value, the words of a command's arguments, and whether they are file paths.
     */
    static String tables(CompletionWords words, String function) {
        return TABLES.replace("{{FN}}", function)
                .replace("{{NEXT_WORDS}}", cases(words.prefixes(), prefix -> String.join(" ", words.nextWords(prefix))))
                .replace("{{IS_COMMAND}}", pattern(words.commands().stream()
                        .map(command -> CompletionWords.quoted(command.name())).toList()))
                .replace("{{VALUES}}", optionCases(words, option -> String.join(" ", option.values())))
                .replace("{{SWITCHES}}", optionPatterns(words))
                .replace("{{ARGUMENTS}}", cases(names(words),
                        name -> String.join(" ", command(words, name).argumentWords())))
                .replace("{{FILES}}", pattern(words.commands().stream().filter(CommandWords::argumentFiles)
                        .map(command -> CompletionWords.quoted(command.name())).toList()));
    }

    /** What the script says of itself, and how to load it. */
    static String header(CompletionWords words, String shell, String loading) {
        String jar = words.jar().map(Object::toString).orElse("target/sre-ladder.jar");
        return "# " + shell + " completion for " + words.program() + " (written by '" + words.program() + " completion "
                + shell + "'): commands, options, formats and level names of the rules in use when it was"
                + " written, and file paths.\n# Load it with one of:\n"
                + loading.replace("{{JAR}}", jar).replace("{{PROGRAM}}", words.program())
                + "# It completes the command '" + words.program() + "'"
                + words.jar().map(path -> "; where there is none, it defines one that runs java -jar " + path + ".\n")
                        .orElse(".\n")
                + "# Write it again after changing the rules' levels.\n";
    }

    static String define(CompletionWords words, String function) {
        return words.jar().map(jar -> "if ! type " + words.program() + " >/dev/null 2>&1; then\n  "
                + words.program() + "() { java -jar " + CompletionWords.quoted(jar.toString())
                + " \"$@\"; }\nfi\n").orElse("");
    }

    /** Alternatives of a case pattern; one that matches nothing when there are none. */
    static String pattern(List<String> alternatives) {
        return alternatives.isEmpty() ? "'--'" : String.join("|", alternatives);
    }

    static List<String> names(CompletionWords words) {
        return words.commands().stream().map(CommandWords::name).toList();
    }

    static CommandWords command(CompletionWords words, String name) {
        return words.commands().stream().filter(command -> command.name().equals(name)).findFirst().orElseThrow();
    }

    static String cases(List<String> keys, Function<String, String> value) {
        return statements(keys, key -> {
            String words = value.apply(key);
            return words.isEmpty() ? "" : "echo " + CompletionWords.quoted(words);
        });
    }

    /** A case table: each key's statement, keys whose statement is empty left out. */
    static String statements(List<String> keys, Function<String, String> statement) {
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            String body = statement.apply(key);
            if (!body.isEmpty()) {
                text.append("    ").append(CompletionWords.quoted(key)).append(") ").append(body).append(" ;;\n");
            }
        }
        return text.toString();
    }

    static String optionCases(CompletionWords words, Function<OptionWords, String> value) {
        StringBuilder text = new StringBuilder();
        for (CommandWords command : words.commands()) {
            for (OptionWords option : command.options()) {
                String values = value.apply(option);
                if (!values.isEmpty()) {
                    text.append("    ").append(CompletionWords.quoted(command.name() + " " + option.name()))
                            .append(") echo ").append(CompletionWords.quoted(values)).append(" ;;\n");
                }
            }
        }
        return text.toString();
    }

    /** The command and option pairs that take a value, as one case pattern. */
    static String optionPatterns(CompletionWords words) {
        return pattern(words.commands().stream().flatMap(command -> command.options().stream()
                .filter(OptionWords::takesValue)
                .map(option -> CompletionWords.quoted(command.name() + " " + option.name()))).toList());
    }

    private static final String TABLES = """
            {{FN}}_next() {
              case "$1" in
            {{NEXT_WORDS}}  esac
            }
            {{FN}}_is_command() {
              case "$1" in
                {{IS_COMMAND}}) return 0 ;;
              esac
              return 1
            }
            {{FN}}_values() {
              case "$1 $2" in
            {{VALUES}}  esac
            }
            {{FN}}_takes_value() {
              case "$1 $2" in
                {{SWITCHES}}) return 0 ;;
              esac
              return 1
            }
            {{FN}}_arguments() {
              case "$1" in
            {{ARGUMENTS}}  esac
            }
            {{FN}}_files() {
              case "$1" in
                {{FILES}}) return 0 ;;
              esac
              return 1
            }
            """;

    private static final String SCRIPT = """
            {{FN}}_options() {
              case "$1" in
            {{OPTIONS}}  esac
            }
            {{FN}}() {
              local cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]} i=1 typed="" command="" option="" values
              COMPREPLY=()
              # Options such as --ladder.rules-dir=DIR may come before the command.
              while [ "$i" -lt "$cword" ] && [[ ${COMP_WORDS[i]} == -* ]]; do
                if [ "${COMP_WORDS[i+1]}" = "=" ]; then i=$((i + 2)); fi
                i=$((i + 1))
              done
              while [ "$i" -lt "$cword" ]; do
                local next="${typed:+$typed }${COMP_WORDS[i]}"
                if {{FN}}_is_command "$next"; then
                  command=$next
                elif [ -z "$({{FN}}_next "$next")" ]; then
                  break
                fi
                typed=$next
                i=$((i + 1))
              done
              if [ -z "$command" ] || { [ "$i" -eq "$cword" ] && [ "$typed" = "$command" ] \\
                  && [ -n "$({{FN}}_next "$command")" ]; }; then
                if [ "$i" -eq "$cword" ]; then
                  COMPREPLY=($(compgen -W "$({{FN}}_next "$typed")" -- "$cur"))
                  if [ -z "$typed" ]; then COMPREPLY+=($(compgen -W {{PROGRAM_OPTIONS}} -- "$cur")); fi
                fi
                [ -n "$command" ] || return 0
              fi
              local prev=${COMP_WORDS[cword-1]}
              if [ "$cur" = "=" ]; then
                option=$prev cur=""
              elif [ "$prev" = "=" ]; then
                option=${COMP_WORDS[cword-2]}
              elif [[ $prev == -* ]] && {{FN}}_takes_value "$command" "$prev"; then
                option=$prev
              fi
              if [ -n "$option" ]; then
                values=$({{FN}}_values "$command" "$option")
                if [ -n "$values" ]; then
                  COMPREPLY=($(compgen -W "$values" -- "$cur"))
                  if [[ ${COMPREPLY[0]} == *= ]]; then compopt -o nospace 2>/dev/null; fi
                else
                  compopt -o filenames 2>/dev/null
                  COMPREPLY=($(compgen -f -- "$cur"))
                fi
              elif [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$({{FN}}_options "$command")" -- "$cur"))
              else
                COMPREPLY+=($(compgen -W "$({{FN}}_arguments "$command")" -- "$cur"))
                if {{FN}}_files "$command"; then
                  compopt -o filenames 2>/dev/null
                  COMPREPLY+=($(compgen -f -- "$cur"))
                fi
              fi
              return 0
            }
            complete -F {{FN}} {{PROGRAM}}
            """;
}
