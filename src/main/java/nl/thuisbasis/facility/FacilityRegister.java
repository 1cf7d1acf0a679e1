package nl.thuisbasis.facility;

import nl.thuisbasis.identity.CurrentUser;
import java.util.List;
import nl.thuisbasis.facility.geocoding.GeocodedAddress;
import nl.thuisbasis.facility.geocoding.Geocoder;
import nl.thuisbasis.facility.geocoding.GeocoderUnavailableException;
import nl.thuisbasis.facility.register.FacilityRepository;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Access to the register for other modules (the capacity scan, planning, oversight, reports). */
@Service
@Transactional(readOnly = true)
public class FacilityRegister {

    private final FacilityRepository repository;
    private final FacilityService service;
    private final Geocoder geocoder;

    FacilityRegister(FacilityRepository repository, FacilityService service, Geocoder geocoder) {
        this.repository = repository;
        this.service = service;
        this.geocoder = geocoder;
    }

    /** A facility the logged-in user sees in full (with its address), for modules that work per location. */
    public java.util.Optional<Facility> findInFull(FacilityId id) {
        return repository.find(id).filter(f -> nl.thuisbasis.facility.domain.FacilityAccess.visibility(CurrentUser.currentViewer(), f)
                == nl.thuisbasis.facility.domain.Visibility.FULL);
    }

    /**
     * The facilities in use that a care provider runs and the logged-in user sees in full: where that provider's
     * clients can live now (a trajectory names its client's current facility from these).
     */
    public List<Facility> inUseOf(String providerCode) {
        return repository.findInUseOf(providerCode).stream()
                .filter(f -> nl.thuisbasis.facility.domain.FacilityAccess.visibility(CurrentUser.currentViewer(), f)
                        == nl.thuisbasis.facility.domain.Visibility.FULL)
                .toList();
    }

    /**
     * The contracted facilities in use or being realised in a municipality (null: in any municipality) that the
     * logged-in user sees in full.
     */
    public List<Facility> contractedInFull(String municipalityCode) {
        return repository.findAll().stream()
                .filter(f -> (municipalityCode == null || f.municipalityCode().equals(municipalityCode)) && f.contracted())
                .filter(f -> f.status() == FacilityStatus.IN_USE || f.status() == FacilityStatus.BEING_REALISED)
                .filter(f -> nl.thuisbasis.facility.domain.FacilityAccess.visibility(CurrentUser.currentViewer(), f)
                        == nl.thuisbasis.facility.domain.Visibility.FULL)
                .toList();
    }

    /**
     * The facility whose id starts with these hexadecimal characters (at least 8), if its address is not secret,
     * regardless of who is logged in: how another module finds a facility by a short code of its own (reports prints
     * the first 8 characters on a report card).
     */
    public java.util.Optional<Facility> withKnownAddressByIdPrefix(String prefix) {
        if (prefix == null || !prefix.matches("[0-9a-fA-F]{8,36}")) {
            return java.util.Optional.empty();
        }
        return repository.findByIdPrefix(prefix.toLowerCase(java.util.Locale.ROOT)).stream()
                .filter(f -> !f.secretAddress()).findFirst();
    }

    /**
     * A facility whose address is not secret, regardless of who is logged in: for naming and locating it to staff
     * of other modules (a report about it), never for showing an address to the public.
     */
    public java.util.Optional<Facility> withKnownAddress(FacilityId id) {
        return repository.find(id).filter(f -> !f.secretAddress());
    }

