package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate accepted an offer and a tenancy-with-care agreement started: which agreement, for which candidate (the
 * pseudonymous record, never a name), between which corporation and provider, from when until when. Published after it
 * is stored, for modules that follow a client's way to independent living (trajectories, indicators).
 */
public record TenancyStarted(UUID tenancy, UUID candidate, String corporationCode, String providerCode, LocalDate startsOn,
        LocalDate endsOn) {
}
