package nl.thuisbasis.siting.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.siting.domain.Distances;
import nl.thuisbasis.siting.domain.IndicatorName;
import nl.thuisbasis.siting.domain.IndicatorResult;

/**
 * Everything a scan showed, as it is stored with a saved scan (a decision record that never changes): the candidate,
 * where it lies, the model version, the verdict with its indicators and reasons, the facilities within the radius, the
 * notes. Missing numbers are null (JSON has no NaN).
 * <p>
 * Scans saved since the texts moved to the bundles store their {@code reasons} as message keys with arguments and each
 * indicator's name as a key ({@code labelKey}, {@code labelArgs}), so they read in any language; scans saved earlier
 * have Dutch {@code drivers} and labels, and keep showing exactly those.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanSnapshot(UUID id, String createdBy, String organisation, Instant createdAt, double lon, double lat,
        String address, String facilityType, int capacity, String regionCode, String municipalityCode,
        String districtCode, String neighbourhoodCode, String areaCode, String areaName, int modelVersion,
        double orangeFrom, double redFrom, Double strain, String verdict, List<Indicator> indicators,
        List<String> drivers, List<Reason> reasons, int radiusMetres, List<NearbyFacility> facilitiesInRadius,
        List<Note> notes, int regionAreas) {

    /** One scored indicator; {@code label} is the model's (Dutch) label, {@code labelKey} its name in the bundles. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String key, String label, String direction, double weight, Double value, Double regionMedian,
            Double percentile, Double strain, double contribution, String labelKey, List<Object> labelArgs) {

        static Indicator of(IndicatorResult r, Problem.Label text) {
            return new Indicator(r.key(), r.label(), r.direction().name(), r.weight(), orNull(r.value()),
                    orNull(r.regionMedian()), orNull(r.percentile()), orNull(r.strain()), r.contribution(),
                    text == null ? null : text.key(), text == null || text.args().isEmpty() ? null : text.args());
        }
    }

    /** A facility within the radius (scan layer; secret addresses are never included). */
    public record NearbyFacility(String id, String name, String type, int capacity, String capacityUnit, String address,
            double lon, double lat, int metres) {
    }

    /** A note on the neighbourhood. */
    public record Note(String text, String author, String organisation, String notedOn) {

        /** The date as a date, for showing it the reader's way. */
        public LocalDate notedOnDate() {
            return notedOn == null ? null : LocalDate.parse(notedOn);
        }
    }

    /**
     * One reason of the verdict: a message key and its arguments, each a number, a text, an indicator (its key, and
     * the model's label for when it has no name of its own) or a message key.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(String key, List<Arg> args) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Arg(BigDecimal number, String text, String indicator, String label, String message) {
        }

        static Reason of(Problem problem) {
            List<Arg> args = new ArrayList<>();
            for (Object arg : problem.args()) {
                args.add(switch (arg) {
                    case IndicatorName name -> new Arg(null, null, name.key(), name.label(), null);
                    case Problem.Label label -> new Arg(null, null, null, null, label.key());
                    case BigDecimal number -> new Arg(number, null, null, null, null);
                    case Long number -> new Arg(BigDecimal.valueOf(number), null, null, null, null);
                    case Integer number -> new Arg(BigDecimal.valueOf(number), null, null, null, null);
                    case Double number -> new Arg(BigDecimal.valueOf(number), null, null, null, null);
                    default -> new Arg(null, String.valueOf(arg), null, null, null);
                });
            }
            return new Reason(problem.key(), args);
        }

        /** The reason as a problem to put into words; an indicator argument becomes its name in the reader's language. */
        Problem problem(Map<String, String> indicatorNames) {
            List<Object> values = new ArrayList<>();
            for (Arg arg : args == null ? List.<Arg>of() : args) {
                if (arg.indicator() != null) {
                    values.add(indicatorNames.getOrDefault(arg.indicator(), arg.label()));
                } else if (arg.message() != null) {
                    values.add(Problem.label(arg.message()));
                } else if (arg.number() != null) {
                    values.add(arg.number());
                } else {
                    values.add(arg.text());
                }
            }
            return new Problem(null, null, key, values);
        }
    }

    /**
     * The snapshot of a scan.
     *
     * @param texts each indicator's name as a message key, where its source gives one
     */
    static ScanSnapshot of(ScanResult r, UUID id, String createdBy, String organisation, Instant createdAt,
            Function<String, Problem.Label> texts) {
        return new ScanSnapshot(id, createdBy, organisation, createdAt, r.request().lon(), r.request().lat(),
                r.request().address(), r.request().facilityType().name(), r.request().capacity(), r.regionCode(),
                r.location().municipalityCode(), r.location().districtCode(), r.location().neighbourhoodCode(),
                r.area().code(), r.area().name(), r.model().version(), r.model().orangeFrom(), r.model().redFrom(),
                orNull(r.outcome().strain()), r.outcome().verdict().name(),
                r.outcome().indicators().stream().map(i -> Indicator.of(i, texts.apply(i.key()))).toList(), null,
                r.outcome().drivers().stream().map(Reason::of).toList(), r.radiusMetres(),
                r.facilitiesInRadius().stream().map(f -> new NearbyFacility(f.id().toString(), f.name(), f.type().name(),
                        f.capacity(), f.capacityUnit().name(), f.addressLine(), f.lon(), f.lat(),
                        (int) Math.round(Distances.metres(r.request().lon(), r.request().lat(), f.lon(), f.lat()))))
                        .toList(),
                r.notes().stream().map(n -> new Note(n.text(), n.author(), n.organisation(), n.notedOn().toString())).toList(),
                r.regionAreas());
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
