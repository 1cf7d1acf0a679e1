package nl.thuisbasis.trajectory.assessment;

import java.util.List;

/**
 * The instrument a new assessment is made with: its code and version, and its domains in order, each with the meaning
 * of its five levels (1 acute problems ... 5 fully self-reliant), in the language of the request.
 */
record InstrumentResponse(String code, int version, List<DomainResponse> domains) {

    record DomainResponse(String code, String name, List<LevelResponse> levels) {
    }

    record LevelResponse(int level, String description) {
    }
}
