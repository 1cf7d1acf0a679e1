package nl.thuisbasis.reports.card;

import nl.thuisbasis.reports.ReportCards;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.reports.ReportProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The printable report card of a location, for staff who see the location in full (its provider, the municipality). */
@Controller
class ReportCardController {

    private final ReportCard card;
    private final FacilityRegister register;
    private final Organisations organisations;
    private final RegionCatalog catalog;
    private final ReportProperties properties;
    private final Messages messages;

    ReportCardController(ReportCard card, FacilityRegister register, Organisations organisations, RegionCatalog catalog,
            ReportProperties properties, Messages messages) {
        this.card = card;
        this.register = register;
        this.organisations = organisations;
        this.catalog = catalog;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/meldingen/meldkaart/{facilityId}")
    ResponseEntity<byte[]> pdf(@PathVariable FacilityId facilityId, HttpServletRequest request) {
        Facility facility = register.findInFull(facilityId)
                .filter(f -> !f.secretAddress())
                .orElseThrow(Refused::notFound);
        String base = properties.publicBaseUrl().isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : properties.publicBaseUrl();
        List<String> contacts = new ArrayList<>();
        String provider = organisations.nameOf(facility.providerCode());
        if (facility.publicContact() != null && !facility.publicContact().isBlank()) {
            contacts.add(messages.text("card.contact.provider", provider, facility.publicContact()));
        } else {
            contacts.add(provider);
        }
        String municipality = catalog.area(facility.municipalityCode()).map(a -> a.name()).orElse(facility.municipalityCode());
        contacts.add(messages.text("card.contact.municipality", municipality));
        contacts.add(messages.text("card.contact.police"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"meldkaart-" + ReportCards.code(facility) + ".pdf\"")
                .body(card.pdf(facility, base, contacts));
    }
}
