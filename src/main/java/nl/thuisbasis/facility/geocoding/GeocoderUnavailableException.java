package nl.thuisbasis.facility.geocoding;

/**
 * The address search cannot answer right now (unreachable, too slow, error status or an unreadable answer). The form
 * tells the user so in their language ({@code facility.geocoder.unavailable}); the cause is deliberately not kept,
 * because transport exceptions carry the request URL and with it the searched address.
 */
public class GeocoderUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE =
            "De adreszoeker (PDOK Locatieserver) is nu niet bereikbaar; kies het punt op de kaart.";

    public GeocoderUnavailableException() {
        super(MESSAGE);
    }
}
