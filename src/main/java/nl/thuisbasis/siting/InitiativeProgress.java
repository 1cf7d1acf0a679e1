package nl.thuisbasis.siting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far an initiative is, for other modules (capacity planning derives a planned item's stage from it): the dates of
 * its approved decision, the start of its realisation and its taking into use, and the register facility it became.
 * Names and municipalities only, never an address.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeProgress {

    private final JdbcClient jdbc;

    InitiativeProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An initiative's progress.
     *
     * @param approvedOn    the date of an approved decision (the permit), or null
     * @param realisationOn the date realisation started, or null
     * @param inUseOn       the date it was taken into use, or null
     * @param facilityId    the register facility it became, or null
     */
    public record Progress(UUID id, String name, String municipalityCode, UUID facilityId, LocalDate approvedOn,
            LocalDate realisationOn, LocalDate inUseOn) {
    }

    private static final String SELECT = """
            select i.id, i.name, i.municipality_code, i.facility_id,
                (select min(s.step_date) from initiative_step s where s.initiative_id = i.id and s.step = 'DECISION' and s.approved) approved_on,
                (select min(s.step_date) from initiative_step s where s.initiative_id = i.id and s.step = 'REALISATION') realisation_on,
                (select min(s.step_date) from initiative_step s where s.initiative_id = i.id and s.step = 'IN_USE') in_use_on
            from initiative i""";

    public Optional<Progress> of(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(InitiativeProgress::progress).optional();
    }

    /** The initiatives in these municipalities, by name. */
    public List<Progress> in(Collection<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.municipality_code in (:codes) order by i.name").param("codes", municipalityCodes)
                .query(InitiativeProgress::progress).list();
    }

    private static Progress progress(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Progress(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("municipality_code"),
                rs.getObject("facility_id", UUID.class), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("realisation_on", LocalDate.class), rs.getObject("in_use_on", LocalDate.class));
    }
}
