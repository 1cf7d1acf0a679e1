package nl.thuisbasis.facility.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.platform.Problem;

/**
 * The rules every new or changed facility must meet, whether it comes from the form, the API or an import. Each problem
 * names its field ({@code point} for the longitude and latitude together) and a message key; the reader's language
 * gives the text.
 */
public final class FacilityValidation {

    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    /** A generous box around the Netherlands in WGS84; a point outside it is almost always swapped or mistyped. */
    static final double MIN_LON = 3.2, MAX_LON = 7.3, MIN_LAT = 50.7, MAX_LAT = 53.6;
    static final int MAX_CAPACITY = 2000;

    private FacilityValidation() {
    }

    public static List<Problem> validate(FacilityDraft d) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", d.name(), "facility.field.name", 200);
        if (d.type() == null) {
            problems.add(Problem.at("type", "facility.problem.type.missing"));
        }
        if (d.targetGroups() == null || d.targetGroups().isEmpty()) {
            problems.add(Problem.at("targetGroups", "facility.problem.targetGroups.missing"));
        }
        required(problems, "providerCode", d.providerCode(), "facility.field.provider", 40);
        maxLength(problems, "owner", d.owner(), "facility.field.owner", 200);
        required(problems, "street", d.street(), "facility.field.street", 200);
        required(problems, "houseNumber", d.houseNumber(), "facility.field.houseNumber", 20);
        String postcode = d.normalisedPostcode();
        if (postcode == null || postcode.isEmpty()) {
            problems.add(Problem.at("postcode", "facility.problem.required", Problem.label("facility.field.postcode")));
        } else if (!POSTCODE.matcher(postcode).matches()) {
            problems.add(Problem.at("postcode", "facility.problem.postcode.invalid", d.postcode()));
        }
        required(problems, "place", d.place(), "facility.field.place", 100);
        if (d.lon() == null || d.lat() == null) {
            problems.add(Problem.at("point", "facility.problem.point.missing"));
        } else if (d.lon() < MIN_LON || d.lon() > MAX_LON || d.lat() < MIN_LAT || d.lat() > MAX_LAT) {
            // as text: a number argument would be rounded and grouped the language's way
            problems.add(Problem.at("point", "facility.problem.point.abroad", String.valueOf(d.lon()), String.valueOf(d.lat())));
        }
        if (d.capacity() == null) {
            problems.add(Problem.at("capacity", "facility.problem.capacity.missing"));
        } else if (d.capacity() < 0 || d.capacity() > MAX_CAPACITY) {
            problems.add(Problem.at("capacity", "facility.problem.capacity.range", 0, MAX_CAPACITY));
        }
        if (d.capacityUnit() == null) {
            problems.add(Problem.at("capacityUnit", "facility.problem.capacityUnit.missing"));
        }
        if (d.status() == null) {
            problems.add(Problem.at("status", "facility.problem.status.missing"));
        } else {
            if (d.status() == FacilityStatus.CLOSED && d.closedOn() == null) {
                problems.add(Problem.at("closedOn", "facility.problem.closedOn.missing"));
            }
            if (d.status() != FacilityStatus.CLOSED && d.closedOn() != null) {
                problems.add(Problem.at("closedOn", "facility.problem.closedOn.notClosed"));
            }
        }
        if (d.openedOn() != null && d.closedOn() != null && d.closedOn().isBefore(d.openedOn())) {
            problems.add(Problem.at("closedOn", "facility.problem.closedOn.beforeOpening"));
        }
        maxLength(problems, "publicContact", d.publicContact(), "facility.field.publicContact", 300);
        if (d.url() != null && !d.url().isBlank() && !isWebAddress(d.url())) {
            problems.add(Problem.at("url", "facility.problem.url.invalid"));
        }
        maxLength(problems, "url", d.url(), "facility.field.url", 300);
        if (d.secretAddress() && d.publiclyListed()) {
            problems.add(Problem.at("publiclyListed", "facility.problem.secretListed"));
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

    private static void required(List<Problem> problems, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(field, "facility.problem.required", Problem.label(label)));
        } else {
            maxLength(problems, field, value, label, max);
        }
    }

    private static void maxLength(List<Problem> problems, String field, String value, String label, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.at(field, "facility.problem.tooLong", Problem.label(label), max));
        }
    }
}
