package nl.thuisbasis.outflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.domain.AffordabilityFit;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.ClientReference;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates of the priority scheme (voorrangsregeling): registered by care-provider staff with a pseudonymous
 * reference (never a BSN), their household, needs, acceptable municipalities and exclusions; the municipality grants
 * urgency, which needs every eligibility rule of the region met or excepted; readiness is confirmed by the provider.
 * Status steps keep an append-only history. Who sees what follows {@link CandidateAccess}; every read of candidate data
 * is recorded in the processing log, one entry per candidate.
 */
@Service
public class Candidates {

    static final String PURPOSE = "Voorrangsregeling uitstroom: bemiddeling naar een reguliere huurwoning";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int MAX_EXCLUSIONS = 10;

    private final JdbcClient jdbc;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final OutflowNames names;
    private final Clock clock;

    Candidates(JdbcClient jdbc, OutflowSettings settings, RegionCatalog catalog, Organisations organisations,
            ProcessingLog log, OutflowNames names, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.catalog = catalog;
        this.organisations = organisations;
        this.log = log;
        this.names = names;
        this.clock = clock.orElse(Clock.system(ZONE));
    }

    /** What a provider enters for a candidate. Strings are codes; null means not given. */
    public record Draft(String reference, String decidingMunicipality, Integer adults, Integer children, AgeBand ageBand,
            IncomeBand incomeBand, boolean needsGroundFloor, boolean needsLift, boolean needsWheelchair,
            Integer bedroomsNeeded, List<String> municipalities, List<CandidateView.Exclusion> exclusions,
            String originMunicipality, String supportProvider, SupportIntensity supportIntensity,
            TargetHousing targetHousing, String category, Integer regionalTiesYears, boolean hadOwnDwelling,
            LocalDate consentOn) {
    }

    /** Which candidates to list. */
    public record Filter(CandidateStatus status, String municipality) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- registering and correcting

