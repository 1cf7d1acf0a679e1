package nl.thuisbasis.facility.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityStatus;

/**
 * The rules every new or changed facility must meet, whether it comes from the form, the API or an import.
 * Messages are Dutch because they are shown to the people who typed the data.
 */
public final class FacilityValidation {

    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    /** A generous box around the Netherlands in WGS84; a point outside it is almost always swapped or mistyped. */
    static final double MIN_LON = 3.2, MAX_LON = 7.3, MIN_LAT = 50.7, MAX_LAT = 53.6;
    static final int MAX_CAPACITY = 2000;

    private FacilityValidation() {
    }

    public static List<FieldProblem> validate(FacilityDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", d.name(), "Naam", 200);
        if (d.type() == null) {
            problems.add(new FieldProblem("type", "Kies het soort voorziening."));
        }
        if (d.targetGroups() == null || d.targetGroups().isEmpty()) {
            problems.add(new FieldProblem("targetGroups", "Kies minstens één doelgroep."));
        }
        required(problems, "providerCode", d.providerCode(), "Zorgaanbieder", 40);
        maxLength(problems, "owner", d.owner(), "Eigenaar/verhuurder", 200);
        required(problems, "street", d.street(), "Straat", 200);
        required(problems, "houseNumber", d.houseNumber(), "Huisnummer", 20);
        String postcode = d.normalisedPostcode();
        if (postcode == null || postcode.isEmpty()) {
            problems.add(new FieldProblem("postcode", "Postcode is verplicht."));
        } else if (!POSTCODE.matcher(postcode).matches()) {
            problems.add(new FieldProblem("postcode", "Postcode '" + d.postcode() + "' is geen Nederlandse postcode (zoals 3311 KS)."));
        }
        required(problems, "place", d.place(), "Plaats", 100);
        if (d.lon() == null || d.lat() == null) {
            problems.add(new FieldProblem("point", "De plek op de kaart ontbreekt: zoek het adres op of klik op de kaart."));
        } else if (d.lon() < MIN_LON || d.lon() > MAX_LON || d.lat() < MIN_LAT || d.lat() > MAX_LAT) {
            problems.add(new FieldProblem("point", "Het punt (" + d.lon() + ", " + d.lat()
                    + ") ligt niet in Nederland; zijn lengte- en breedtegraad misschien verwisseld?"));
        }
        if (d.capacity() == null) {
            problems.add(new FieldProblem("capacity", "Capaciteit is verplicht (aantal plekken of eenheden)."));
        } else if (d.capacity() < 0 || d.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "Capaciteit moet tussen 0 en " + MAX_CAPACITY + " liggen."));
        }
        if (d.capacityUnit() == null) {
            problems.add(new FieldProblem("capacityUnit", "Kies of de capaciteit plekken of eenheden telt."));
        }
        if (d.status() == null) {
            problems.add(new FieldProblem("status", "Kies de status."));
        } else {
            if (d.status() == FacilityStatus.CLOSED && d.closedOn() == null) {
                problems.add(new FieldProblem("closedOn", "Geef de sluitingsdatum van een gesloten voorziening."));
            }
            if (d.status() != FacilityStatus.CLOSED && d.closedOn() != null) {
                problems.add(new FieldProblem("closedOn", "Alleen een gesloten voorziening heeft een sluitingsdatum."));
            }
        }
        if (d.openedOn() != null && d.closedOn() != null && d.closedOn().isBefore(d.openedOn())) {
            problems.add(new FieldProblem("closedOn", "De sluitingsdatum ligt vóór de openingsdatum."));
        }
        maxLength(problems, "publicContact", d.publicContact(), "Contact voor omwonenden", 300);
        if (d.url() != null && !d.url().isBlank() && !isWebAddress(d.url())) {
            problems.add(new FieldProblem("url", "Website moet een adres zijn dat begint met https:// of http://."));
        }
        maxLength(problems, "url", d.url(), "Website", 300);
        if (d.secretAddress() && d.publiclyListed()) {
            problems.add(new FieldProblem("publiclyListed",
                    "Een voorziening met een geheim adres kan niet openbaar vermeld worden."));
        }
        return problems;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, label + " is verplicht."));
        } else {
            maxLength(problems, field, value, label, max);
        }
    }

    private static void maxLength(List<FieldProblem> problems, String field, String value, String label, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, label + " is te lang (hoogstens " + max + " tekens)."));
        }
    }
}
