package nl.thuisbasis.outflow.domain;

/**
 * Passend toewijzen (affordability-fit allocation): the highest rent a household may be offered, from its income band
 * and size and the year's limits (in configuration, in euro cents). A household in the low band gets at most the low
 * capping limit (aftoppingsgrens, 1 or 2 persons) or the high one (3 or more); a single young person under 23 at most
 * the quality-discount limit (kwaliteitskortingsgrens), above which there is no rent allowance at that age; the middle
 * band at most the liberalisation limit (the top of social housing).
 */
public final class AffordabilityFit {

    private AffordabilityFit() {
    }

    /** The limits of one year, in cents. */
    public record Limits(int year, int qualityDiscount, int lowCap, int highCap, int liberalisation) {
        public Limits {
            if (!(0 < qualityDiscount && qualityDiscount <= lowCap && lowCap <= highCap && highCap <= liberalisation)) {
                throw new IllegalArgumentException("limits must be positive and ascending");
            }
        }
    }

    /** Which limit applies, for the explanation. */
    public enum Applied { QUALITY_DISCOUNT, LOW_CAP, HIGH_CAP, LIBERALISATION }

    public static Applied applied(IncomeBand income, int adults, int children, AgeBand age) {
        if (income == IncomeBand.MIDDLE) {
            return Applied.LIBERALISATION;
        }
        int persons = adults + children;
        if (persons >= 3) {
            return Applied.HIGH_CAP;
        }
        if (persons == 1 && age == AgeBand.Y18_22) {
            return Applied.QUALITY_DISCOUNT;
        }
        return Applied.LOW_CAP;
    }

    public static int maxRent(Limits limits, IncomeBand income, int adults, int children, AgeBand age) {
        return switch (applied(income, adults, children, age)) {
            case QUALITY_DISCOUNT -> limits.qualityDiscount();
            case LOW_CAP -> limits.lowCap();
            case HIGH_CAP -> limits.highCap();
            case LIBERALISATION -> limits.liberalisation();
        };
    }
}