    @Transactional
    public UUID register(CurrentUser user, Draft draft) {
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        if (!CandidateAccess.mayRegister(viewer)) {
            throw new AccessDeniedException("care-provider staff register candidates");
        }
        Region region = check(draft, user.organisation().code(), null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children,
                    age_band, income_band, needs_ground_floor, needs_lift, needs_wheelchair, bedrooms_needed,
                    origin_municipality, support_provider, support_intensity, target_housing, category, regional_ties_years,
                    had_own_dwelling, consent_on, status, registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?)""")
                .params(id, region.code(), draft.reference().trim(), user.organisation().code(), draft.decidingMunicipality(),
                        draft.adults(), draft.children(), draft.ageBand().name(), draft.incomeBand().name(),
                        draft.needsGroundFloor(), draft.needsLift(), draft.needsWheelchair(), draft.bedroomsNeeded(),
                        draft.originMunicipality(), draft.supportProvider(), draft.supportIntensity().name(),
                        draft.targetHousing().name(), draft.category(), draft.regionalTiesYears(), draft.hadOwnDwelling(),
                        draft.consentOn(), user.getUsername())
                .update();
        writeChildren(id, draft);
        history(id, null, CandidateStatus.REGISTERED, "Aangemeld voor de voorrangsregeling", user.getUsername());
        log.record(Processing.of("outflow.candidate.register", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME));
        return id;
    }

    /** The provider corrects a candidate's data while no dwelling is proposed or offered. */
    @Transactional
    public CandidateView update(CurrentUser user, UUID id, int version, Draft draft) {
        Row row = lock(id);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        if (!CandidateAccess.isProvider(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        if (row.version() != version) {
            throw new OutflowRefused.Stale();
        }
        if (row.status() != CandidateStatus.REGISTERED && row.status() != CandidateStatus.URGENCY_GRANTED) {
            throw new OutflowRefused("Gegevens wijzigen kan alleen zolang er geen woning is voorgesteld of aangeboden.");
        }
        Region region = check(draft, row.providerCode(), id);
        if (row.status() == CandidateStatus.URGENCY_GRANTED && !draft.decidingMunicipality().equals(row.decidingMunicipality())) {
            throw new OutflowRefused("De gemeente die over de urgentie besliste, blijft dezelfde.");
        }
        jdbc.sql("""
                update candidate set region_code = ?, reference = ?, deciding_municipality = ?, adults = ?, children = ?,
                    age_band = ?, income_band = ?, needs_ground_floor = ?, needs_lift = ?, needs_wheelchair = ?,
                    bedrooms_needed = ?, origin_municipality = ?, support_provider = ?, support_intensity = ?,
                    target_housing = ?, category = ?, regional_ties_years = ?, had_own_dwelling = ?, consent_on = ?,
                    version = version + 1
                where id = ?""")
                .params(region.code(), draft.reference().trim(), draft.decidingMunicipality(), draft.adults(), draft.children(),
                        draft.ageBand().name(), draft.incomeBand().name(), draft.needsGroundFloor(), draft.needsLift(),
                        draft.needsWheelchair(), draft.bedroomsNeeded(), draft.originMunicipality(), draft.supportProvider(),
                        draft.supportIntensity().name(), draft.targetHousing().name(), draft.category(),
                        draft.regionalTiesYears(), draft.hadOwnDwelling(), draft.consentOn(), id)
                .update();
        jdbc.sql("delete from candidate_municipality where candidate_id = ?").param(id).update();
        jdbc.sql("delete from candidate_exclusion where candidate_id = ?").param(id).update();
        writeChildren(id, draft);
        log.record(Processing.of("outflow.candidate.update", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME));
        return view(load(id), CandidateAccess.Level.FULL);
    }

    private void writeChildren(UUID id, Draft draft) {
        for (int i = 0; i < draft.municipalities().size(); i++) {
            jdbc.sql("insert into candidate_municipality (candidate_id, rank, municipality_code) values (?, ?, ?)")
                    .params(id, i + 1, draft.municipalities().get(i)).update();
        }
        for (CandidateView.Exclusion e : draft.exclusions()) {
            jdbc.sql("insert into candidate_exclusion (candidate_id, neighbourhood_code, reason) values (?, ?, ?)")
                    .params(id, e.neighbourhoodCode(), e.reason().name()).update();
        }
    }

    /** Checks a draft completely; returns the region of the deciding municipality. */
    private Region check(Draft d, String providerCode, UUID self) {
        List<String> problems = problems(d, providerCode, self);
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        return settings.regionOf(d.decidingMunicipality()).orElseThrow();
    }

    /**
     * Every problem of a draft at once; nothing is written (a form shows them together with the fields it could not
     * read). {@code self}: the candidate being corrected, or null for a new one.
     */
    List<String> problems(Draft d, String providerCode, UUID self) {
        List<String> problems = new ArrayList<>();
        ClientReference.problem(d.reference()).ifPresent(problems::add);
        if (problems.isEmpty() && jdbc.sql("select count(*) from candidate where provider_code = ? and reference = ? and id <> ?")
                .params(providerCode, d.reference().trim(), self == null ? new UUID(0, 0) : self).query(Long.class).single() > 0) {
            problems.add("Deze cliëntreferentie is al aangemeld door uw organisatie.");
        }
        Region region = d.decidingMunicipality() == null ? null : settings.regionOf(d.decidingMunicipality()).orElse(null);
        if (region == null) {
            problems.add("Kies de gemeente die over de urgentie beslist (een gemeente in een regio van Thuisbasis).");
        }
        if (d.adults() == null || d.adults() < 1 || d.adults() > 6) {
            problems.add("Het huishouden telt 1 tot en met 6 volwassenen.");
        }
        if (d.children() == null || d.children() < 0 || d.children() > 12) {
            problems.add("Geef het aantal kinderen (0 tot en met 12).");
        }
        if (d.ageBand() == null) {
            problems.add("Kies de leeftijdscategorie.");
        }
        if (d.incomeBand() == null) {
            problems.add("Kies de inkomenscategorie.");
        }
        if (d.bedroomsNeeded() == null || d.bedroomsNeeded() < 0 || d.bedroomsNeeded() > 8) {
            problems.add("Geef het aantal slaapkamers dat nodig is (0 tot en met 8).");
        }
        List<String> accepted = d.municipalities() == null ? List.of() : d.municipalities();
        if (accepted.isEmpty()) {
            problems.add("Geef ten minste één aanvaardbare gemeente.");
        } else if (new HashSet<>(accepted).size() != accepted.size()) {
            problems.add("Elke aanvaardbare gemeente komt één keer voor in de volgorde.");
        } else if (region != null && !region.municipalityCodes().containsAll(accepted)) {
            problems.add("De aanvaardbare gemeenten horen bij de regio " + region.name() + ".");
        }
        List<CandidateView.Exclusion> exclusions = d.exclusions() == null ? List.of() : d.exclusions();
        if (exclusions.size() > MAX_EXCLUSIONS) {
            problems.add("Hoogstens " + MAX_EXCLUSIONS + " uitgesloten buurten.");
        }
        Set<String> excludedCodes = new HashSet<>();
        for (CandidateView.Exclusion e : exclusions) {
            Optional<Area> area = e.neighbourhoodCode() == null ? Optional.empty() : catalog.area(e.neighbourhoodCode());
            if (area.isEmpty() || area.get().level() == nl.thuisbasis.region.AreaLevel.MUNICIPALITY) {
                problems.add("'" + e.neighbourhoodCode() + "' is geen bekende buurt of wijk.");
            } else if (!excludedCodes.add(e.neighbourhoodCode())) {
                problems.add("Een buurt staat twee keer bij de uitsluitingen.");
            }
            if (e.reason() == null) {
                problems.add("Geef bij elke uitgesloten buurt de reden (categorie).");
            }
        }
        if (d.originMunicipality() == null || catalog.area(d.originMunicipality())
                .filter(a -> a.level() == nl.thuisbasis.region.AreaLevel.MUNICIPALITY).isEmpty()) {
            problems.add("Kies de gemeente van herkomst.");
        }
        if (d.supportProvider() == null || organisations.find(d.supportProvider())
                .filter(o -> o.type() == OrganisationType.CARE_PROVIDER).isEmpty()) {
            problems.add("Kies de zorgaanbieder die de begeleiding geeft.");
        }
        if (d.supportIntensity() == null) {
            problems.add("Kies de intensiteit van de begeleiding.");
        }
        if (d.targetHousing() == null) {
            problems.add("Kies de woonvorm waarnaar de kandidaat uitstroomt.");
        }
        if (region != null && (d.category() == null || settings.categories(region.code()).stream()
                .noneMatch(c -> c.active() && c.code().equals(d.category())))) {
            problems.add("Kies een categorie van de regeling van deze regio.");
        }
        if (d.regionalTiesYears() != null && (d.regionalTiesYears() < 0 || d.regionalTiesYears() > 120)) {
            problems.add("Het aantal jaren regiobinding ligt tussen 0 en 120.");
        }
        if (d.consentOn() == null) {
            problems.add("Leg vast wanneer de cliënt toestemming gaf om deze gegevens te delen met gemeente en corporatie.");
        } else if (d.consentOn().isAfter(today())) {
            problems.add("De datum van de toestemming kan niet in de toekomst liggen.");
        } else if (d.consentOn().isBefore(today().minusYears(5))) {
            problems.add("De toestemming is meer dan vijf jaar oud; vraag de cliënt opnieuw om toestemming.");
        }
        return problems;
    }

    // ---- the municipality's and the provider's steps

    /** The deciding municipality grants urgency: every eligibility rule met, or set aside by a recorded exception. */
    @Transactional
    public CandidateView grantUrgency(CurrentUser user, UUID id, LocalDate on, String decision) {
        Row row = lock(id);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        if (!CandidateAccess.isDecidingMunicipality(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        List<String> problems = new ArrayList<>();
        if (row.status() != CandidateStatus.REGISTERED) {
            problems.add("Urgentie is al verleend of de kandidaat doet niet meer mee.");
        }
        if (on == null) {
            problems.add("Geef de datum van het urgentiebesluit.");
        } else if (on.isAfter(today())) {
            problems.add("De datum van het urgentiebesluit kan niet in de toekomst liggen.");
        } else if (on.isBefore(row.registeredOn())) {
            problems.add("Urgentie kan niet vóór de aanmelding zijn verleend.");
        }
        if (decision == null || decision.isBlank()) {
            problems.add("Geef het kenmerk van het besluit.");
        } else if (decision.length() > 100) {
            problems.add("Het kenmerk is hoogstens 100 tekens.");
        }
        Eligibility.Outcome eligibility = eligibility(row);
        for (Eligibility.Rule rule : eligibility.blocking()) {
            problems.add("Voldoet niet aan de regel '" + rule.description() + "'; leg eerst een uitzondering vast.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        jdbc.sql("""
                update candidate set status = 'URGENCY_GRANTED', urgency_granted_on = ?, urgency_decision = ?,
                    urgency_granted_by = ?, version = version + 1 where id = ?""")
                .params(on, decision.trim(), user.getUsername(), id).update();
        history(id, row.status(), CandidateStatus.URGENCY_GRANTED, "Urgentie verleend (" + decision.trim() + ")", user.getUsername());
        log.record(Processing.of("outflow.candidate.urgency", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME));
        return view(load(id), CandidateAccess.Level.FULL);
    }

    /** The deciding municipality sets a rule aside for this candidate, with the reason. */
    @Transactional
    public CandidateView recordException(CurrentUser user, UUID id, UUID ruleId, String reason, LocalDate decidedOn) {
        Row row = lock(id);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        if (!CandidateAccess.isDecidingMunicipality(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        List<String> problems = new ArrayList<>();
        Optional<OutflowSettings.RuleView> rule = settings.rules(row.regionCode()).stream()
                .filter(r -> r.id().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            problems.add("Kies een regel van de regeling van deze regio.");
        } else if (Eligibility.meets(rule.get().rule(), row.facts())) {
            problems.add("De kandidaat voldoet al aan deze regel; een uitzondering is niet nodig.");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("Geef de reden van de uitzondering.");
        } else if (reason.length() > 1000) {
            problems.add("De reden is hoogstens 1000 tekens.");
        }
        if (decidedOn == null || decidedOn.isAfter(today())) {
            problems.add("Geef de datum van het besluit (niet in de toekomst).");
        }
        if (!row.status().active()) {
            problems.add("De kandidaat doet niet meer mee.");
        }
        if (problems.isEmpty() && jdbc.sql("select count(*) from eligibility_exception where candidate_id = ? and rule_id = ?")
                .params(id, ruleId).query(Long.class).single() > 0) {
            problems.add("Voor deze regel is al een uitzondering vastgelegd.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        jdbc.sql("insert into eligibility_exception (id, candidate_id, rule_id, reason, decided_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, ruleId, reason.trim(), decidedOn, user.getUsername()).update();
        jdbc.sql("update candidate set version = version + 1 where id = ?").param(id).update();
        log.record(Processing.of("outflow.candidate.exception", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME)
                .withDetails("uitzondering op: " + rule.get().description()));
        return view(load(id), CandidateAccess.Level.FULL);
    }

    /** The provider confirms the candidate is ready to live on their own: when, and by whom. */
    @Transactional
    public CandidateView confirmReadiness(CurrentUser user, UUID id, LocalDate on, String by) {
        Row row = lock(id);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        if (!CandidateAccess.isProvider(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        List<String> problems = new ArrayList<>();
        if (!row.status().active()) {
            problems.add("De kandidaat doet niet meer mee.");
        }
        if (on == null || on.isAfter(today())) {
            problems.add("Geef de datum waarop de woonvaardigheid is vastgesteld (niet in de toekomst).");
        } else if (on.isBefore(row.registeredOn().minusYears(1))) {
            problems.add("De woonvaardigheid is meer dan een jaar vóór de aanmelding vastgesteld; stel haar opnieuw vast.");
        }
        if (by == null || by.isBlank()) {
            problems.add("Geef wie de woonvaardigheid vaststelde (naam en functie).");
        } else if (by.length() > 200) {
            problems.add("Naam en functie zijn hoogstens 200 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        jdbc.sql("update candidate set ready_on = ?, ready_confirmed_by = ?, version = version + 1 where id = ?")
                .params(on, by.trim(), id).update();
        log.record(Processing.of("outflow.candidate.readiness", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME));
        return view(load(id), CandidateAccess.Level.FULL);
    }

    /** The provider or the deciding municipality withdraws a candidate; an open proposal or offer is let go with it. */
    @Transactional
    public CandidateView withdraw(CurrentUser user, UUID id, String reason) {
        Row row = lock(id);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        CandidateAccess.Subject subject = row.subject(Set.of());
        if (!CandidateAccess.isProvider(viewer, subject) && !CandidateAccess.isDecidingMunicipality(viewer, subject)) {
            throw invisibleOrDenied(viewer, row);
        }
        if (!row.status().mayMoveTo(CandidateStatus.WITHDRAWN)) {
            throw new OutflowRefused("Een gehuisveste of al teruggetrokken kandidaat kan niet worden teruggetrokken.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new OutflowRefused("Geef de reden van het terugtrekken (hoogstens 500 tekens).");
        }
        jdbc.sql("""
                update vacancy set status = 'OPEN', version = version + 1 where id in (
                    select vacancy_id from proposal where candidate_id = ? and released_at is null
                    union select vacancy_id from offer where candidate_id = ? and status = 'OPEN')""").params(id, id).update();
        jdbc.sql("update proposal set released_at = now(), release_reason = ? where candidate_id = ? and released_at is null")
                .params("Kandidaat teruggetrokken", id).update();
        jdbc.sql("update offer set status = 'WITHDRAWN', answered_on = ?, answered_by = ?, version = version + 1 where candidate_id = ? and status = 'OPEN'")
                .params(today(), user.getUsername(), id).update();
        move(id, row.status(), CandidateStatus.WITHDRAWN, reason.trim(), user.getUsername());
        log.record(Processing.of("outflow.candidate.withdraw", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME));
        return view(load(id), CandidateAccess.Level.FULL);
    }

    // ---- reading

    /** The candidates this user may see, each read recorded in the processing log. */
    @Transactional
    public List<CandidateView> list(CurrentUser user, Filter filter) {
        return list(user, filter, 0, Integer.MAX_VALUE).items();
    }

    /** One page of what a list shows: only these items are read (and logged); {@code total} counts all of them. */
    public record Slice<T>(List<T> items, int total) {

        static <T> Slice<T> of(List<T> all, int offset, int limit) {
            int from = Math.min(all.size(), Math.max(0, offset));
            int to = (int) Math.min(all.size(), (long) from + limit);
            return new Slice<>(List.copyOf(all.subList(from, to)), all.size());
        }
    }

    /** A page of the candidates this user may see; only the candidates on the page are read and logged. */
    @Transactional
    public Slice<CandidateView> list(CurrentUser user, Filter filter, int offset, int limit) {
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (user.role() == Role.PROVIDER) {
            where.append(" and c.provider_code = ?");
            params.add(user.organisation().code());
        } else if (user.role() == Role.MUNICIPALITY) {
            where.append(" and c.deciding_municipality = ?");
            params.add(String.valueOf(user.organisation().municipalityCode()));
        } else if (user.role() == Role.CORPORATION) {
            where.append(" and c.id in (").append(LINKED_TO_CORPORATION).append(")");
            for (int i = 0; i < 4; i++) {
                params.add(user.organisation().code());
            }
        } else {
            throw new AccessDeniedException(AGGREGATES_ONLY);
        }
        if (filter.status() != null) {
            where.append(" and c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.municipality() != null && !filter.municipality().isBlank()) {
            if (user.role() == Role.CORPORATION) {
                // the acceptable municipalities are not among the minimal fields: filtering on them would show them
                throw new OutflowRefused("Corporaties kunnen niet filteren op aanvaardbare gemeente: dat gegeven hoort niet "
                        + "bij de minimale gegevens die u ziet.");
            }
            where.append(" and exists (select 1 from candidate_municipality cm where cm.candidate_id = c.id and cm.municipality_code = ?)");
            params.add(filter.municipality());
        }
        List<Row> rows = jdbc.sql("select c.* from candidate c" + where + " order by c.urgency_granted_on nulls last, c.registered_at limit 2000")
                .params(params).query(Candidates::row).list();
        Map<UUID, Set<String>> links = linkedCorporations(rows.stream().map(Row::id).toList());
        List<Map.Entry<Row, CandidateAccess.Level>> visible = new ArrayList<>();
        for (Row r : rows) {
            CandidateAccess.Level level = CandidateAccess.level(viewer, r.subject(links.getOrDefault(r.id(), Set.of())));
            if (level != CandidateAccess.Level.NONE) {
                visible.add(Map.entry(r, level));
            }
        }
        Slice<Map.Entry<Row, CandidateAccess.Level>> page = Slice.of(visible, offset, limit);
        ViewContext context = new ViewContext();
        List<CandidateView> views = page.items().stream().map(e -> view(e.getKey(), e.getValue(), context)).toList();
        log.recordEach(views.stream().map(v -> Processing.of("outflow.candidate.read", "candidate", v.id().toString(),
                PURPOSE, LegalBasis.PRIORITY_SCHEME).withDetails("in een lijst (" + v.access() + ")")).toList());
        return new Slice<>(views, page.total());
    }

    /** One candidate as this user may see it (empty when they may not); the read is recorded. */
    @Transactional
    public Optional<CandidateView> get(CurrentUser user, UUID id) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(AGGREGATES_ONLY);
        }
        Optional<Row> row = find(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        CandidateAccess.Level level = CandidateAccess.level(OutflowSettings.viewer(user),
                row.get().subject(linkedCorporations(List.of(id)).getOrDefault(id, Set.of())));
        if (level == CandidateAccess.Level.NONE) {
            log.record(new Processing("outflow.candidate.read", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME,
                    Processing.Outcome.DENIED, null));
            return Optional.empty();
        }
        CandidateView view = view(load(id), level);
        log.record(Processing.of("outflow.candidate.read", "candidate", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME)
                .withDetails(level.name()));
        return Optional.of(view);
    }

    /**
     * The minimal fields of those of these candidates that a corporation is linked to (the caller logs the reads); a
     * candidate whose link has ended, for example one withdrawn since the round, is left out. Three queries for all.
     */
    Map<UUID, CandidateView> minimalViews(List<UUID> ids, String corporationCode) {
        Map<UUID, Set<String>> links = linkedCorporations(ids);
        ViewContext context = new ViewContext();
        Map<UUID, CandidateView> views = new HashMap<>();
        findAll(ids).forEach((id, r) -> {
            if (links.getOrDefault(id, Set.of()).contains(corporationCode)) {
                views.put(id, view(r, CandidateAccess.Level.MINIMAL, context));
            }
        });
        return views;
    }

    /** Why region coordinators and administrators get a 403 on records of candidates, offers and tenancies. */
    static final String AGGREGATES_ONLY = "region coordinators and administrators see aggregates only";

    /**
     * A corporation is linked to a candidate proposed (the engine's proposal in the region's latest round for an
     * open vacancy of the corporation, while the candidate is still in the pool and that proposal was not yet
     * adopted, or an adopted proposal not let go), offered (an offer not yet answered) or housed (a tenancy) for one of
     * its vacancies; a declined or withdrawn offer ends the link, as a released proposal or a newer round does.
     */
    static final String LINKED_TO_CORPORATION = """
            select p.candidate_id from proposal p join vacancy v on v.id = p.vacancy_id
                where p.released_at is null and v.corporation_code = ?
            union select c.id from vacancy v
                join lateral (select r.result, r.run_at from matching_run r where r.region_code = v.region_code
                    order by r.run_at desc limit 1) r on true
                join candidate c on c.id::text = r.result -> 'result' -> 'assignment' ->> v.id::text
                where v.corporation_code = ? and v.status = 'OPEN' and c.status = 'URGENCY_GRANTED'
                    and not exists (select 1 from proposal p where p.vacancy_id = v.id and p.candidate_id = c.id
                        and p.proposed_at >= r.run_at)
            union select o.candidate_id from offer o where o.status = 'OPEN' and o.corporation_code = ?
            union select t.candidate_id from tenancy t where t.corporation_code = ?""";

    Map<UUID, Set<String>> linkedCorporations(List<UUID> ids) {
        Map<UUID, Set<String>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        String in = ids.stream().map(x -> "?").collect(Collectors.joining(","));
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            params.addAll(ids);
        }
        jdbc.sql("""
                select p.candidate_id, v.corporation_code from proposal p join vacancy v on v.id = p.vacancy_id
                    where p.released_at is null and p.candidate_id in (%1$s)
                union select c.id, v.corporation_code from candidate c
                    join lateral (select r.result, r.run_at from matching_run r where r.region_code = c.region_code
                        order by r.run_at desc limit 1) r on true
                    cross join lateral jsonb_each_text(r.result -> 'result' -> 'assignment') a
                    join vacancy v on v.id::text = a.key
                    where a.value = c.id::text and v.status = 'OPEN' and c.status = 'URGENCY_GRANTED' and c.id in (%1$s)
                        and not exists (select 1 from proposal p where p.vacancy_id = v.id and p.candidate_id = c.id
                            and p.proposed_at >= r.run_at)
                union select candidate_id, corporation_code from offer where status = 'OPEN' and candidate_id in (%1$s)
                union select candidate_id, corporation_code from tenancy where candidate_id in (%1$s)""".formatted(in))
                .params(params)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return result;
    }

    // ---- steps taken by matching and offers (same module, same transaction)

    /** Moves a candidate along its status steps, refusing a step that does not follow; writes the history. */
    void move(UUID id, CandidateStatus from, CandidateStatus to, String reason, String actor) {
        if (!from.mayMoveTo(to)) {
            throw new OutflowRefused("Deze stap kan niet: de kandidaat staat op '" + from + "'.");
        }
        int changed = jdbc.sql("update candidate set status = ?, version = version + 1 where id = ? and status = ?")
                .params(to.name(), id, from.name()).update();
        if (changed == 0) {
            throw new OutflowRefused.Stale();
        }
        history(id, from, to, reason, actor);
    }

    private void history(UUID id, CandidateStatus from, CandidateStatus to, String reason, String actor) {
        jdbc.sql("insert into candidate_status_change (id, candidate_id, from_status, to_status, reason, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), reason, actor).update();
    }

    /** What the matching needs of a candidate; read by the engine, never shown. */
    record Facts(UUID id, String regionCode, LocalDate urgencyGrantedOn, int bedroomsNeeded, boolean groundFloor,
            boolean lift, boolean wheelchair, int maxRentCents, List<String> municipalities, Set<String> excluded,
            String originMunicipality, TargetHousing targetHousing, String providerCode, String decidingMunicipality) {
    }

    /**
     * The pool of a matching round: urgency granted, readiness confirmed, eligible (rules met or excepted), no proposal
     * or offer yet. Candidates without rent limits for this year's passend toewijzen cannot be matched.
     */
    List<Facts> pool(String regionCode) {
        List<Row> rows = jdbc.sql("select c.* from candidate c where c.region_code = ? and c.status = 'URGENCY_GRANTED' and c.ready_on is not null")
                .param(regionCode).query(Candidates::row).list();
        Optional<OutflowSettings.Limits> limits = settings.limits(today().getYear());
        List<Eligibility.Rule> rules = settings.activeRules(regionCode);
        Map<UUID, Set<String>> exceptions = exceptedRules(rows.stream().map(Row::id).toList());
        Map<UUID, List<String>> municipalities = municipalities(rows.stream().map(Row::id).toList());
        Map<UUID, Set<String>> excluded = exclusionCodes(rows.stream().map(Row::id).toList());
        List<Facts> pool = new ArrayList<>();
        for (Row r : rows) {
            if (limits.isEmpty() || !Eligibility.check(rules, r.facts(), exceptions.getOrDefault(r.id(), Set.of())).eligible()) {
                continue;
            }
            pool.add(new Facts(r.id(), r.regionCode(), r.urgencyGrantedOn(), r.bedroomsNeeded(), r.needsGroundFloor(),
                    r.needsLift(), r.needsWheelchair(), AffordabilityFit.maxRent(limits.get().fit(), r.incomeBand(), r.adults(),
                            r.children(), r.ageBand()), municipalities.getOrDefault(r.id(), List.of()),
                    excluded.getOrDefault(r.id(), Set.of()), r.originMunicipality(), r.targetHousing(), r.providerCode(),
                    r.decidingMunicipality()));
        }
        return pool;
    }

    // ---- rows

    record Row(UUID id, String regionCode, String reference, String providerCode, String decidingMunicipality, int adults,
            int children, AgeBand ageBand, IncomeBand incomeBand, boolean needsGroundFloor, boolean needsLift,
            boolean needsWheelchair, int bedroomsNeeded, String originMunicipality, String supportProvider,
            SupportIntensity supportIntensity, TargetHousing targetHousing, String category, Integer regionalTiesYears,
            boolean hadOwnDwelling, LocalDate consentOn, CandidateStatus status, LocalDate urgencyGrantedOn,
            String urgencyDecision, String urgencyGrantedBy, LocalDate readyOn, String readyConfirmedBy, String registeredBy,
            java.time.Instant registeredAt, int version) {

        CandidateAccess.Subject subject(Set<String> linkedCorporations) {
            return new CandidateAccess.Subject(providerCode, decidingMunicipality, linkedCorporations);
        }

        Eligibility.Facts facts() {
            return new Eligibility.Facts(regionalTiesYears, hadOwnDwelling);
        }

        LocalDate registeredOn() {
            return registeredAt.atZone(ZONE).toLocalDate();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("reference"),
                rs.getString("provider_code"), rs.getString("deciding_municipality"), rs.getInt("adults"), rs.getInt("children"),
                AgeBand.valueOf(rs.getString("age_band")), IncomeBand.valueOf(rs.getString("income_band")),
                rs.getBoolean("needs_ground_floor"), rs.getBoolean("needs_lift"), rs.getBoolean("needs_wheelchair"),
                rs.getInt("bedrooms_needed"), rs.getString("origin_municipality"), rs.getString("support_provider"),
                SupportIntensity.valueOf(rs.getString("support_intensity")), TargetHousing.valueOf(rs.getString("target_housing")),
                rs.getString("category"), rs.getObject("regional_ties_years") == null ? null : rs.getInt("regional_ties_years"),
                rs.getBoolean("had_own_dwelling"), rs.getObject("consent_on", LocalDate.class),
                CandidateStatus.valueOf(rs.getString("status")), rs.getObject("urgency_granted_on", LocalDate.class),
                rs.getString("urgency_decision"), rs.getString("urgency_granted_by"), rs.getObject("ready_on", LocalDate.class),
                rs.getString("ready_confirmed_by"), rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant(), rs.getInt("version"));
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from candidate where id = ?").param(id).query(Candidates::row).optional();
    }

    /** The rows of these candidates, in one query (those that do not exist are not in the map). */
    Map<UUID, Row> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from candidate where id in (" + placeholders(ids) + ")").params(List.<Object>copyOf(ids))
                .query(Candidates::row).list().stream().collect(Collectors.toMap(Row::id, r -> r));
    }

    private Row load(UUID id) {
        return find(id).orElseThrow(OutflowRefused.NotFound::new);
    }

    /** The row, locked for the rest of the transaction. */
    Row lock(UUID id) {
        return jdbc.sql("select * from candidate where id = ? for update").param(id).query(Candidates::row).optional()
                .orElseThrow(OutflowRefused.NotFound::new);
    }

    /** Not visible at all: "not found"; visible but not this user's step: "forbidden". */
    private RuntimeException invisibleOrDenied(CandidateAccess.Viewer viewer, Row row) {
        CandidateAccess.Level level = CandidateAccess.level(viewer, row.subject(linkedCorporations(List.of(row.id()))
                .getOrDefault(row.id(), Set.of())));
        return level == CandidateAccess.Level.NONE ? new OutflowRefused.NotFound()
                : new AccessDeniedException("not this user's step");
    }

    private Eligibility.Outcome eligibility(Row row) {
        return Eligibility.check(settings.activeRules(row.regionCode()), row.facts(),
                exceptedRules(List.of(row.id())).getOrDefault(row.id(), Set.of()));
    }

    private Map<UUID, Set<String>> exceptedRules(List<UUID> ids) {
        return perCandidate("select candidate_id, rule_id::text from eligibility_exception where candidate_id in (%s)", ids, HashSet::new);
    }

    private Map<UUID, List<String>> municipalities(List<UUID> ids) {
        return perCandidate("select candidate_id, municipality_code from candidate_municipality where candidate_id in (%s) "
                + "order by candidate_id, rank", ids, ArrayList::new);
    }

    private Map<UUID, Set<String>> exclusionCodes(List<UUID> ids) {
        return perCandidate("select candidate_id, neighbourhood_code from candidate_exclusion where candidate_id in (%s)", ids,
                HashSet::new);
    }

    /** A child table read for many candidates at once: candidate id -> the second column's values, in query order. */
    private <C extends java.util.Collection<String>> Map<UUID, C> perCandidate(String sql, List<UUID> ids,
            java.util.function.Supplier<C> collection) {
        Map<UUID, C> result = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql.formatted(placeholders(ids))).params(List.copyOf(ids))
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> collection.get()).add(e.getValue()));
        }
        return result;
    }

    // ---- views

    private CandidateView view(Row r, CandidateAccess.Level level) {
        return view(r, level, new ViewContext());
    }

    /** What every candidate of a list shares: names, and per region its rules and categories, this year's limits. */
    private final class ViewContext {
        final OutflowNames.Lookup names = Candidates.this.names.lookup();
        final Map<String, List<OutflowSettings.RuleView>> rules = new HashMap<>();
        final Map<String, List<OutflowSettings.Category>> categories = new HashMap<>();
        Optional<OutflowSettings.Limits> limits;

        Optional<OutflowSettings.Limits> limits() {
            if (limits == null) {
                limits = settings.limits(today().getYear());
            }
            return limits;
        }
    }

    private CandidateView view(Row r, CandidateAccess.Level level, ViewContext context) {
        OutflowNames.Lookup lookup = context.names;
        String supportName = lookup.organisation(r.supportProvider());
        if (level == CandidateAccess.Level.MINIMAL) {
            return new CandidateView(r.id(), level, r.reference(), r.status(), r.urgencyGrantedOn(), r.adults(), r.children(),
                    r.bedroomsNeeded(), r.needsGroundFloor(), r.needsLift(), r.needsWheelchair(), r.incomeBand(),
                    r.targetHousing(), r.supportProvider(), supportName, r.supportIntensity(), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
        List<String> codes = municipalities(List.of(r.id())).getOrDefault(r.id(), List.of());
        List<CandidateView.Municipality> municipalities = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            municipalities.add(new CandidateView.Municipality(i + 1, codes.get(i), lookup.area(codes.get(i))));
        }
        List<CandidateView.Exclusion> exclusions = jdbc.sql("select neighbourhood_code, reason from candidate_exclusion where candidate_id = ? order by neighbourhood_code")
                .param(r.id()).query((rs, n) -> new CandidateView.Exclusion(rs.getString(1), lookup.area(rs.getString(1)),
                        ExclusionReason.valueOf(rs.getString(2)))).list();
        Map<String, CandidateView.RuleException> exceptions = new LinkedHashMap<>();
        jdbc.sql("select rule_id, reason, decided_on, recorded_by from eligibility_exception where candidate_id = ?").param(r.id())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class).toString(), new CandidateView.RuleException(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))).list()
                .forEach(e -> exceptions.put(e.getKey(), e.getValue()));
        List<CandidateView.RuleCheck> checks = new ArrayList<>();
        boolean eligible = true;
        for (OutflowSettings.RuleView rule : context.rules.computeIfAbsent(r.regionCode(), settings::rules)) {
            boolean met = Eligibility.meets(rule.rule(), r.facts());
            CandidateView.RuleException exception = exceptions.get(rule.id().toString());
            if (rule.active() || exception != null) {
                checks.add(new CandidateView.RuleCheck(rule.id(), rule.description() + (rule.active() ? "" : " (buiten werking)"),
                        met, exception));
            }
            if (rule.active() && !met && exception == null) {
                eligible = false;
            }
        }
        List<CandidateView.StatusChange> history = jdbc.sql("select * from candidate_status_change where candidate_id = ? order by changed_at desc, id")
                .param(r.id()).query((rs, n) -> new CandidateView.StatusChange(
                        rs.getString("from_status") == null ? null : CandidateStatus.valueOf(rs.getString("from_status")),
                        CandidateStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant())).list();
        Optional<OutflowSettings.Limits> limits = context.limits();
        Integer maxRent = limits.map(l -> AffordabilityFit.maxRent(l.fit(), r.incomeBand(), r.adults(), r.children(), r.ageBand()))
                .orElse(null);
        String rule = AffordabilityFit.applied(r.incomeBand(), r.adults(), r.children(), r.ageBand()).name();
        String categoryLabel = context.categories.computeIfAbsent(r.regionCode(), settings::categories).stream().filter(c -> c.code().equals(r.category()))
                .map(OutflowSettings.Category::label).findFirst().orElse(r.category());
        return new CandidateView(r.id(), level, r.reference(), r.status(), r.urgencyGrantedOn(), r.adults(), r.children(),
                r.bedroomsNeeded(), r.needsGroundFloor(), r.needsLift(), r.needsWheelchair(), r.incomeBand(), r.targetHousing(),
                r.supportProvider(), supportName, r.supportIntensity(), r.regionCode(), r.providerCode(),
                lookup.organisation(r.providerCode()), r.decidingMunicipality(), lookup.area(r.decidingMunicipality()), r.ageBand(),
                municipalities, exclusions, r.originMunicipality(), lookup.area(r.originMunicipality()), r.category(), categoryLabel,
                r.regionalTiesYears(), r.hadOwnDwelling(), r.consentOn(), r.urgencyDecision(), r.urgencyGrantedBy(), r.readyOn(),
                r.readyConfirmedBy(), new CandidateView.Eligibility(eligible, checks), maxRent, rule, history, r.registeredBy(),
                r.registeredAt(), r.version());
    }

    static String placeholders(List<?> values) {
        return values.stream().map(x -> "?").collect(Collectors.joining(","));
    }

    String areaName(String code) {
        return names.area(code);
    }
}
