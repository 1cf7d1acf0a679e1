package nl.thuisbasis.siting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Finding facilities near a point")
class NearbyIndexTest {

    @Test
    void the_grid_gives_the_same_answers_as_looking_at_every_facility() {
        Random random = new Random(7);
        int n = 2000;
        double[] lons = new double[n];
        double[] lats = new double[n];
        int[] capacities = new int[n];
        for (int i = 0; i < n; i++) {
            lons[i] = 3.4 + random.nextDouble() * 3.8;
            lats[i] = 50.8 + random.nextDouble() * 2.6;
            capacities[i] = 1 + random.nextInt(30);
        }
        NearbyIndex index = new NearbyIndex(lons, lats, capacities, 500);
        for (int q = 0; q < 500; q++) {
            double lon = 3.4 + random.nextDouble() * 3.8;
            double lat = 50.8 + random.nextDouble() * 2.6;
            if (q % 5 == 0) { // near a facility, so the radius counts are not all zero
                lon = lons[q] + 0.001;
                lat = lats[q];
            }
            Distances.Near expected = Distances.near(lon, lat, lons, lats, capacities, 500);
            Distances.Near actual = index.near(lon, lat);
            assertThat(actual.count()).isEqualTo(expected.count());
            assertThat(actual.places()).isEqualTo(expected.places());
            assertThat(actual.nearestMetres()).isEqualTo(expected.nearestMetres());
        }
    }

    @Test
    void with_sparse_facilities_the_nearest_is_still_exact() {
        Random random = new Random(11);
        int n = 40;
        double[] lons = new double[n];
        double[] lats = new double[n];
        int[] capacities = new int[n];
        for (int i = 0; i < n; i++) {
            lons[i] = 4.5 + random.nextDouble() * 0.4;
            lats[i] = 51.7 + random.nextDouble() * 0.3;
            capacities[i] = 1;
        }
        NearbyIndex index = new NearbyIndex(lons, lats, capacities, 500);
        for (int q = 0; q < 2000; q++) {
            double lon = 4.5 + random.nextDouble() * 0.4;
            double lat = 51.7 + random.nextDouble() * 0.3;
            assertThat(index.near(lon, lat).nearestMetres())
                    .isEqualTo(Distances.near(lon, lat, lons, lats, capacities, 500).nearestMetres());
        }
    }

    @Test
    void a_point_far_from_every_facility_still_finds_the_nearest_and_an_empty_index_finds_none() {
        NearbyIndex index = new NearbyIndex(new double[] {4.67}, new double[] {51.81}, new int[] {5}, 500);
        assertThat(index.near(6.5, 53.2).nearestMetres()).isGreaterThan(150_000);
        assertThat(new NearbyIndex(new double[0], new double[0], new int[0], 500).near(4.67, 51.81).nearestMetres()).isNaN();
    }
}
