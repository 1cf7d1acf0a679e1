package nl.thuisbasis.planning.domain;

import static nl.thuisbasis.planning.domain.HousingType.CRISIS;
import static nl.thuisbasis.planning.domain.HousingType.FLEX;
import static nl.thuisbasis.planning.domain.HousingType.HOUSING_FIRST;
import static nl.thuisbasis.planning.domain.HousingType.INTERMEDIATE;
import static nl.thuisbasis.planning.domain.HousingType.PROTECTED_AT_HOME;
import static nl.thuisbasis.planning.domain.HousingType.PROTECTED_HOUSING;
import static nl.thuisbasis.planning.domain.HousingType.SHELTER;
import static nl.thuisbasis.planning.domain.HousingType.SKAEVE_HUSE;
import static nl.thuisbasis.planning.domain.HousingType.TENANCY_WITH_CARE;
import static nl.thuisbasis.planning.domain.HousingType.TRAINING;

import java.util.EnumMap;
import java.util.Map;

/**
 * The defaults a new parameter set starts from where the records have nothing, each with the source it comes from:
 * stays from Rotterdam's figures (seed 004: protected housing 3-5 years, through-flow places 9-16 months) and the
 * shelter norm of at most 3 months; re-entry about 17% (stock-flow models of homelessness systems, anchors); the
 * region's 50 dwellings a year for tailor-made outflow and Housing First (seed 003). Transitions are the programme
 * team's assumptions and say so: a region replaces them with its own figures. They are chosen so that the flows into
 * each type fit the demo register's places today (most crisis stays end at home; a few move on), so that the base
 * run shows the shortfalls the programme answers (Housing First, intermediate places) without every queue growing.
 */
public final class SeedDefaults {

    /** Shortest and longest usual stay in months, and the message key naming the source. */
    public record Stay(int min, int max, String source) {
    }

    public static final Map<HousingType, Stay> STAYS = new EnumMap<>(Map.of(
            SHELTER, new Stay(1, 6, "planning.source.seed.shelterNorm"),
            CRISIS, new Stay(1, 3, "planning.source.assumption"),
            PROTECTED_HOUSING, new Stay(36, 60, "planning.source.seed.rotterdamProtected"),
            PROTECTED_AT_HOME, new Stay(12, 36, "planning.source.assumption"),
            INTERMEDIATE, new Stay(9, 16, "planning.source.seed.rotterdamThroughFlow"),
            TRAINING, new Stay(9, 16, "planning.source.seed.rotterdamThroughFlow"),
            FLEX, new Stay(6, 24, "planning.source.assumption"),
            SKAEVE_HUSE, new Stay(36, 84, "planning.source.assumption"),
            HOUSING_FIRST, new Stay(24, 60, "planning.source.assumption"),
            TENANCY_WITH_CARE, new Stay(12, 24, "planning.source.assumption")));

    /** Where people go when their stay ends (the rest leaves the system to a home of their own or elsewhere). */
    public static final Map<HousingType, Map<HousingType, Double>> TRANSITIONS = new EnumMap<>(Map.of(
            SHELTER, Map.of(PROTECTED_HOUSING, 0.04, INTERMEDIATE, 0.05, TRAINING, 0.10, FLEX, 0.10, HOUSING_FIRST, 0.02,
                    TENANCY_WITH_CARE, 0.08),
            CRISIS, Map.of(SHELTER, 0.05, PROTECTED_AT_HOME, 0.005),
            PROTECTED_HOUSING, Map.of(PROTECTED_AT_HOME, 0.30, INTERMEDIATE, 0.15, TENANCY_WITH_CARE, 0.30, SKAEVE_HUSE, 0.02),
            PROTECTED_AT_HOME, Map.of(PROTECTED_HOUSING, 0.05),
            INTERMEDIATE, Map.of(TENANCY_WITH_CARE, 0.50),
            TRAINING, Map.of(TENANCY_WITH_CARE, 0.40),
            FLEX, Map.of(TENANCY_WITH_CARE, 0.30)));

    /** Re-entry after leaving the system (into shelter). */
    public static final double RETURN_SHARE_AFTER_CARE = 0.17;
    public static final double RETURN_SHARE = 0.10;
    public static final int RETURN_DELAY_MONTHS = 12;

    /** Dwellings a year for outflow with care in Drechtsteden/Alblasserwaard (seed 003), split by households. */
    public static final int REGION_DWELLINGS_PER_YEAR = 50;
    /** Waiting lists for protected housing of about a third of its places (anchors). */
    public static final double PROTECTED_WAITING_SHARE = 1.0 / 3;
    /** Rotterdam (seed 004): about 1,100 protected-housing places and about 900 through-flow places. */
    public static final int ROTTERDAM_PROTECTED = 1100;
    public static final int ROTTERDAM_THROUGH_FLOW = 900;

    private SeedDefaults() {
    }
}
