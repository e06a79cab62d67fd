package org.replenish.fuzz;

import java.util.List;
import java.util.Random;

/** The awkward values the mutations draw from. */
final class Values {

    /** Numbers at and around every edge: subnormal, the input floor, zero, negative, huge, beyond double. */
    static final List<String> NUMBERS = List.of("0", "-0.0", "5e-324", "4.9E-324", "2.2250738585072014E-308", "1e-7",
            "0.000999", "0.001", "0.0010001", "1", "-1", "-0.001", "1.5", "99", "100", "120", "120.0001", "1440", "5000",
            "20000", "20000.01", "99999.999", "100000", "100000.001", "1e9", "1e15", "9007199254740993",
            "9223372036854775808", "1.7976931348623157e308", "-1.7976931348623157e308", "1e308", "1e400", "-1e400",
            "1E+99999", "2147483648", "-2147483649", "3.0", "1e2");

    /** Number-like text that JSON does not allow as a number token. */
    static final List<String> BAD_NUMBER_TOKENS = List.of("NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.",
            "0x10", "1e", "--1", "1_000");

    /** Numbers in quotes, which must be refused everywhere. */
    static final List<String> QUOTED_NUMBERS = List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e3\"", "\"5\"",
            "\" 5\"", "\"0x10\"", "\"5e-324\"", "\"\"");

    /** Text that stresses decoding and echoing: emoji, RTL, NUL, a lone surrogate, markup, a long run. */
    static final List<String> STRINGS = List.of("", " ", "é", "\uD83D\uDCA7\uD83E\uDDC2", "\u202Eevil", "\u0000",
            "\uD800", "<script>alert(1)</script>", "${jndi:ldap://x}", "%s%n", "../../etc/passwd", "MALE ",
            "male", "NASEM_DRI\n", "a".repeat(300), "\u00ff".repeat(1000), "null", "true", "1");

    private Values() {
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
