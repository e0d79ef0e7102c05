package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** A table on 80 and 120 columns: the widest column wraps inside itself, nothing is cut, the rest stay aligned. */
class TableTest {

    private static Table profiles() {
        Table table = new Table("ID", "NAME", "LEVEL → TARGET", "VERSIONS");
        table.row("maya-chen", "Maya Chen", "MID → SENIOR", "1");
        table.row("long-name", "Maria-Fernanda de los Angeles Rodriguez-Villanueva y Castellanos Ortega",
                "SENIOR → STAFF", "12");
        return table;
    }

    @Test
    void shouldKeepEachRowOnOneLineWhereTheTableFits() {
        String text = profiles().toString(120);

        assertThat(text.lines()).hasSize(3).allMatch(line -> line.length() <= 120);
        assertThat(text).contains("Maria-Fernanda de los Angeles Rodriguez-Villanueva y Castellanos Ortega  SENIOR");
    }

    @Test
    void shouldWrapTheWidestColumnInsideItselfOnANarrowTerminal() {
        String text = profiles().toString(80);

        assertThat(text.lines()).allMatch(line -> line.length() <= 80);
        assertThat(text.lines()).hasSizeGreaterThan(3);
        int nameColumn = text.lines().findFirst().orElseThrow().indexOf("NAME");
        int levelColumn = text.lines().findFirst().orElseThrow().indexOf("LEVEL");
        assertThat(text.lines().filter(line -> line.startsWith("long-name"))).singleElement()
                .satisfies(line -> assertThat(line.indexOf("SENIOR → STAFF")).isEqualTo(levelColumn));
        assertThat(text.lines().skip(3)).allMatch(line -> line.startsWith(" ".repeat(nameColumn)));
        assertThat(text.replaceAll("\\s+", " ")).contains("Castellanos Ortega");
    }

    @Test
    void shouldLeaveATableAloneWithoutATerminal() {
        assertThat(profiles().toString(0)).isEqualTo(profiles().toString(1000));
    }
}
