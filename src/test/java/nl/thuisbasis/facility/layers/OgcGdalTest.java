package nl.thuisbasis.facility.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** GDAL's OGC API Features driver (Debian gdal-bin, installed by .ci/run) reads both collections from the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("GDAL reads the OGC collections")
class OgcGdalTest {

    @LocalServerPort
    int port;

    @Autowired
    FacilityLayers layers;

    @Autowired
    JsonMapper json;

    private String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command.getFirst() + " is not installed; install Debian's gdal-bin (bash .ci/run does this).");
            throw e;
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within 120 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static long featureCount(String ogrinfo) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
        assertThat(m.find()).as(ogrinfo).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void ogrinfo_counts_the_expected_features_in_both_collections() throws Exception {
        String service = "OAPIF:http://localhost:" + port + "/ogc";
        long areas = layers.publicLayer().areas().stream().filter(a -> a.lon() != null).count();
        long facilities = layers.publicLayer().facilities().size();
        assertThat(areas).isPositive();
        assertThat(facilities).isPositive();

        String listing = run(List.of("ogrinfo", "-ro", "-so", service));
        assertThat(listing).contains("facility-areas", "public-facilities");
        assertThat(featureCount(run(List.of("ogrinfo", "-ro", "-so", "-al", service, "facility-areas")))).isEqualTo(areas);
        assertThat(featureCount(run(List.of("ogrinfo", "-ro", "-so", "-al", service, "public-facilities")))).isEqualTo(facilities);
    }

    @Test
    void ogr2ogr_copies_every_public_facility_following_the_paging_links(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("public-facilities.geojson");
        run(List.of("ogr2ogr", "-f", "GeoJSON", out.toString(), "OAPIF:http://localhost:" + port + "/ogc",
                "public-facilities", "-oo", "PAGE_SIZE=5"));
        var collection = json.readTree(Files.readString(out));
        assertThat(collection.path("features").size()).isEqualTo(layers.publicLayer().facilities().size());
        assertThat(collection.path("features").get(0).path("properties").has("name")).isTrue();
    }
}
