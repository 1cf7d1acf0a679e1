package nl.thuisbasis.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

/** Puts the map tile settings in the model of every page, so no module reads them itself. */
@ControllerAdvice
class MapModelAdvice {

    private final MapProperties maps;

    MapModelAdvice(MapProperties maps) {
        this.maps = maps;
    }

    @ModelAttribute
    void tiles(Model model) {
        model.addAttribute("tileUrl", maps.tileUrl() == null ? "" : maps.tileUrl());
        model.addAttribute("tileAttribution", maps.tileAttribution() == null ? "" : maps.tileAttribution());
        model.addAttribute("outlinesUrl", maps.outlineRegion() == null || maps.outlineRegion().isBlank() ? ""
                : "/api/v1/municipalities?pageSize=100&region=" + java.net.URLEncoder.encode(maps.outlineRegion(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
