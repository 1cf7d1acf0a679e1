package nl.thuisbasis.planning.realisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.domain.HalfYear;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.planning.domain.RealisationStage;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.siting.InitiativeProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned place items and their realisation: each item's stage is derived from its initiative and its register facility
 * (never typed); an item whose planned half-year has passed without being in use has slipped. A secret facility's name
 * shows only to who may see it, its address never.
 */
@Service
public class Realisations {

    public static final String REFUSED = "planning-refused";

    private final JdbcClient jdbc;
    private final PlanningAccess access;
    private final FacilityRegister register;
    private final InitiativeProgress initiatives;

    Realisations(JdbcClient jdbc, PlanningAccess access, FacilityRegister register, InitiativeProgress initiatives) {
        this.jdbc = jdbc;
        this.access = access;
        this.register = register;
        this.initiatives = initiatives;
    }

    /** What is entered for an item. */
    public record Entry(String municipality, String housingType, String concept, Integer places, String plannedHalfYear,
            UUID initiativeId, UUID facilityId, String note) {
    }

    record Stored(UUID id, String region, String municipality, HousingType type, String concept, int places, HalfYear planned,
            UUID initiativeId, UUID facilityId, String note, int version) {
    }

    /** An item as shown: its derived stage, when it went into use, how late it is and its facility's name if it may be shown. */
    public record Item(UUID id, String region, String municipality, HousingType type, String concept, int places, HalfYear planned,
            UUID initiativeId, String initiativeName, UUID facilityId, String facilityName, String note, int version,
            RealisationStage stage, HalfYear realised, int halvesLate) {
    }

    List<Problem> problems(Region region, Entry e) {
        List<Problem> problems = new ArrayList<>();
        if (e.municipality() == null || !region.municipalityCodes().contains(e.municipality())) {
            problems.add(Problem.at("municipality", "planning.problem.municipality"));
        }
        if (e.housingType() == null || e.housingType().isBlank()) {
            problems.add(Problem.at("housingType", "planning.problem.type.missing"));
        } else if (PlanningRules.type(e.housingType()) == null) {
            problems.add(Problem.at("housingType", "planning.problem.type.unknown", e.housingType()));
        }
        if (e.concept() == null || e.concept().isBlank() || e.concept().length() > 200) {
            problems.add(Problem.at("concept", "planning.problem.concept"));
        }
        problems.addAll(PlanningRules.places("places", e.places(), 1));
        HalfYear half = HalfYear.parse(e.plannedHalfYear());
        int first = access.currentYear() - PlanningRules.LOOK_BACK;
        int last = access.currentYear() + PlanningRules.HORIZON - 1;
        if (half == null) {
            problems.add(Problem.at("plannedHalfYear", "planning.problem.halfYear"));
        } else if (half.year() < first || half.year() > last) {
            problems.add(Problem.at("plannedHalfYear", "planning.problem.year.range", Integer.toString(first), Integer.toString(last)));
        }
        if (e.initiativeId() != null && initiatives.of(e.initiativeId()).filter(i -> region.municipalityCodes().contains(i.municipalityCode())).isEmpty()) {
            problems.add(Problem.at("initiativeId", "planning.problem.initiative"));
        }
        if (e.facilityId() != null && register.allIn(region.municipalityCodes()).stream().noneMatch(f -> f.id().value().equals(e.facilityId()))) {
            problems.add(Problem.at("facilityId", "planning.problem.facility"));
        }
        if (e.note() != null && e.note().length() > PlanningRules.MAX_NOTE) {
            problems.add(Problem.at("note", "planning.problem.note.long", PlanningRules.MAX_NOTE));
        }
        return problems;
    }

    private CurrentUser writer(CurrentUser user) {
        access.reader(user);
        if (user.role() != Role.REGION_COORDINATOR && user.role() != Role.MUNICIPALITY) {
            throw Refused.forbidden(Problem.of("planning.problem.role.item"));
        }
        return user;
    }

    private void ownMunicipality(CurrentUser user, String municipality) {
        if (user.role() == Role.MUNICIPALITY && municipality != null && !municipality.equals(user.organisation().municipalityCode())) {
            throw Refused.forbidden(Problem.of("planning.problem.item.own"));
        }
    }

