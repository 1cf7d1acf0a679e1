package nl.thuisbasis.siting.scan;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.platform.Messages;
import org.springframework.stereotype.Component;

/**
 * Puts a stored scan into words in the reader's language: the reasons from their keys and arguments, each indicator's
 * name from its key. What a scan saved before the texts moved to the bundles stored (Dutch) is shown as it is.
 */
@Component
class ScanTexts {

    private final Messages messages;

    ScanTexts(Messages messages) {
        this.messages = messages;
    }

    ScanResponse view(ScanSnapshot s) {
        Locale locale = Messages.locale();
        Map<String, String> names = new HashMap<>();
        for (ScanSnapshot.Indicator i : s.indicators()) {
            names.put(i.key(), i.labelKey() == null ? i.label()
                    : messages.text(locale, i.labelKey(), i.labelArgs() == null ? new Object[0] : i.labelArgs().toArray()));
        }
        List<String> drivers = s.reasons() == null ? s.drivers()
                : s.reasons().stream().map(r -> messages.text(r.problem(names), locale)).toList();
        List<ScanResponse.Indicator> indicators = s.indicators().stream().map(i -> new ScanResponse.Indicator(i.key(),
                names.get(i.key()), i.direction(), i.weight(), i.value(), i.regionMedian(), i.percentile(), i.strain(),
                i.contribution())).toList();
        return new ScanResponse(s.id(), s.createdBy(), s.organisation(), s.createdAt(), s.lon(), s.lat(), s.address(),
                s.facilityType(), s.capacity(), s.regionCode(), s.municipalityCode(), s.districtCode(),
                s.neighbourhoodCode(), s.areaCode(), s.areaName(), s.modelVersion(), s.orangeFrom(), s.redFrom(), s.strain(),
                s.verdict(), indicators, drivers == null ? List.of() : drivers, s.radiusMetres(), s.facilitiesInRadius(),
                s.notes(), s.regionAreas());
    }
}
