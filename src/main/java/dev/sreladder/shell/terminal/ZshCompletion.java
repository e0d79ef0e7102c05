package dev.sreladder.shell.terminal;

import java.util.List;
import java.util.stream.Stream;

/**
 * The zsh completion script: the same tables ({@link BashCompletion#tables}) and walk as bash's, with zsh's own
 * completion functions, so commands and options are listed with what they do. Loaded from a file
 * on {@code fpath} ({@code #compdef}) or sourced after {@code compinit}.
 */
public final class ZshCompletion {

    private ZshCompletion() {
    }

    public static String script(CompletionWords words) {
        String function = "_" + words.program().replace('-', '_');
        return "#compdef " + words.program() + "\n"
                + BashCompletion.header(words, "zsh", """
                        #   source <(java -jar {{JAR}} completion zsh)          (this shell, after compinit)
                        #   java -jar {{JAR}} completion zsh > "${fpath[1]}/{{FN}}"
                        """.replace("{{FN}}", function))
                + BashCompletion.tables(words, function)
                + SCRIPT.replace("{{FN}}", function).replace("{{PROGRAM}}", words.program())
                        .replace("{{NEXT_DESCRIBED}}", BashCompletion.statements(words.prefixes(),
                                prefix -> described(words.nextWords(prefix).stream()
                                        .map(word -> word + ":" + words.describe(prefix, word)))))
                        .replace("{{OPTIONS}}", BashCompletion.statements(BashCompletion.names(words),
                                name -> described(BashCompletion.command(words, name).options().stream()
                                        .map(option -> option.name() + ":" + option.description()))))
                        .replace("{{PROGRAM_OPTIONS}}", String.join(" ", CompletionWords.PROGRAM_OPTIONS.stream()
                                .map(CompletionWords::quoted).toList()))
                + BashCompletion.define(words, function);
    }

    /** {@code print -rl} of {@code name:description} items: zsh's _describe reads them one per line. */
    private static String described(Stream<String> items) {
        List<String> quoted = items.map(CompletionWords::quoted).toList();
        return quoted.isEmpty() ? "" : "print -rl -- " + String.join(" ", quoted);
    }

    private static final String SCRIPT = """
            {{FN}}_next_described() {
              case "$1" in
            {{NEXT_DESCRIBED}}  esac
            }
            {{FN}}_options() {
              case "$1" in
            {{OPTIONS}}  esac
            }
            {{FN}}() {
              local i=2 typed="" command="" option="" next cur=${words[CURRENT]} prev=${words[CURRENT-1]}
              local -a candidates
              # Options such as --ladder.rules-dir=DIR may come before the command.
              while (( i < CURRENT )) && [[ ${words[i]} == -* ]]; do (( i++ )); done
              while (( i < CURRENT )); do
                next="${typed:+$typed }${words[i]}"
                if {{FN}}_is_command "$next"; then
                  command=$next
                elif [[ -z "$({{FN}}_next "$next")" ]]; then
                  break
                fi
                typed=$next
                (( i++ ))
              done
              if [[ -z $command ]] || { (( i == CURRENT )) && [[ $typed == "$command" ]] \\
                  && [[ -n "$({{FN}}_next "$command")" ]]; }; then
                if (( i == CURRENT )); then
                  candidates=(${(f)"$({{FN}}_next_described "$typed")"})
                  _describe -t commands 'command' candidates
                  [[ -n $typed ]] || compadd -- {{PROGRAM_OPTIONS}}
                fi
                [[ -n $command ]] || return 0
              fi
              if [[ $cur == -*=* ]]; then
                option=${cur%%=*}
                compset -P '*='
              elif [[ $prev == -* ]] && {{FN}}_takes_value "$command" "$prev"; then
                option=$prev
              fi
              if [[ -n $option ]]; then
                candidates=(${=$({{FN}}_values "$command" "$option")})
                if (( ${#candidates} )) && [[ ${candidates[1]} == *= ]]; then
                  compadd -S '' -a candidates
                elif (( ${#candidates} )); then
                  compadd -a candidates
                else
                  _files
                fi
              elif [[ $cur == -* ]]; then
                candidates=(${(f)"$({{FN}}_options "$command")"})
                _describe -t options 'option' candidates
              else
                candidates=(${=$({{FN}}_arguments "$command")})
                (( ${#candidates} )) && compadd -a candidates
                if {{FN}}_files "$command"; then _files; fi
              fi
              return 0
            }
            if [[ ${funcstack[1]} == {{FN}} ]]; then
              {{FN}} "$@"
            else
              compdef {{FN}} {{PROGRAM}}
            fi
            """;
}
