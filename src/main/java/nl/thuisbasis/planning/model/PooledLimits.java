package nl.thuisbasis.planning.model;

/** Capacity and admission limits summed over each pool's municipalities, per type and month. */
final class PooledLimits {

    private final double[][][] capacity;  // [pool][t][k]
    private final double[][][] limit;     // [pool][t][k] or null

    PooledLimits(FlowModel model) {
        int pools = model.poolCount();
        int types = model.typeCount();
        int months = model.months();
        capacity = new double[pools][types][months];
        limit = model.admissionLimit() == null ? null : new double[pools][types][months];
        for (int m = 0; m < model.municipalityCount(); m++) {
            int p = model.poolOf()[m];
            for (int t = 0; t < types; t++) {
                for (int k = 0; k < months; k++) {
                    capacity[p][t][k] += model.capacity()[m][t][k];
                    if (limit != null) {
                        limit[p][t][k] += model.admissionLimit()[m][t][k];
                    }
                }
            }
        }
    }

    int pools() {
        return capacity.length;
    }

    double capacity(int pool, int type, int month) {
        return capacity[pool][type][month];
    }

    /** The pooled admission limit, or infinity when the model has none. */
    double limit(int pool, int type, int month) {
        return limit == null ? Double.POSITIVE_INFINITY : limit[pool][type][month];
    }

    /** Free places: capacity minus occupancy, never negative (nobody is evicted), at most the admission limit. */
    double free(int pool, int type, int month, double occupied) {
        return Math.min(Math.max(0, capacity[pool][type][month] - occupied), limit(pool, type, month));
    }
}
