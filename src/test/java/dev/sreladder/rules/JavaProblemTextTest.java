package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java compiler's messages about a rule's code, as the rule's author reads them. */
class JavaProblemTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Syntax error on token "x", delete this token | unexpected 'x'
            Syntax error on token ")", ; expected | unexpected ')' where ; was expected
            Syntax error, insert ";" to complete Statement | ';' missing at the end of this line
            years cannot be resolved to a variable | 'years' is not defined: bind it in 'when' ($x : ...) or \
            declare it above this line
            Profil cannot be resolved to a type | unknown type 'Profil'
            The method note(RuleContext, Profile, String, String) in the type RuleApi is not applicable for the \
            arguments (KnowledgeHelper, int) | note(...) takes (drools, Profile, String, String), not (drools, int)
            The method levl() is undefined for the type Profile | Profile has no method levl()
            Type mismatch: cannot convert from org.drools.core.rule.consequence.KnowledgeHelper to String | \
            Type mismatch: cannot convert from drools to String
            """)
    void shouldSayWhatIsWrongWithoutTheCompilersRepairsOrDroolsClasses(String message, String plain) {
        assertThat(JavaProblemText.plain(message)).isEqualTo(plain);
    }

    @Test
    void shouldSayWhatJavaParserFoundWithoutTheListOfWhatCouldFollow() {
        assertThat(JavaProblemText.parseError("Parse error. Found  \"insert\" <IDENTIFIER>, expected one of  \"!=\""
                + " \"%\" \";\" \"<\"")).isEqualTo("unexpected 'insert' (a ';' missing before it?)");
        assertThat(JavaProblemText.parseError("Parse error. Found \";\", expected one of  \"!\" \"(\" \"+\""))
                .isEqualTo("unexpected ';'");
        assertThat(JavaProblemText.parseError("something else")).isEmpty();
    }
}
