package nl.thuisbasis.region.cbsimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On the first start, loads the CBS data shipped in {@code classpath:cbs/} through the same import
 * as an admin's upload, and the configured regions. A later start finds the data and loads nothing.
 */
@Component
@Order(10)
class RegionDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionDataLoader.class);

    /** File and year, in load order: the 2023 PDOK files last so their proper names win. */
    static final Map<String, Integer> SHIPPED = shipped();

    private static Map<String, Integer> shipped() {
        Map<String, Integer> files = new LinkedHashMap<>();
        files.put("nl_wijken_2022_kwb.csv", 2022);
        files.put("doelregio_wijken_2022_kwb.geojson", 2022);
        files.put("nl_gemeenten_2023_simplified.geojson", 2023);
        files.put("drechtsteden_buurten_2023.geojson", 2023);
        return files;
    }

    private final RegionProperties properties;
    private final CbsImportRepository areas;
    private final CbsImportService imports;
    private final GeoLookup lookup;

    RegionDataLoader(RegionProperties properties, CbsImportRepository areas, CbsImportService imports, GeoLookup lookup) {
        this.properties = properties;
        this.areas = areas;
        this.imports = imports;
        this.lookup = lookup;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (RegionProperties.RegionDefinition definition : properties.regions()) {
            areas.saveRegion(new Region(definition.code(), definition.name(), definition.centralMunicipality(),
                    List.copyOf(definition.municipalities())));
        }
        if (!properties.loadDemoData()) {
            return;
        }
        SHIPPED.forEach((file, year) -> {
            if (areas.importedBefore(file, year)) {
                return;
            }
            // generalised CBS boundaries contain a few self-intersections; repair them, as an admin could
            ImportJob job = imports.importNow(file, read("cbs/" + file), year, true, "systeem");
            if (job.status() != ImportJob.Status.SUCCEEDED) {
                throw new IllegalStateException("Shipped CBS file " + file + " did not import: " + job.problems());
            }
        });
        if (areas.countPostcodes() == 0) {
            loadPostcodes();
        }
    }

    private void loadPostcodes() {
        Map<String, Object[]> byPostcode = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("cbs/pc4_4pp_2014.csv").getInputStream()) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String pc4 = row.get("postcode");
                boolean homes = row.get("soort").contains("Adres");
                Object[] existing = byPostcode.get(pc4);
                if (existing != null && !(homes && existing[5] == Boolean.FALSE)) {
                    continue;
                }
                double lat = Double.parseDouble(row.get("latitude"));
                double lon = Double.parseDouble(row.get("longitude"));
                byPostcode.put(pc4, new Object[] {pc4, row.get("woonplaats"), null, lat, lon, homes});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : byPostcode.values()) {
            row[2] = lookup.locate((double) row[4], (double) row[3]).municipalityCode();
            rows.add(new Object[] {row[0], row[1], row[2], row[3], row[4]});
        }
        areas.savePostcodes(rows);
        log.info("Loaded {} PC4 postcode areas", rows.size());
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
