package nl.thuisbasis.reports;

import java.util.Locale;
import nl.thuisbasis.facility.Facility;

/**
 * Report cards (meldkaarten): a card printed for a facility carries a short code, the first 8 characters of the
 * facility's id, in its QR code ({@code /melden?locatie=CODE}); a facility with a secret address has no card. The
 * code is the reports module's own: the register only finds a facility by the start of its id.
 */
public final class ReportCards {

    private ReportCards() {
    }

    /** The code on the card of this facility. */
    public static String code(Facility facility) {
        return facility.id().toString().substring(0, 8);
    }

    /** A code as typed or scanned, in the form the register looks up; null when it cannot be a card's code. */
    public static String normalised(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.trim().toLowerCase(Locale.ROOT);
        return trimmed.matches("[0-9a-f]{8}") ? trimmed : null;
    }
}
