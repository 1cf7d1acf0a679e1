package nl.thuisbasis.siting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facilities on a grid of cells about one radius wide, so that "how many within the radius" looks at 9 cells and
 * "the nearest" at a few rings of cells, instead of at every facility: national scale stays fast.
 */
public final class NearbyIndex {

    private static final double METRES_PER_DEGREE = 111_132.0;

    private final double radiusMetres;
    private final double cellLat;
    private final double cellLon;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final double[] lons;
    private final double[] lats;
    private final int[] capacities;
    private final int maxRing;

    public NearbyIndex(double[] lons, double[] lats, int[] capacities, double radiusMetres) {
        this.lons = lons;
        this.lats = lats;
        this.capacities = capacities;
        this.radiusMetres = radiusMetres;
        // cells sized for latitudes up to 54 degrees north (the Netherlands): a cell is at least a radius wide
        this.cellLat = radiusMetres / METRES_PER_DEGREE;
        this.cellLon = radiusMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(54)));
        for (int i = 0; i < lons.length; i++) {
            cells.computeIfAbsent(key(col(lons[i]), row(lats[i])), k -> new ArrayList<>()).add(i);
        }
        this.maxRing = 2000;
    }

    public Distances.Near near(double lon, double lat) {
        int c = col(lon);
        int r = row(lat);
        int count = 0;
        int places = 0;
        double nearest = Double.NaN;
        for (int dc = -1; dc <= 1; dc++) {
            for (int dr = -1; dr <= 1; dr++) {
                for (int i : cells.getOrDefault(key(c + dc, r + dr), List.of())) {
                    double d = Distances.metres(lon, lat, lons[i], lats[i]);
                    if (d <= radiusMetres) {
                        count++;
                        places += capacities[i];
                    }
                    if (Double.isNaN(nearest) || d < nearest) {
                        nearest = d;
                    }
                }
            }
        }
        // cells beyond the 3x3 block are at least one radius away: only look there when nothing closer was found
        if ((Double.isNaN(nearest) || nearest > radiusMetres) && lons.length > 0) {
            nearest = nearestBeyond(lon, lat, c, r, nearest);
        }
        return new Distances.Near(count, places, nearest);
    }

    /** Searches rings of cells outward until no closer facility can exist. */
    private double nearestBeyond(double lon, double lat, int c, int r, double found) {
        double best = found;
        for (int ring = 2; ring <= maxRing; ring++) {
            for (int dc = -ring; dc <= ring; dc++) {
                for (int dr = -ring; dr <= ring; dr++) {
                    if (Math.abs(dc) != ring && Math.abs(dr) != ring) {
                        continue;
                    }
                    for (int i : cells.getOrDefault(key(c + dc, r + dr), List.of())) {
                        double d = Distances.metres(lon, lat, lons[i], lats[i]);
                        if (Double.isNaN(best) || d < best) {
                            best = d;
                        }
                    }
                }
            }
            // every cell in the next ring is at least (ring) cells, i.e. ring * radius metres, away
            if (!Double.isNaN(best) && best <= ring * radiusMetres) {
                return best;
            }
        }
        return best;
    }

    private int col(double lon) {
        return (int) Math.floor(lon / cellLon);
    }

    private int row(double lat) {
        return (int) Math.floor(lat / cellLat);
    }

    private static long key(int col, int row) {
        return ((long) col << 32) ^ (row & 0xffffffffL);
    }
}
