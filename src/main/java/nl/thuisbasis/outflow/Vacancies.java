package nl.thuisbasis.outflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies (vrijkomende woningen) that corporations offer to the contingent, and the totals of vacancies they report
 * per quarter, so the share that went to outflow can be checked against the region's cap. Corporations see their own,
 * a municipality those in its territory, region coordinators and administrators all of the region; vacancies are not
 * personal data.
 */
@Service
public class Vacancies {

    static final String PURPOSE = "Voorrangsregeling uitstroom: woningen voor het contingent";

    private final JdbcClient jdbc;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final OutflowNames names;
    private final ProcessingLog log;
    private final Candidates candidates;

    Vacancies(JdbcClient jdbc, OutflowSettings settings, RegionCatalog catalog, OutflowNames names, ProcessingLog log,
            Candidates candidates) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.catalog = catalog;
        this.names = names;
        this.log = log;
        this.candidates = candidates;
    }

    public enum Status { OPEN, PROPOSED, OFFERED, LET, WITHDRAWN }

    /** What a corporation enters for a vacancy; the municipality follows from the neighbourhood. */
    public record Draft(String address, String postcode, String neighbourhoodCode, Integer bedrooms, Integer rentCents,
            Integer floor, boolean lift, boolean wheelchair, LocalDate availableFrom) {
    }

    public record VacancyView(UUID id, String regionCode, String corporationCode, String corporationName, String address,
            String postcode, String municipalityCode, String municipalityName, String neighbourhoodCode,
            String neighbourhoodName, int bedrooms, int rentCents, int floor, boolean lift, boolean wheelchair,
            LocalDate availableFrom, Status status, String createdBy, Instant createdAt, int version) {

        public boolean groundFloor() {
            return floor <= 0;
        }
    }

    /** A quarter's total of vacancies a corporation reported. */
    public record Total(String corporationCode, int year, int quarter, int total, String reportedBy, Instant reportedAt) {
    }

    @Transactional
    public UUID offer(CurrentUser user, Draft draft) {
        corporation(user);
        Area area = check(draft);
        Region region = settings.regionOf(area.municipalityCode()).orElseThrow();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code, neighbourhood_code,
                    bedrooms, rent_cents, floor, lift, wheelchair, available_from, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, region.code(), user.organisation().code(), draft.address().trim(), postcode(draft.postcode()),
                        area.municipalityCode(), area.code(), draft.bedrooms(), draft.rentCents(), draft.floor(), draft.lift(),
                        draft.wheelchair(), draft.availableFrom(), user.getUsername())
                .update();
        log.record(Processing.of("outflow.vacancy.offer", "vacancy", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return id;
    }

    /** The corporation corrects an open vacancy. */
    @Transactional
    public VacancyView update(CurrentUser user, UUID id, int version, Draft draft) {
        VacancyView current = own(user, id);
        if (current.version() != version) {
            throw new OutflowRefused.Stale();
        }
        if (current.status() != Status.OPEN) {
            throw new OutflowRefused("Alleen een woning zonder voorstel of aanbieding kan nog worden gewijzigd.");
        }
        Area area = check(draft);
        Region region = settings.regionOf(area.municipalityCode()).orElseThrow();
        jdbc.sql("""
                update vacancy set region_code = ?, address = ?, postcode = ?, municipality_code = ?, neighbourhood_code = ?,
                    bedrooms = ?, rent_cents = ?, floor = ?, lift = ?, wheelchair = ?, available_from = ?, version = version + 1
                where id = ? and version = ?""")
                .params(region.code(), draft.address().trim(), postcode(draft.postcode()), area.municipalityCode(), area.code(),
                        draft.bedrooms(), draft.rentCents(), draft.floor(), draft.lift(), draft.wheelchair(),
                        draft.availableFrom(), id, version)
                .update();
        log.record(Processing.of("outflow.vacancy.update", "vacancy", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return find(id).orElseThrow();
    }

    /** The corporation takes a vacancy back; an adopted proposal is let go and the candidate returns to the pool. */
    @Transactional
    public VacancyView withdraw(CurrentUser user, UUID id, String reason) {
        VacancyView current = own(user, id);
        if (current.status() != Status.OPEN && current.status() != Status.PROPOSED) {
            throw new OutflowRefused("Een aangeboden of verhuurde woning kan niet worden teruggetrokken; trek eerst de aanbieding in.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new OutflowRefused("Geef de reden (hoogstens 500 tekens).");
        }
        jdbc.sql("select candidate_id from proposal where vacancy_id = ? and released_at is null").param(id)
                .query(UUID.class).optional().ifPresent(candidate -> {
                    jdbc.sql("update proposal set released_at = now(), release_reason = ? where vacancy_id = ? and released_at is null")
                            .params("Woning teruggetrokken: " + reason.trim(), id).update();
                    candidates.move(candidate, nl.thuisbasis.outflow.domain.CandidateStatus.PROPOSED,
                            nl.thuisbasis.outflow.domain.CandidateStatus.URGENCY_GRANTED,
                            "Voorgestelde woning teruggetrokken door de corporatie", user.getUsername());
                });
        jdbc.sql("update vacancy set status = 'WITHDRAWN', version = version + 1 where id = ?").param(id).update();
        log.record(Processing.of("outflow.vacancy.withdraw", "vacancy", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(reason.trim()));
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<VacancyView> list(CurrentUser user, String regionCode, Status status) {
        StringBuilder where = new StringBuilder(" where region_code = ?");
        List<Object> params = new ArrayList<>(List.of(regionCode));
        switch (user.role()) {
            case CORPORATION -> {
                where.append(" and corporation_code = ?");
                params.add(user.organisation().code());
            }
            case MUNICIPALITY -> {
                where.append(" and municipality_code = ?");
                params.add(String.valueOf(user.organisation().municipalityCode()));
            }
            case REGION_COORDINATOR, ADMIN -> {
                // the whole region
            }
            case PROVIDER -> throw new AccessDeniedException("providers see the dwellings offered to their clients only");
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        return jdbc.sql("select * from vacancy" + where + " order by available_from, created_at limit 2000").params(params)
                .query(rows()).list();
    }

    /** A vacancy as this user may see it. */
    @Transactional(readOnly = true)
    public Optional<VacancyView> get(CurrentUser user, UUID id) {
        return find(id).filter(v -> visible(user, v));
    }

    boolean visible(CurrentUser user, VacancyView v) {
        return switch (user.role()) {
            case CORPORATION -> v.corporationCode().equals(user.organisation().code());
            case MUNICIPALITY -> v.municipalityCode().equals(user.organisation().municipalityCode());
            case REGION_COORDINATOR, ADMIN -> true;
            // the provider of a candidate offered or housed there sees the dwelling
            case PROVIDER -> jdbc.sql("""
                    select count(*) from offer o where o.vacancy_id = ? and o.provider_code = ?""")
                    .params(v.id(), user.organisation().code()).query(Long.class).single() > 0;
        };
    }

    Optional<VacancyView> find(UUID id) {
        return jdbc.sql("select * from vacancy where id = ?").param(id).query(rows()).optional();
    }

    /** These vacancies, in one query (those that do not exist are not in the map). */
    Map<UUID, VacancyView> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from vacancy where id in (" + Candidates.placeholders(ids) + ")").params(List.<Object>copyOf(ids))
                .query(rows()).list().stream().collect(java.util.stream.Collectors.toMap(VacancyView::id, v -> v));
    }

    /** The open vacancies of a region for a matching round: available now or later, no proposal or offer yet. */
    List<VacancyView> open(String regionCode) {
        return jdbc.sql("select * from vacancy where region_code = ? and status = 'OPEN' order by available_from, id")
                .param(regionCode).query(rows()).list();
    }

    private VacancyView own(CurrentUser user, UUID id) {
        corporation(user);
        VacancyView v = jdbc.sql("select * from vacancy where id = ? for update").param(id).query(rows()).optional()
                .orElseThrow(OutflowRefused.NotFound::new);
        if (!v.corporationCode().equals(user.organisation().code())) {
            throw new OutflowRefused.NotFound();
        }
        return v;
    }

    private static void corporation(CurrentUser user) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("corporation staff offer vacancies");
        }
    }

    private Area check(Draft d) {
        List<String> problems = problems(d);
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        return catalog.area(d.neighbourhoodCode().trim()).orElseThrow();
    }

    /** Every problem of a draft at once; nothing is written (a form shows them next to the fields it could not read). */
    List<String> problems(Draft d) {
        List<String> problems = new ArrayList<>();
        if (d.address() == null || d.address().isBlank() || d.address().length() > 200) {
            problems.add("Geef het adres (straat en huisnummer, hoogstens 200 tekens).");
        }
        if (d.postcode() == null || !postcode(d.postcode()).matches("[1-9]\\d{3} [A-Z]{2}")) {
            problems.add("Geef een postcode zoals 3311 AB.");
        }
        Optional<Area> area = d.neighbourhoodCode() == null ? Optional.empty() : catalog.area(d.neighbourhoodCode().trim());
        if (area.isEmpty() || area.get().level() == AreaLevel.MUNICIPALITY
                || settings.regionOf(area.get().municipalityCode()).isEmpty()) {
            problems.add("Kies de buurt van de woning (in een gemeente van een regio in Thuisbasis).");
        }
        if (d.bedrooms() == null || d.bedrooms() < 0 || d.bedrooms() > 8) {
            problems.add("Geef het aantal slaapkamers (0 tot en met 8).");
        }
        if (d.rentCents() == null || d.rentCents() < 10_000 || d.rentCents() > 300_000) {
            problems.add("Geef de kale huur per maand (tussen 100 en 3.000 euro).");
        }
        if (d.floor() == null || d.floor() < -1 || d.floor() > 40) {
            problems.add("Geef de verdieping (0 is de begane grond).");
        }
        if (d.availableFrom() == null) {
            problems.add("Geef de datum waarop de woning beschikbaar komt.");
        } else if (d.availableFrom().isBefore(LocalDate.now(Candidates.ZONE).minusYears(1))) {
            problems.add("De datum van beschikbaarheid ligt meer dan een jaar terug.");
        } else if (d.availableFrom().isAfter(LocalDate.now(Candidates.ZONE).plusYears(1))) {
            problems.add("De datum van beschikbaarheid ligt meer dan een jaar vooruit; bied de woning aan als die bekend is.");
        }
        return problems;
    }

    static String postcode(String raw) {
        String compact = raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : compact;
    }

    // ---- totals and the cap

    @Transactional
    public void reportTotal(CurrentUser user, Integer year, Integer quarter, Integer total) {
        corporation(user);
        List<String> problems = new ArrayList<>();
        int thisYear = LocalDate.now(Candidates.ZONE).getYear();
        if (year == null || year < 2000 || year > thisYear + 1) {
            problems.add("Geef een jaar tussen 2000 en " + (thisYear + 1) + ".");
        }
        if (quarter == null || quarter < 1 || quarter > 4) {
            problems.add("Kies het kwartaal (1 tot en met 4).");
        }
        if (total == null || total < 0 || total > 100_000) {
            problems.add("Geef het totaal aantal vrijgekomen woningen (0 of meer).");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        jdbc.sql("""
                insert into vacancy_total (corporation_code, year, quarter, total, reported_by) values (?, ?, ?, ?, ?)
                on conflict (corporation_code, year, quarter) do update set total = excluded.total,
                    reported_by = excluded.reported_by, reported_at = now()""")
                .params(user.organisation().code(), year, quarter, total, user.getUsername()).update();
        log.record(Processing.of("outflow.vacancy.total", "corporation", user.organisation().code(), PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO).withDetails(year + " K" + quarter + ": " + total));
    }

    @Transactional(readOnly = true)
    public List<Total> totals(String corporationCode, int year) {
        return jdbc.sql("select * from vacancy_total where corporation_code = ? and year = ? order by quarter")
                .params(corporationCode, year)
                .query((rs, n) -> new Total(rs.getString("corporation_code"), rs.getInt("year"), rs.getInt("quarter"),
                        rs.getInt("total"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    /**
     * A corporation's cap in a year: the reported total of the year so far, and what is used: dwellings let to the
     * scheme that year, plus those offered or proposed now (they count as soon as they are committed).
     */
    @Transactional(readOnly = true)
    public OutflowCap.State cap(String corporationCode, int year, int capPercent) {
        return capFigures(corporationCode, year, true).state(capPercent);
    }

    /** What the cap of a year is counted from; {@code committed} only when asked (it is "now", not of a past year). */
    record CapFigures(Integer reportedTotal, int let, int committed) {
        OutflowCap.State state(int capPercent) {
            return new OutflowCap.State(reportedTotal, let + committed, capPercent);
        }
    }

    CapFigures capFigures(String corporationCode, int year, boolean withCommitted) {
        Integer total = jdbc.sql("select sum(total) from vacancy_total where corporation_code = ? and year = ?")
                .params(corporationCode, year).query(Integer.class).optional().orElse(null);
        int let = jdbc.sql("select count(*) from tenancy where corporation_code = ? and extract(year from starts_on) = ?")
                .params(corporationCode, year).query(Integer.class).single();
        int committed = !withCommitted ? 0
                : jdbc.sql("select count(*) from vacancy where corporation_code = ? and status in ('PROPOSED', 'OFFERED')")
                        .param(corporationCode).query(Integer.class).single();
        return new CapFigures(total, let, committed);
    }

    /** Maps the rows of one query, looking each name up once. */
    private org.springframework.jdbc.core.RowMapper<VacancyView> rows() {
        OutflowNames.Lookup lookup = names.lookup();
        return (rs, n) -> view(rs, lookup);
    }

    private VacancyView view(ResultSet rs, OutflowNames.Lookup lookup) throws SQLException {
        String corporation = rs.getString("corporation_code");
        String municipality = rs.getString("municipality_code");
        String neighbourhood = rs.getString("neighbourhood_code");
        return new VacancyView(rs.getObject("id", UUID.class), rs.getString("region_code"), corporation,
                lookup.organisation(corporation), rs.getString("address"), rs.getString("postcode"), municipality,
                lookup.area(municipality), neighbourhood, lookup.area(neighbourhood), rs.getInt("bedrooms"), rs.getInt("rent_cents"),
                rs.getInt("floor"), rs.getBoolean("lift"), rs.getBoolean("wheelchair"),
                rs.getObject("available_from", LocalDate.class), Status.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
