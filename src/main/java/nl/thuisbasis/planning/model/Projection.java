package nl.thuisbasis.planning.model;

/**
 * What a deterministic projection gives, all by origin municipality m: [m][t][k], counted at the end of month k.
 *
 * @param occupied       in a place of type t (includes those who finished and wait there for their next type)
 * @param waitingOutside waiting outside (not in any place of the system) for type t
 * @param waitingInPlace sitting in some other type's place, waiting for type t
 * @param admitted       admissions into t during month k
 * @param left           left a place of type t during month k (moved on when admitted elsewhere, or out of the system)
 */
public record Projection(FlowModel model,
        double[][][] occupied,
        double[][][] waitingOutside,
        double[][][] waitingInPlace,
        double[][][] admitted,
        double[][][] left) {

    /** People who need type t now: occupied + waiting outside + waiting in another type's place. */
    public double demand(int m, int t, int k) {
        return occupied[m][t][k] + waitingOutside[m][t][k] + waitingInPlace[m][t][k];
    }

    /** Waiting outside and in another type's place. */
    public double waiting(int m, int t, int k) {
        return waitingOutside[m][t][k] + waitingInPlace[m][t][k];
    }
}
