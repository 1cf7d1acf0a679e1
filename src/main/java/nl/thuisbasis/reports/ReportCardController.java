package nl.thuisbasis.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The printable report card of a location, for staff who see the location in full (its provider, the municipality). */
@Controller
class ReportCardController {

    private final ReportCard card;
    private final FacilityRegister register;
    private final Organisations organisations;
    private final RegionCatalog catalog;
    private final String publicBaseUrl;

    ReportCardController(ReportCard card, FacilityRegister register, Organisations organisations, RegionCatalog catalog,
            @Value("${thuisbasis.public-base-url:}") String publicBaseUrl) {
        this.card = card;
        this.catalog = catalog;
        this.register = register;
        this.organisations = organisations;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/meldingen/meldkaart/{facilityId}")
    ResponseEntity<byte[]> pdf(@PathVariable String facilityId, HttpServletRequest request) {
        Facility facility = FacilityId.parse(facilityId).flatMap(register::findInFull)
                .filter(f -> !f.secretAddress())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : publicBaseUrl;
        List<String> contacts = new ArrayList<>();
        if (facility.publicContact() != null && !facility.publicContact().isBlank()) {
            contacts.add(organisations.nameOf(facility.providerCode()) + ": " + facility.publicContact());
        } else {
            contacts.add(organisations.nameOf(facility.providerCode()));
        }
        String municipality = catalog.area(facility.municipalityCode()).map(a -> a.name()).orElse(facility.municipalityCode());
        contacts.add("Gemeente " + municipality + ": telefoon 14 + netnummer, of via de website van de gemeente");
        contacts.add("Politie (geen spoed): 0900-8844. Bij spoed: 112");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"meldkaart-" + FacilityRegister.reportCardCode(facility) + ".pdf\"")
                .body(card.pdf(facility, base, contacts));
    }
}
