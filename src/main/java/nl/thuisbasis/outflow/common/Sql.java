package nl.thuisbasis.outflow.common;

import java.util.Collection;
import java.util.stream.Collectors;

/** What the outflow repositories share in building SQL. */
public final class Sql {

    private Sql() {
    }

    /** "?,?,?": one placeholder per value, for an {@code in (...)} list. */
    public static String placeholders(Collection<?> values) {
        return values.stream().map(x -> "?").collect(Collectors.joining(","));
    }
}
