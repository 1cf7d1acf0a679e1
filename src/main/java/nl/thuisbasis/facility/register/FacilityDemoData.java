package nl.thuisbasis.facility.register;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityProperties;
import nl.thuisbasis.facility.domain.FacilityColumns;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Refused;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo facilities on the first start (an empty register): the facilities the Drechtsteden
 * documents name, plus generated ones (marked as such) so that every municipality has some.
 * The file uses the import layout, so the demo data passes the same validation as any import.
 */
@Component
@Order(30)
class FacilityDemoData implements ApplicationRunner {

    static final String RESOURCE = "facility/demo-facilities.csv";
    static final String SYSTEM_ACTOR = "systeem (demodata)";
    private static final Logger log = LoggerFactory.getLogger(FacilityDemoData.class);

    private final FacilityProperties properties;
    private final FacilityRepository repository;
    private final FacilityService service;

    FacilityDemoData(FacilityProperties properties, FacilityRepository repository, FacilityService service) {
        this.properties = properties;
        this.repository = repository;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.loadDemoData() || repository.count() > 0) {
            return;
        }
        List<FacilityDraft> drafts = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, String> cells = new LinkedHashMap<>(record.toMap());
                FacilityColumns.ParsedRow row = FacilityColumns.read(cells);
                if (!row.problems().isEmpty()) {
                    throw new IllegalStateException("Demo facility row " + record.getRecordNumber() + ": " + row.problems());
                }
                drafts.add(row.draft());
            }
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SYSTEM_ACTOR, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            service.registerAll(new Viewer(Role.ADMIN, "thuisbasis-beheer", null), drafts);
        } catch (Refused e) {
            // Without the demo organisations (demo accounts switched off) the providers are unknown: skip quietly.
            log.warn("Demo facilities not loaded: {}", e.getMessage());
            return;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        log.info("Loaded {} demo facilities", drafts.size());
    }
}