    /**
     * The facilities whose address is not secret in these municipalities, by name, regardless of who is logged in: for
     * choosing one by name in another module (a routing rule about a facility).
     */
    public List<Facility> withKnownAddressIn(java.util.Collection<String> municipalityCodes) {
        return repository.findAll().stream()
                .filter(f -> !f.secretAddress() && municipalityCodes.contains(f.municipalityCode()))
                .sorted(java.util.Comparator.comparing(Facility::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"))))
                .toList();
    }

    /**
     * Every facility in these municipalities in any status, secret addresses included, by name: for totals in other
     * modules (capacity planning counts places in use and planned). A page that lists them must leave out what the
     * viewer may not see ({@link #publiclyShown(Facility)}, {@link #mayEdit(Facility)}).
     */
    public List<Facility> allIn(java.util.Collection<String> municipalityCodes) {
        return repository.findAll().stream()
                .filter(f -> municipalityCodes.contains(f.municipalityCode()))
                .sorted(java.util.Comparator.comparing(Facility::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"))))
                .toList();
    }

    /** The publicly shown facilities within a distance of a point, nearest first, at most {@code max} of them. */
    public List<Facility> nearbyPubliclyShown(double lon, double lat, double withinMetres, int max) {
        record Near(Facility facility, double metres) {
        }
        List<Near> near = new java.util.ArrayList<>();
        for (Facility f : repository.findAll()) {
            if (!nl.thuisbasis.facility.domain.FacilityAccess.publiclyShown(f)) {
                continue;
            }
            double x = (f.lon() - lon) * 111_132.0 * Math.cos(Math.toRadians((f.lat() + lat) / 2));
            double y = (f.lat() - lat) * 111_132.0;
            double metres = Math.sqrt(x * x + y * y);
            if (metres <= withinMetres) {
                near.add(new Near(f, metres));
            }
        }
        return near.stream().sorted(java.util.Comparator.comparingDouble(Near::metres)).limit(max).map(Near::facility).toList();
    }

    /**
     * Where a place typed by someone is ("Kasperspad, Dordrecht"), by the address search: the municipality of the best
     * address found and, when a publicly shown facility lies on that street in that place within {@code withinMetres}
     * of it, that facility (nearest first). Empty when the address search is not available or finds nothing; the
     * typed text is never logged.
     */
    public java.util.Optional<TypedPlace> typedPlace(String text, double withinMetres) {
        List<GeocodedAddress> found;
        try {
            found = geocoder.search(text);
        } catch (GeocoderUnavailableException e) {
            return java.util.Optional.empty();
        }
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        GeocodedAddress best = found.getFirst();
        Facility facility = best.street() == null ? null : nearbyPubliclyShown(best.lon(), best.lat(), withinMetres, 50).stream()
                .filter(f -> best.street().equalsIgnoreCase(f.street()) && (best.place() == null || best.place().equalsIgnoreCase(f.place())))
                .findFirst().orElse(null);
        return java.util.Optional.of(new TypedPlace(facility != null ? facility.municipalityCode() : best.municipalityCode(), facility));
    }

    /**
     * A typed place as the address search found it.
     *
     * @param municipalityCode the municipality it lies in; {@code null} when the address search does not say
     * @param facility         the publicly shown facility on that street nearby, {@code null} when there is none
     */
    public record TypedPlace(String municipalityCode, Facility facility) {
    }

    /** Whether the facility's location is public (publicly listed, planned or in use, not secret). */
    public static boolean publiclyShown(Facility facility) {
        return nl.thuisbasis.facility.domain.FacilityAccess.publiclyShown(facility);
    }

    /** Whether the logged-in user may change this facility (and so manage its oversight). */
    public boolean mayEdit(Facility facility) {
        return nl.thuisbasis.facility.domain.FacilityAccess.mayEdit(CurrentUser.currentViewer(), facility);
    }

    /**
     * What stands in the way of the logged-in user registering this facility, each problem with its field (the
     * register's names: {@code name}, {@code type}, {@code point} for the coordinates...) and message key; empty when
     * nothing does.
     */
    public List<Problem> problems(FacilityDraft draft) {
        return service.problems(CurrentUser.currentViewer(), draft);
    }

    /**
     * Registers a facility for the logged-in user (for example when an initiative is taken into use); refuses with
     * {@link nl.thuisbasis.platform.Refused} (code {@code invalid-facility}) and every problem, and stores nothing.
     */
    @Transactional
    public Facility add(FacilityDraft draft) {
        return service.register(CurrentUser.currentViewer(), draft);
    }

    /**
     * Places in facilities in use or being realised per municipality (capacity in its own unit), secret addresses
     * included: a municipality total, never a location.
     */
    public java.util.Map<String, Integer> placesPerMunicipality() {
        java.util.Map<String, Integer> places = new java.util.HashMap<>();
        for (Facility f : repository.findAll()) {
            if (f.status() == FacilityStatus.IN_USE || f.status() == FacilityStatus.BEING_REALISED) {
                places.merge(f.municipalityCode(), f.capacity(), Integer::sum);
            }
        }
        return places;
    }

    /**
     * The facilities that load a neighbourhood in the capacity scan: in use or being realised, secret addresses
     * left out (they count only in municipality totals, never at neighbourhood or address level).
     */
    public List<Facility> forCapacityScan() {
        return repository.findAll().stream()
                .filter(f -> !f.secretAddress())
                .filter(f -> f.status() == FacilityStatus.IN_USE || f.status() == FacilityStatus.BEING_REALISED)
                .toList();
    }

}
