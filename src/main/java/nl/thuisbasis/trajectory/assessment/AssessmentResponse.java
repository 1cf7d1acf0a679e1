package nl.thuisbasis.trajectory.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One assessment as the API answers it: with the instrument version it was made with (for good), and per domain it
 * scored the code, the domain's name in the language of the request, the score, the target and the note.
 */
record AssessmentResponse(UUID id, LocalDate assessedOn, LocalDate periodFrom, String assessor, String assessorName,
        String instrumentCode, int instrumentVersion, List<DomainScoreResponse> scores) {

    record DomainScoreResponse(String domain, String domainName, Integer score, Integer target, String note) {
    }
}
