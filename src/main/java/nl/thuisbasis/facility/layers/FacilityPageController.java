package nl.thuisbasis.facility.layers;

import nl.thuisbasis.identity.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.facility.layers.FacilityLayers.PublicArea;
import nl.thuisbasis.facility.layers.Selections.Filters;
import nl.thuisbasis.facility.layers.Selections.Selection;
import nl.thuisbasis.facility.register.FacilityResponse;
import nl.thuisbasis.facility.register.GeoJsonPoints;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Messages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The facility map and its table alternative: one page per view, the layer chosen by who is logged in, the same
 * filters and the same selection behind the map data, the table and the CSV export.
 */
@Controller
class FacilityPageController {

    private final Selections selections;
    private final Organisations organisations;
    private final Messages messages;

    FacilityPageController(Selections selections, Organisations organisations, Messages messages) {
        this.selections = selections;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/voorzieningen")
    String index(@ModelAttribute Filters filters) {
        String q = filters.queryString();
        return "redirect:/voorzieningen/kaart" + (q.isEmpty() ? "" : "?" + q);
    }

    @GetMapping("/voorzieningen/kaart")
    String map(@ModelAttribute Filters filters, Model model) {
        page(model, filters, selections.select(filters));
        return "facility/map";
    }

    @GetMapping("/voorzieningen/tabel")
    String table(@ModelAttribute Filters filters, Model model) {
        page(model, filters, selections.select(filters));
        return "facility/table";
    }

    @GetMapping(value = "/voorzieningen/kaart/data", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> data(@ModelAttribute Filters filters) {
        Selection selection = selections.select(filters);
        List<Map<String, Object>> features = new ArrayList<>();
        Locale locale = Messages.locale();
        for (PublicArea area : selection.areas()) {
            if (area.lon() == null) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", "area");
            p.put("pc4", area.figures().pc4());
            p.put("place", area.place());
            p.put("suppressed", area.figures().suppressed());
            p.put("facilities", area.figures().facilities());
            p.put("capacity", area.figures().capacityRounded());
            if (!area.figures().suppressed()) {
                Map<String, Integer> categories = new LinkedHashMap<>();
                area.figures().perCategory().forEach((c, n) -> categories.put(messages.text(locale, "facility.category." + c.name()), n));
                p.put("categories", categories);
            }
            features.add(GeoJsonPoints.feature(area.figures().pc4(), area.lon(), area.lat(), p));
        }
        for (FacilityResponse f : selection.facilities()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", "facility");
            p.put("id", f.id());
            p.put("detail", f.detail());
            p.put("name", f.name());
            p.put("type", messages.text(locale, "facility.type." + f.type()));
            p.put("category", f.category());
            p.put("status", messages.text(locale, "facility.status." + f.status()));
            putIfPresent(p, "provider", f.providerName());
            putIfPresent(p, "capacity", f.capacity() == null ? null
                    : f.capacity() + " " + messages.text(locale, "facility.unit." + f.capacityUnit()));
            putIfPresent(p, "pc6", f.pc6());
            putIfPresent(p, "url", f.url());
            putIfPresent(p, "publicContact", f.publicContact());
            if (FacilityResponse.showsAddress(Visibility.valueOf(f.detail().toUpperCase(Locale.ROOT)))) {
                p.put("address", f.street() + " " + f.houseNumber() + ", " + f.postcode() + " " + f.place());
            } else {
                p.put("address", f.pc6() != null ? f.pc6() + " " + f.place() : f.place());
            }
            if ("full".equals(f.detail())) {
                p.put("href", ServletUriComponentsBuilder.fromCurrentContextPath().path("/voorzieningen/{id}")
                        .buildAndExpand(f.id()).toUriString());
            }
            features.add(GeoJsonPoints.feature(f.id(), f.lon(), f.lat(), p));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FeatureCollection");
        body.put("layer", selection.layer().name());
        body.put("count", selection.count());
        body.put("features", features);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(body);
    }

    private void page(Model model, Filters filters, Selection selection) {
        model.addAttribute("filters", filters);
        model.addAttribute("query", filters.queryString());
        model.addAttribute("selection", selection);
        model.addAttribute("filterProblems", messages.texts(selection.problems()));
        model.addAttribute("layer", selection.layer().name());
        model.addAttribute("mayRegister", FacilityAccess.mayRegisterAny(CurrentUser.currentViewer()));
        model.addAttribute("municipalities", selections.municipalities());
        model.addAttribute("categories", FacilityCategory.values());
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("statuses", FacilityStatus.values());
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .sorted(Comparator.comparing(Organisation::name)).toList());
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            map.put(key, value);
        }
    }
}
