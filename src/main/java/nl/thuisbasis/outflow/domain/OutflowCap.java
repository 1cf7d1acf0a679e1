package nl.thuisbasis.outflow.domain;

/**
 * The cap on outflow per corporation (seed 004: at most 25% of its vacated dwellings go to outflow). Over a year, the
 * corporation reports its total vacancies per quarter; the dwellings it may still give to outflow are the cap share of
 * the reported total minus those already let to or offered to the scheme. Without a reported total the cap cannot be
 * checked: that is flagged, and matching does not stop the corporation.
 */
public final class OutflowCap {

    private OutflowCap() {
    }

    /** The state of one corporation in one year. {@code reportedTotal} is null when it reported nothing yet. */
    public record State(Integer reportedTotal, int used, int capPercent) {

        /** How many of the reported vacancies may go to outflow: floor(cap% x total). */
        public Integer allowed() {
            return reportedTotal == null ? null : (int) Math.floor(reportedTotal * (capPercent / 100.0) + 1e-9);
        }

        /** How many more may go to outflow; null when no total was reported. */
        public Integer remaining() {
            return reportedTotal == null ? null : Math.max(0, allowed() - used);
        }

        public boolean exceeded() {
            return reportedTotal != null && used > allowed();
        }

        public boolean unknown() {
            return reportedTotal == null;
        }

        /** The share used, in percent of the reported total (null without a total or with a total of 0). */
        public Double sharePercent() {
            return reportedTotal == null || reportedTotal == 0 ? null : Math.round(1000.0 * used / reportedTotal) / 10.0;
        }
    }
}
