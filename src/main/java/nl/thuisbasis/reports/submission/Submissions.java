package nl.thuisbasis.reports.submission;

import nl.thuisbasis.reports.ReportCards;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.domain.PlaceNames;
import nl.thuisbasis.reports.domain.ReportStatus;
import nl.thuisbasis.reports.domain.Routing;
import nl.thuisbasis.reports.domain.Texts;
import nl.thuisbasis.reports.domain.TrackingCode;
import nl.thuisbasis.platform.WorkingDays;
import nl.thuisbasis.reports.routing.RoutingRules;
import nl.thuisbasis.reports.ReportReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting reports from the neighbourhood. The public never sees a list of reports per location (it would
 * stigmatise residents): a reporter sees only their own report, by its tracking code ({@link Tracking}).
 */
@Service
public class Submissions {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PLACE = 300;
    /** The problem code of a refused report (API and forms). */
    static final String REFUSED = "report-refused";

    private final SubmissionRepository repository;
    private final FacilityRegister register;
    private final ReportProperties properties;
    private final GeoLookup geo;
    private final RegionCatalog catalog;
    private final RoutingRules routingRules;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ApplicationEventPublisher events;

    Submissions(SubmissionRepository repository, FacilityRegister register, ReportProperties properties, GeoLookup geo,
            RegionCatalog catalog, RoutingRules routingRules, Messages messages, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.catalog = catalog;
        this.events = events;
        this.repository = repository;
        this.register = register;
        this.properties = properties;
        this.geo = geo;
        this.routingRules = routingRules;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How a location is named to the public: a publicly listed facility by name, any other only generically. */
    public String publicLabel(Facility facility) {
        return FacilityRegister.publiclyShown(facility) ? facility.name() + ", " + facility.place()
                : messages.text("report.location.card");
    }

    Optional<Facility> byCard(String code) {
        return register.withKnownAddressByIdPrefix(ReportCards.normalised(code));
    }

    /** The most facilities offered near a point. */
    static final int MAX_NEARBY = 3;

    /**
     * The publicly listed facilities near a point, nearest first, offered to the reporter to choose from (never a
     * facility that is not public; none is chosen for them).
     */
    List<Facility> nearby(double lon, double lat) {
        return register.nearbyPubliclyShown(lon, lat, properties.nearestMetres(), MAX_NEARBY);
    }

    int nearbyMetres() {
        return properties.nearestMetres();
    }

    List<String> categories() {
        return properties.categories();
    }

    /** Every problem of a submission at once; nothing is stored (a form shows them next to its fields). */
    List<Problem> problems(Submission s) {
        List<Problem> problems = new ArrayList<>();
        if (s.category() == null || !properties.categories().contains(s.category())) {
            problems.add(Problem.at("category", "report.problem.category"));
        }
        if (s.description() == null || s.description().isBlank()) {
            problems.add(Problem.at("description", "report.problem.description.missing"));
        } else if (s.description().length() > MAX_DESCRIPTION) {
            problems.add(Problem.at("description", "report.problem.description.long", MAX_DESCRIPTION));
        }
        String email = Texts.blankToNull(s.email());
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(Problem.at("email", "report.problem.email.invalid"));
        }
        if (email != null && !s.emailConsent()) {
            problems.add(Problem.at("emailConsent", "report.problem.email.consent"));
        }
        if (s.locationText() != null && s.locationText().length() > MAX_PLACE) {
            problems.add(Problem.at("locationText", "report.problem.place.long", MAX_PLACE));
        }
        if (s.cardCode() != null && !s.cardCode().isBlank() && byCard(s.cardCode()).isEmpty()) {
            problems.add(Problem.at("cardCode", "report.problem.card.unknown"));
        }
        if ((s.lon() == null) != (s.lat() == null) || (s.lon() != null && (s.lon() < 3.2 || s.lon() > 7.3 || s.lat() < 50.7 || s.lat() > 53.6))) {
            problems.add(Problem.at("lon", "report.problem.point.outside"));
        }
        for (String[] text : new String[][] {{"locationText", s.locationText()}, {"description", s.description()}, {"email", s.email()}}) {
            if (!Texts.storable(text[1])) {
                problems.add(Problem.at(text[0], "problem.text.characters"));
            }
        }
        return problems;
    }

    /** The names of the municipalities of the regions, to recognise one in a typed place. */
    private Map<String, String> municipalityNames() {
        List<String> codes = catalog.regions().stream().flatMap(r -> r.municipalityCodes().stream()).distinct().toList();
        return catalog.areas(codes).stream().collect(Collectors.toMap(Area::code, Area::name, (a, b) -> a));
    }

    /** Stores the report, routed and with its deadlines, and gives its tracking code; refused with every problem. */
    @Transactional
    String submit(Submission s) {
        Refused.unless(problems(s), REFUSED);
        String email = Texts.blankToNull(s.email());
        Facility facility = s.cardCode() != null && !s.cardCode().isBlank() ? byCard(s.cardCode()).orElseThrow() : null;
        UUID id = UUID.randomUUID();
        String code = TrackingCode.random(random);
        for (int attempt = 0; attempt < 5 && repository.codeTaken(code); attempt++) {
            code = TrackingCode.random(random);   // a clash is rare, but must not end in an error for the reporter
        }
        String municipality;
        if (facility != null) {
            municipality = facility.municipalityCode();
        } else if (s.lon() != null) {
            municipality = geo.locate(s.lon(), s.lat()).municipalityCode();
        } else {
            // a typed place: by the address search where it answers (a public facility on that street gets the report),
            // else by the municipality the text names
            String typed = Texts.blankToNull(s.locationText());
            FacilityRegister.TypedPlace place = typed == null ? null
                    : register.typedPlace(typed, properties.nearestMetres()).orElse(null);
            facility = place == null ? null : place.facility();
            municipality = place != null && place.municipalityCode() != null ? place.municipalityCode()
                    : PlaceNames.municipalityIn(typed, municipalityNames()).orElse(null);
        }
        Routing.Route route = Routing.route(s.category(), new Routing.Place(
                facility == null ? null : facility.id().toString(), facility == null ? null : facility.providerCode(),
                municipality), routingRules.all());
        Instant now = clock.instant();
        LocalDate received = LocalDate.ofInstant(now, WorkingDays.ZONE);
        ReportProperties.Deadline deadline = properties.deadline(s.category());
        repository.insert(new SubmissionRepository.NewReport(id, code, facility == null ? null : facility.id().value(),
                Texts.blankToNull(s.locationText()), s.lon(), s.lat(), s.category(), s.description().trim(), email,
                email != null && s.emailConsent(), now, municipality, route,
                WorkingDays.deadline(received, deadline.acknowledge()), WorkingDays.deadline(received, deadline.resolve())));
        repository.addStep(id, ReportStatus.RECEIVED.name(), null, null);
        events.publishEvent(new ReportReceived(id, facility == null ? null : facility.id(), municipality, s.category(),
                route.queue(), WorkingDays.deadline(received, deadline.acknowledge()),
                WorkingDays.deadline(received, deadline.resolve())));
        return code;
    }
}
