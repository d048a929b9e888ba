package org.concordance.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.OptionalInt;

/**
 * A whole number in a query parameter ({@code page}, {@code size}), read one way for every page:
 * ASCII digits with an optional sign, surrounding spaces ignored. Other digits ("٣"), fractions and
 * words are malformed; a number beyond an int is {@link Integer#MAX_VALUE} (or its negative), past
 * any page, as 99 is past the last: not malformed.
 */
final class QueryNumber {
    private QueryNumber() {
    }

    /**
     * The number the parameter {@code name} holds, empty when it is absent or blank.
     *
     * @throws BadRequestResponse when it holds something else than a whole number
     */
    static OptionalInt of(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        String text = value.strip();
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("+") || negative ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequestResponse("'" + name + "' must be a whole number, written in the digits 0 to 9.");
        }
        String significant = digits.replaceFirst("^0+", "");
        long magnitude = significant.length() > 10 ? Long.MAX_VALUE : significant.isEmpty() ? 0 : Long.parseLong(significant);
        int saturated = (int) Math.min(magnitude, Integer.MAX_VALUE);
        return OptionalInt.of(negative ? -saturated : saturated);
    }
}
