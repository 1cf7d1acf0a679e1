package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.Candidacies;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import org.springframework.stereotype.Service;

/** The candidacies of the priority scheme for a client trajectory (see {@link Candidacies}). */
@Service
class CandidacyLookup implements Candidacies {

    private final CandidateReading reading;
    private final Candidates candidates;

    CandidacyLookup(CandidateReading reading, Candidates candidates) {
        this.reading = reading;
        this.candidates = candidates;
    }

    @Override
    public Optional<Candidacy> find(CurrentUser user, UUID candidate) {
        return reading.get(user, candidate).filter(c -> c.access() == CandidateAccess.Level.FULL)
                .map(c -> new Candidacy(c.id(), "out.status." + c.status().name(), c.status().active(), c.urgencyGrantedOn(),
                        c.readyOn(), c.readyConfirmedBy()));
    }

    @Override
    public void confirmReadiness(CurrentUser user, UUID candidate, LocalDate on, String confirmedBy) {
        candidates.confirmReadiness(user, candidate, on, confirmedBy);
    }
}