    @Transactional
    public UUID create(CurrentUser user, Entry e) {
        writer(user);
        ownMunicipality(user, e.municipality());
        Region region = access.regionFor(user);
        Refused.unless(problems(region, e), REFUSED);
        UUID id = UUID.randomUUID();
        HalfYear half = HalfYear.parse(e.plannedHalfYear());
        jdbc.sql("""
                insert into planning_item (id, region_code, municipality_code, housing_type, concept, places, planned_year, planned_half,
                    initiative_id, facility_id, note, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, region.code(), e.municipality(), PlanningRules.type(e.housingType()).name(), e.concept().trim(), e.places(),
                        half.year(), half.half(), e.initiativeId(), e.facilityId(), blank(e.note()), user.getUsername()).update();
        return id;
    }

    @Transactional
    public void update(CurrentUser user, UUID id, Integer version, Entry e) {
        writer(user);
        Stored current = stored(id).orElseThrow(Refused::notFound);
        ownMunicipality(user, current.municipality());
        ownMunicipality(user, e.municipality());
        List<Problem> problems = new ArrayList<>(problems(access.regionFor(user), e));
        if (version == null) {
            problems.add(Problem.at("version", "planning.problem.version.missing"));
        }
        Refused.unless(problems, REFUSED);
        HalfYear half = HalfYear.parse(e.plannedHalfYear());
        if (current.version() != version || jdbc.sql("""
                update planning_item set municipality_code = ?, housing_type = ?, concept = ?, places = ?, planned_year = ?,
                    planned_half = ?, initiative_id = ?, facility_id = ?, note = ?, updated_by = ?, updated_at = now(),
                    version = version + 1 where id = ? and version = ?""")
                .params(e.municipality(), PlanningRules.type(e.housingType()).name(), e.concept().trim(), e.places(), half.year(),
                        half.half(), e.initiativeId(), e.facilityId(), blank(e.note()), user.getUsername(), id, version).update() != 1) {
            throw Refused.stale();
        }
    }

    Optional<Stored> stored(UUID id) {
        return jdbc.sql("select * from planning_item where id = ?").param(id).query(Realisations::stored).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Item> item(UUID id, CurrentUser user) {
        return stored(id).map(s -> items(List.of(s), user).getFirst());
    }

    /** The items of a region, in planned order, each with its derived stage. */
    @Transactional(readOnly = true)
    public List<Item> items(String region, CurrentUser user) {
        return items(jdbc.sql("select * from planning_item where region_code = ? order by planned_year, planned_half, concept")
                .param(region).query(Realisations::stored).list(), user);
    }

    private List<Item> items(List<Stored> stored, CurrentUser user) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<UUID, Facility> facilities = register.allIn(stored.stream().map(Stored::municipality).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(f -> f.id().value(), Function.identity()));
        LocalDate today = access.today();
        List<Item> items = new ArrayList<>();
        for (Stored s : stored) {
            InitiativeProgress.Progress p = s.initiativeId() == null ? null : initiatives.of(s.initiativeId()).orElse(null);
            UUID facilityId = s.facilityId() != null ? s.facilityId() : p == null ? null : p.facilityId();
            Facility f = facilityId == null ? null : facilities.get(facilityId);
            RealisationStage.Facts facts = new RealisationStage.Facts(p != null, p == null ? null : p.approvedOn(),
                    p == null ? null : p.realisationOn(), p == null ? null : p.inUseOn(), f == null ? null : f.status(),
                    f == null ? null : f.openedOn() != null ? f.openedOn() : f.statusSince());
            RealisationStage stage = RealisationStage.derive(facts);
            LocalDate since = RealisationStage.inUseSince(facts);
            String facilityName = f == null ? null : !f.secretAddress() || register.mayEdit(f) ? f.name() : null;
            items.add(new Item(s.id(), s.region(), s.municipality(), s.type(), s.concept(), s.places(), s.planned(), s.initiativeId(),
                    p == null ? null : p.name(), f == null ? null : facilityId, facilityName, s.note(), s.version(), stage,
                    stage == RealisationStage.IN_USE && since != null ? HalfYear.of(since) : null,
                    RealisationStage.halvesLate(s.planned(), stage, today)));
        }
        return items;
    }

    /** Per half-year and type: the places planned then and the places that went into use then. */
    public record HalfYearLine(HalfYear half, HousingType type, int planned, int realised) {
    }

    public List<HalfYearLine> halfYears(List<Item> items) {
        Map<String, int[]> sums = new java.util.TreeMap<>();
        for (Item i : items) {
            sums.computeIfAbsent(i.planned().code() + "|" + i.type().ordinal(), k -> new int[2])[0] += i.places();
            if (i.realised() != null) {
                sums.computeIfAbsent(i.realised().code() + "|" + i.type().ordinal(), k -> new int[2])[1] += i.places();
            }
        }
        List<HalfYearLine> lines = new ArrayList<>();
        sums.forEach((k, v) -> lines.add(new HalfYearLine(HalfYear.parse(k.substring(0, 6)),
                HousingType.values()[Integer.parseInt(k.substring(7))], v[0], v[1])));
        return lines;
    }

    /** The initiatives and facilities of a region to link an item to, by name (facilities the viewer may name). */
    public List<InitiativeProgress.Progress> initiativesIn(Region region) {
        return initiatives.in(region.municipalityCodes());
    }

    public List<Facility> facilitiesIn(Region region) {
        return register.allIn(region.municipalityCodes()).stream().filter(f -> !f.secretAddress() || register.mayEdit(f)).toList();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("municipality_code"),
                HousingType.valueOf(rs.getString("housing_type")), rs.getString("concept"), rs.getInt("places"),
                new HalfYear(rs.getInt("planned_year"), rs.getInt("planned_half")), rs.getObject("initiative_id", UUID.class),
                rs.getObject("facility_id", UUID.class), rs.getString("note"), rs.getInt("version"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
