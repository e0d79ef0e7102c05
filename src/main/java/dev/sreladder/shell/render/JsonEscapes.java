package dev.sreladder.shell.render;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

import dev.sreladder.system.Text;

/**
 * Jackson escapes the C0 controls in JSON strings itself; these escapes add DEL, the C1 controls
 * (U+009B is an 8-bit CSI to some terminals), the line and paragraph separators and the bidi
 * controls of {@link Text#isControl}, so JSON printed on a terminal cannot drive it either.
 */
final class JsonEscapes extends CharacterEscapes {

    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7F] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        return Text.isControl(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
    }
}
