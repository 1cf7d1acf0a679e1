package nl.thuisbasis.planning.model;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a {@link FlowModel} at once, in short English sentences naming the index and code. */
final class FlowModelChecks {

    private static final double ROW_TOLERANCE = 1e-9;

    private final FlowModel model;
    private final List<String> problems = new ArrayList<>();
    private final int municipalities;
    private final int types;
    private final int months;

    FlowModelChecks(FlowModel model) {
        this.model = model;
        this.municipalities = model.municipalityCount();
        this.types = model.typeCount();
        this.months = model.months();
    }

    List<String> problems() {
        if (municipalities == 0) {
            problems.add("there are no municipalities");
        }
        if (types == 0) {
            problems.add("there are no types");
        }
        if (months < 1 || months > FlowModel.MAX_MONTHS) {
            problems.add("months is " + months + ", must be 1 to " + FlowModel.MAX_MONTHS);
        }
        checkPools();
        checkCube("inflow", model.inflow(), false);
        checkCube("capacity", model.capacity(), true);
        if (model.admissionLimit() != null) {
            checkCube("admissionLimit", model.admissionLimit(), true);
        }
        checkStays();
        checkNext();
        checkReturns();
        checkSquare("initialOccupied", model.initialOccupied());
        checkSquare("initialWaiting", model.initialWaiting());
        return List.copyOf(problems);
    }

    private void checkPools() {
        int[] pools = model.poolOf();
        if (pools == null) {
            problems.add("poolOf is missing");
            return;
        }
        if (pools.length != municipalities) {
            problems.add("poolOf has " + pools.length + " entries for " + municipalities + " municipalities");
        }
        for (int m = 0; m < pools.length; m++) {
            if (pools[m] < 0 || pools[m] >= Math.max(1, pools.length)) {
                problems.add("poolOf[" + m + "] (" + municipality(m) + ") is " + pools[m] + ", must be 0 to "
                        + (pools.length - 1));
            }
        }
    }

    private void checkCube(String name, double[][][] cube, boolean infinityAllowed) {
        if (cube == null) {
            problems.add(name + " is missing");
            return;
        }
        if (cube.length != municipalities) {
            problems.add(name + " has " + cube.length + " municipalities, expected " + municipalities);
        }
        for (int m = 0; m < cube.length; m++) {
            if (cube[m] == null || cube[m].length != types) {
                problems.add(name + "[" + m + "] (" + municipality(m) + ") has "
                        + (cube[m] == null ? "no" : String.valueOf(cube[m].length)) + " types, expected " + types);
                continue;
            }
            for (int t = 0; t < types; t++) {
                double[] row = cube[m][t];
                if (row == null || row.length != months) {
                    problems.add(name + "[" + m + "][" + t + "] (" + municipality(m) + ", " + type(t) + ") has "
                            + (row == null ? "no" : String.valueOf(row.length)) + " months, expected " + months);
                    continue;
                }
                for (int k = 0; k < row.length; k++) {
                    double v = row[k];
                    if (Double.isNaN(v) || v < 0 || (!infinityAllowed && Double.isInfinite(v))) {
                        problems.add(name + "[" + m + "][" + t + "][" + k + "] (" + municipality(m) + ", " + type(t)
                                + ", month " + k + ") is " + v + ", must be a number >= 0"
                                + (infinityAllowed ? " or infinity" : ""));
                        break; // one problem per row is enough to find it
                    }
                }
            }
        }
    }

    private void checkStays() {
        StayDistribution[] stay = model.stay();
        if (stay == null) {
            problems.add("stay is missing");
            return;
        }
        if (stay.length != types) {
            problems.add("stay has " + stay.length + " types, expected " + types);
        }
        for (int t = 0; t < stay.length; t++) {
            if (stay[t] == null) {
                problems.add("stay[" + t + "] (" + type(t) + ") is missing");
            }
        }
        if (model.returnDelay() == null) {
            problems.add("returnDelay is missing");
        }
    }

    private void checkNext() {
        double[][] next = model.next();
        if (next == null) {
            problems.add("next is missing");
            return;
        }
        if (next.length != types) {
            problems.add("next has " + next.length + " rows, expected " + types);
        }
        for (int t = 0; t < next.length; t++) {
            if (next[t] == null || next[t].length != types) {
                problems.add("next[" + t + "] (" + type(t) + ") has "
                        + (next[t] == null ? "no" : String.valueOf(next[t].length)) + " columns, expected " + types);
                continue;
            }
            double sum = 0;
            for (int t2 = 0; t2 < types; t2++) {
                double p = next[t][t2];
                if (!(p >= 0 && p <= 1)) {
                    problems.add("next[" + t + "][" + t2 + "] (" + type(t) + " to " + type(t2) + ") is " + p
                            + ", must be 0 to 1");
                }
                sum += p;
            }
            if (sum > 1 + ROW_TOLERANCE) {
                problems.add("next[" + t + "] (" + type(t) + ") sums to " + sum + ", must be at most 1");
            }
        }
    }

    private void checkReturns() {
        double[] share = model.returnShare();
        int[] to = model.returnTo();
        if (share == null) {
            problems.add("returnShare is missing");
        } else {
            if (share.length != types) {
                problems.add("returnShare has " + share.length + " types, expected " + types);
            }
            for (int t = 0; t < share.length; t++) {
                if (!(share[t] >= 0 && share[t] <= 1)) {
                    problems.add("returnShare[" + t + "] (" + type(t) + ") is " + share[t] + ", must be 0 to 1");
                }
            }
        }
        if (to == null) {
            problems.add("returnTo is missing");
            return;
        }
        if (to.length != types) {
            problems.add("returnTo has " + to.length + " types, expected " + types);
        }
        for (int t = 0; t < to.length; t++) {
            if (to[t] < 0 || to[t] >= types) {
                problems.add("returnTo[" + t + "] (" + type(t) + ") is " + to[t] + ", must be a type 0 to " + (types - 1));
            }
        }
    }

    private void checkSquare(String name, double[][] square) {
        if (square == null) {
            problems.add(name + " is missing");
            return;
        }
        if (square.length != municipalities) {
            problems.add(name + " has " + square.length + " municipalities, expected " + municipalities);
        }
        for (int m = 0; m < square.length; m++) {
            if (square[m] == null || square[m].length != types) {
                problems.add(name + "[" + m + "] (" + municipality(m) + ") has "
                        + (square[m] == null ? "no" : String.valueOf(square[m].length)) + " types, expected " + types);
                continue;
            }
            for (int t = 0; t < types; t++) {
                double v = square[m][t];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    problems.add(name + "[" + m + "][" + t + "] (" + municipality(m) + ", " + type(t) + ") is " + v
                            + ", must be a number >= 0");
                }
            }
        }
    }

    private String municipality(int m) {
        return m < municipalities ? model.municipalities().get(m) : "#" + m;
    }

    private String type(int t) {
        return t < types ? model.types().get(t) : "#" + t;
    }
}
