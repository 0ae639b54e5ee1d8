// SPDX-License-Identifier: Apache-2.0
package fr.clas;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as it crosses into the library: strict UTF-8. A NUL character would cut the text
 * short and a lone surrogate has no UTF-8 form, so both raise the library's error instead
 * of being truncated or replaced.
 */
final class Utf8 {
    private Utf8() {}

    static byte[] encode(String s, String what) {
        if (s == null)
            return null;
        int n = s.length();
        byte[] ascii = new byte[n];
        int i = 0;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == 0 || ch >= 0x80)
                break;
            ascii[i] = (byte) ch;
        }
        if (i == n)
            return ascii;           // the common case, without an encoder
        if (s.indexOf('\0') >= 0)
            throw ClasException.own(Status.CLAS_EINVAL, what + ": text contains a NUL character", what);
        CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw ClasException.own(Status.CLAS_EUTF8, what + ": text is not valid Unicode (lone surrogate)", what);
        }
    }

    static String decode(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
