package nl.thuisbasis.siting.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/**
 * Draws the scan's map server-side as a PNG for the PDF: the neighbourhood boundary, the radius, the facilities
 * within it (numbered as in the table) and the candidate. Black and white only, with shapes and line styles
 * instead of colours, so it reads when printed in grey.
 */
final class ScanMapRenderer {

    static final int WIDTH = 900;
    static final int HEIGHT = 640;
    private static final double METRES_PER_DEGREE = 111_132.0;

    private ScanMapRenderer() {
    }

    /**
     * @param areaGeometry the neighbourhood's GeoJSON geometry, or null
     * @param source       the line that names the map's sources, in the reader's language
     */
    static byte[] png(ScanResponse scan, JsonNode areaGeometry, String source) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double halfHeightMetres = scan.radiusMetres() * 1.35;
            double scale = (HEIGHT / 2.0) / halfHeightMetres; // pixels per metre
            Projection p = new Projection(scan.lon(), scan.lat(), scale);

            if (areaGeometry != null) {
                Path2D boundary = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                for (List<double[]> ring : rings(areaGeometry)) {
                    for (int i = 0; i < ring.size(); i++) {
                        double x = p.x(ring.get(i)[0]);
                        double y = p.y(ring.get(i)[1]);
                        if (i == 0) {
                            boundary.moveTo(x, y);
                        } else {
                            boundary.lineTo(x, y);
                        }
                    }
                    boundary.closePath();
                }
                g.setColor(new Color(0xE8E8E8));
                g.fill(boundary);
                g.setColor(new Color(0x444444));
                g.setStroke(new BasicStroke(3f));
                g.draw(boundary);
            }

            double r = scan.radiusMetres() * scale;
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 8f}, 0f));
            g.draw(new Ellipse2D.Double(WIDTH / 2.0 - r, HEIGHT / 2.0 - r, 2 * r, 2 * r));

            g.setStroke(new BasicStroke(2f));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            int number = 1;
            for (ScanSnapshot.NearbyFacility f : scan.facilitiesInRadius()) {
                double x = p.x(f.lon());
                double y = p.y(f.lat());
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(x - 13, y - 13, 26, 26));
                g.setColor(Color.BLACK);
                g.draw(new Ellipse2D.Double(x - 13, y - 13, 26, 26));
                String label = Integer.toString(number++);
                g.drawString(label, (float) (x - g.getFontMetrics().stringWidth(label) / 2.0), (float) (y + 5));
            }

            g.setColor(Color.BLACK);
            g.fill(new Rectangle2D.Double(WIDTH / 2.0 - 10, HEIGHT / 2.0 - 10, 20, 20));
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(WIDTH / 2.0 - 4, HEIGHT / 2.0 - 4, 8, 8));

            // scale bar of 200 m and a north arrow
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3f));
            double bar = 200 * scale;
            g.draw(new java.awt.geom.Line2D.Double(20, HEIGHT - 30, 20 + bar, HEIGHT - 30));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
            g.drawString("200 m", 20, HEIGHT - 38);
            g.drawString("N \u2191", WIDTH - 50, 30);
            g.drawString(source, WIDTH - 12 - g.getFontMetrics().stringWidth(source), HEIGHT - 12);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Local equirectangular projection around the candidate, in pixels, north up. */
    private record Projection(double lon0, double lat0, double scale) {
        double x(double lon) {
            return WIDTH / 2.0 + (lon - lon0) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0)) * scale;
        }

        double y(double lat) {
            return HEIGHT / 2.0 - (lat - lat0) * METRES_PER_DEGREE * scale;
        }
    }

    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        String type = geometry.path("type").asString();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            coordinates.forEach(ring -> rings.add(points(ring)));
        } else if ("MultiPolygon".equals(type)) {
            coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(points(ring))));
        }
        return rings;
    }

    private static List<double[]> points(JsonNode ring) {
        List<double[]> points = new ArrayList<>();
        ring.forEach(c -> points.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()}));
        return points;
    }
}
