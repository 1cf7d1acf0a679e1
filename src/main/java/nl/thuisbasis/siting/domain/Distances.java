package nl.thuisbasis.siting.domain;

/** Distances in metres between WGS84 points at the scale of a region (equirectangular, well within 0.5% here). */
public final class Distances {

    private static final double METRES_PER_DEGREE_LAT = 111_132.0;

    private Distances() {
    }

    public static double metres(double lon1, double lat1, double lon2, double lat2) {
        double x = (lon2 - lon1) * METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = (lat2 - lat1) * METRES_PER_DEGREE_LAT;
        return Math.sqrt(x * x + y * y);
    }

    /** Facilities within the radius, their places, and the distance to the nearest (NaN when there are none). */
    public record Near(int count, int places, double nearestMetres) {
    }

    public static Near near(double lon, double lat, double[] lons, double[] lats, int[] capacities, double radiusMetres) {
        int count = 0;
        int places = 0;
        double nearest = Double.NaN;
        for (int i = 0; i < lons.length; i++) {
            double d = metres(lon, lat, lons[i], lats[i]);
            if (d <= radiusMetres) {
                count++;
                places += capacities[i];
            }
            if (Double.isNaN(nearest) || d < nearest) {
                nearest = d;
            }
        }
        return new Near(count, places, nearest);
    }
}
