package nl.thuisbasis.planning.domain;

import java.time.LocalDate;

/** A half-year (2027 first half = 2027-1): how the programme plans its places. */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2");
        }
    }

    /** The half-year a date falls in. */
    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** "2027-1" or "2027-2"; anything else is null. */
    public static HalfYear parse(String text) {
        if (text == null || !text.trim().matches("\\d{4}-[12]")) {
            return null;
        }
        String t = text.trim();
        return new HalfYear(Integer.parseInt(t.substring(0, 4)), t.charAt(5) - '0');
    }

    /** How many half-years {@code later} is after this one (negative when before). */
    public int halvesUntil(HalfYear later) {
        return (later.year - year) * 2 + (later.half - half);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    public String code() {
        return year + "-" + half;
    }

    @Override
    public int compareTo(HalfYear other) {
        return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
        return code();
    }
}
