// SPDX-License-Identifier: Apache-2.0
package fr.clas;

import java.math.BigDecimal;

/** Money is {@code long} cents everywhere; these convert to and from exact euros. */
public final class Money {
    private Money() {}

    /** 280070 -> 2800.70 */
    public static BigDecimal euros(long cents) { return BigDecimal.valueOf(cents, 2); }

    /** 2800.70 -> 280070; more than two decimals or out of the long range raises ArithmeticException. */
    public static long cents(BigDecimal euros) { return euros.movePointRight(2).longValueExact(); }
}
