package nl.thuisbasis.region;

import java.util.regex.Pattern;

/** The three CBS area levels: gemeente (GM), wijk (WK), buurt (BU). */
public enum AreaLevel {
    MUNICIPALITY("GM", Pattern.compile("GM\\d{4}")),
    DISTRICT("WK", Pattern.compile("WK\\d{6}")),
    NEIGHBOURHOOD("BU", Pattern.compile("BU\\d{8}"));

    private final String prefix;
    private final Pattern pattern;

    AreaLevel(String prefix, Pattern pattern) {
        this.prefix = prefix;
        this.pattern = pattern;
    }

    public boolean accepts(String code) {
        return code != null && pattern.matcher(code).matches();
    }

    /** The level a well-formed CBS code belongs to, or {@code null}. */
    public static AreaLevel ofCode(String code) {
        for (AreaLevel level : values()) {
            if (level.accepts(code)) {
                return level;
            }
        }
        return null;
    }

    /** GM code of the municipality a WK or BU code lies in (digits 3-6). */
    public static String municipalityCodeOf(String code) {
        return "GM" + code.substring(2, 6);
    }

    public String prefix() {
        return prefix;
    }

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
