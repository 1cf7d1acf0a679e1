package nl.thuisbasis.outflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.OutflowNorms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers (aanbiedingen): the corporation offers the dwelling to the candidate it adopted for it; the candidate's
 * provider accepts or declines with a structured reason (a decline returns the candidate to the pool and opens the
 * dwelling again); an offer without an answer for the region's number of days is stalled. Acceptance creates the
 * tenancy-with-care agreement.
 */
@Service
public class Offers {

    static final String PURPOSE = Candidates.PURPOSE;

    private final JdbcClient jdbc;
    private final Candidates candidates;
    private final Vacancies vacancies;
    private final Tenancies tenancies;
    private final OutflowSettings settings;
    private final OutflowNames names;
    private final ProcessingLog log;

    Offers(JdbcClient jdbc, Candidates candidates, Vacancies vacancies, Tenancies tenancies, OutflowSettings settings,
            OutflowNames names, ProcessingLog log) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.tenancies = tenancies;
        this.settings = settings;
        this.names = names;
        this.log = log;
    }

    public enum Status { OPEN, ACCEPTED, DECLINED, WITHDRAWN }

    /** Why an offer was declined (a category; details stay with the provider). */
    public enum DeclineReason {
        DWELLING_UNSUITABLE("woning past niet"), LOCATION_UNSUITABLE("plek past niet"),
        CLIENT_NOT_READY("cliënt nog niet woonklaar"), CLIENT_DECLINED("cliënt wil niet"),
        CIRCUMSTANCES_CHANGED("situatie veranderd"), OTHER("anders");

        private final String dutch;

        DeclineReason(String dutch) {
            this.dutch = dutch;
        }

        /** The reason as the candidate's history says it (the pages use their messages). */
        public String dutch() {
            return dutch;
        }
    }

    /**
     * An offer, for its provider, its corporation and the deciding municipality (region coordinators and administrators
     * see offers only in the monitor's aggregates). {@code candidateId} and {@code candidateReference} only while the
     * viewer may see the candidate (a corporation: while the offer is open or the candidate lives in the dwelling);
     * {@code declineNote} only for the provider and the municipality.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record OfferView(UUID id, UUID vacancyId, String vacancyAddress, String municipalityCode, String municipalityName,
            UUID candidateId, String candidateReference, String corporationCode, String corporationName, String providerCode,
            String providerName, LocalDate offeredOn, String madeBy, Status status, LocalDate answeredOn, String answeredBy,
            DeclineReason declineReason, String declineNote, boolean stalled, long daysOpen, LocalDate urgencyGrantedOn,
            long waitingDays, boolean withinNorm, UUID tenancyId, int version) {
    }

    /** The corporation offers its vacancy to the candidate adopted for it. */
    @Transactional
    public UUID make(CurrentUser user, UUID vacancyId, LocalDate offeredOn) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("the corporation of the vacancy makes the offer");
        }
        Vacancies.VacancyView vacancy = jdbc.sql("select id from vacancy where id = ? for update").param(vacancyId)
                .query(UUID.class).optional().flatMap(vacancies::find)
                .filter(v -> v.corporationCode().equals(user.organisation().code()))
                .orElseThrow(OutflowRefused.NotFound::new);
        List<String> problems = new ArrayList<>();
        if (vacancy.status() != Vacancies.Status.PROPOSED) {
            problems.add("Neem eerst een voorstel over voor deze woning; dan kunt u haar aanbieden.");
        }
        LocalDate today = candidates.today();
        if (offeredOn == null || offeredOn.isAfter(today)) {
            problems.add("Geef de datum van de aanbieding (niet in de toekomst).");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        UUID candidateId = jdbc.sql("select candidate_id from proposal where vacancy_id = ? and released_at is null")
                .param(vacancyId).query(UUID.class).single();
        Candidates.Row candidate = candidates.lock(candidateId);
        if (offeredOn.isBefore(candidate.urgencyGrantedOn())) {
            throw new OutflowRefused("De aanbieding kan niet vóór het urgentiebesluit liggen.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(id, vacancyId, candidateId, vacancy.corporationCode(), candidate.providerCode(), offeredOn,
                        user.getUsername()).update();
        jdbc.sql("update vacancy set status = 'OFFERED', version = version + 1 where id = ?").param(vacancyId).update();
        candidates.move(candidateId, candidate.status(), CandidateStatus.OFFERED, "Woning aangeboden: " + vacancy.address()
                + ", " + vacancy.municipalityName(), user.getUsername());
        log.record(Processing.of("outflow.offer.make", "candidate", candidateId.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME)
                .withDetails("aanbieding " + id));
        return id;
    }

    /** The candidate's provider accepts: the candidate is housed and the tenancy-with-care agreement starts. */
    @Transactional
    public UUID accept(CurrentUser user, UUID offerId, LocalDate startsOn, Integer months) {
        Row offer = ownAsProvider(user, offerId);
        List<String> problems = new ArrayList<>();
        if (offer.status() != Status.OPEN) {
            problems.add("Op deze aanbieding is al geantwoord.");
        }
        if (startsOn == null) {
            problems.add("Geef de ingangsdatum van de huurzorgovereenkomst.");
        } else if (startsOn.isBefore(offer.offeredOn())) {
            problems.add("De overeenkomst kan niet vóór de aanbieding ingaan.");
        } else if (startsOn.isAfter(candidates.today().plusMonths(6))) {
            problems.add("De ingangsdatum ligt meer dan zes maanden vooruit.");
        }
        int length = months == null ? settings.norms(regionOf(offer)).tenancyMonths() : months;
        if (length < 1 || length > 60) {
            problems.add("De overeenkomst duurt 1 tot en met 60 maanden.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        Candidates.Row candidate = candidates.lock(offer.candidateId());
        jdbc.sql("update offer set status = 'ACCEPTED', answered_on = ?, answered_by = ?, version = version + 1 where id = ?")
                .params(candidates.today(), user.getUsername(), offerId).update();
        jdbc.sql("update vacancy set status = 'LET', version = version + 1 where id = ?").param(offer.vacancyId()).update();
        jdbc.sql("update proposal set released_at = now(), release_reason = 'Aanbieding aanvaard' where vacancy_id = ? and released_at is null")
                .param(offer.vacancyId()).update();
        candidates.move(offer.candidateId(), candidate.status(), CandidateStatus.HOUSED, "Aanbieding aanvaard; huurzorgovereenkomst "
                + "vanaf " + startsOn.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")), user.getUsername());
        UUID tenancy = tenancies.start(offerId, offer.candidateId(), offer.vacancyId(), offer.corporationCode(),
                offer.providerCode(), startsOn, length);
        log.record(Processing.of("outflow.offer.accept", "candidate", offer.candidateId().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("aanbieding " + offerId + ", huurzorgovereenkomst " + tenancy));
        return tenancy;
    }

    /** The candidate's provider declines with a reason: the candidate returns to the pool, the dwelling is open again. */
    @Transactional
    public void decline(CurrentUser user, UUID offerId, DeclineReason reason, String note) {
        Row offer = ownAsProvider(user, offerId);
        List<String> problems = new ArrayList<>();
        if (offer.status() != Status.OPEN) {
            problems.add("Op deze aanbieding is al geantwoord.");
        }
        if (reason == null) {
            problems.add("Kies de reden van de weigering.");
        } else if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            problems.add("Licht de reden 'anders' toe.");
        }
        if (note != null && note.length() > 1000) {
            problems.add("De toelichting is hoogstens 1000 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        close(offer, Status.DECLINED, reason, note, user, "Aanbieding geweigerd (" + reason.dutch() + ")");
        log.record(Processing.of("outflow.offer.decline", "candidate", offer.candidateId().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("aanbieding " + offerId + ": " + reason));
    }

    /** The corporation withdraws an unanswered offer (for example when the dwelling turns out to be unavailable). */
    @Transactional
    public void withdraw(CurrentUser user, UUID offerId, String note) {
        Row offer = row(offerId).filter(o -> user.role() == Role.CORPORATION && o.corporationCode().equals(user.organisation().code()))
                .orElseThrow(OutflowRefused.NotFound::new);
        if (offer.status() != Status.OPEN) {
            throw new OutflowRefused(offer.status() == Status.WITHDRAWN ? "Deze aanbieding is al ingetrokken."
                    : "Op deze aanbieding is al geantwoord; intrekken kan niet meer.");
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw new OutflowRefused("Geef de reden van het intrekken (hoogstens 1000 tekens).");
        }
        close(offer, Status.WITHDRAWN, null, note, user, "Aanbieding ingetrokken door de corporatie");
        log.record(Processing.of("outflow.offer.withdraw", "candidate", offer.candidateId().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("aanbieding " + offerId));
    }

    private void close(Row offer, Status status, DeclineReason reason, String note, CurrentUser user, String why) {
        Candidates.Row candidate = candidates.lock(offer.candidateId());
        jdbc.sql("""
                update offer set status = ?, answered_on = ?, answered_by = ?, decline_reason = ?, decline_note = ?,
                    version = version + 1 where id = ? and status = 'OPEN'""")
                .params(status.name(), candidates.today(), user.getUsername(), reason == null ? null : reason.name(),
                        note == null || note.isBlank() ? null : note.trim(), offer.id()).update();
        jdbc.sql("update vacancy set status = 'OPEN', version = version + 1 where id = ?").param(offer.vacancyId()).update();
        jdbc.sql("update proposal set released_at = now(), release_reason = ? where vacancy_id = ? and released_at is null")
                .params(why, offer.vacancyId()).update();
        candidates.move(offer.candidateId(), candidate.status(), CandidateStatus.URGENCY_GRANTED, why + "; terug in de pool",
                user.getUsername());
    }

    /** Offers as this user may see them, newest first; optionally only the stalled ones. */
    @Transactional
    public List<OfferView> list(CurrentUser user, boolean stalledOnly, UUID candidateId) {
        return list(user, stalledOnly, candidateId, null, null, 0, Integer.MAX_VALUE).items();
    }

    /** A page of the offers this user may see; only the offers on the page are logged as reads. */
    @Transactional
    public Candidates.Slice<OfferView> page(CurrentUser user, boolean stalledOnly, int offset, int limit) {
        return list(user, stalledOnly, null, null, null, offset, limit);
    }

    /** The offers of one dwelling, as this user may see them. */
    @Transactional
    public List<OfferView> ofVacancy(CurrentUser user, UUID vacancyId) {
        return list(user, false, null, vacancyId, null, 0, Integer.MAX_VALUE).items();
    }

    /**
     * Offers as this user may see them, narrowed to a candidate, a dwelling or one offer; only the offers returned are
     * logged as reads, so the log says what was shown.
     */
    private Candidates.Slice<OfferView> list(CurrentUser user, boolean stalledOnly, UUID candidateId, UUID vacancyId, UUID offerId,
            int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        switch (user.role()) {
            case CORPORATION -> {
                where.append(" and o.corporation_code = ?");
                params.add(user.organisation().code());
            }
            case PROVIDER -> {
                where.append(" and o.provider_code = ?");
                params.add(user.organisation().code());
            }
            case MUNICIPALITY -> {
                where.append(" and c.deciding_municipality = ?");
                params.add(String.valueOf(user.organisation().municipalityCode()));
            }
            case REGION_COORDINATOR, ADMIN -> throw new AccessDeniedException(Candidates.AGGREGATES_ONLY);
        }
        if (candidateId != null) {
            where.append(" and o.candidate_id = ?");
            params.add(candidateId);
        }
        if (vacancyId != null) {
            where.append(" and o.vacancy_id = ?");
            params.add(vacancyId);
        }
        if (offerId != null) {
            where.append(" and o.id = ?");
            params.add(offerId);
        }
        List<OfferView> offers = jdbc.sql(SELECT + where + " order by o.offered_on desc, o.made_at desc limit 2000").params(params)
                .query(rows(user)).list();
        if (stalledOnly) {
            offers = offers.stream().filter(OfferView::stalled).toList();
        }
        Candidates.Slice<OfferView> page = Candidates.Slice.of(offers, offset, limit);
        List<Processing> reads = page.items().stream().filter(o -> o.candidateReference() != null)
                .map(o -> Processing.of("outflow.candidate.read", "candidate", o.candidateId().toString(), PURPOSE,
                        LegalBasis.PRIORITY_SCHEME).withDetails("aanbieding " + o.id())).toList();
        log.recordEach(reads);
        return page;
    }

    @Transactional
    public Optional<OfferView> get(CurrentUser user, UUID id) {
        return list(user, false, null, null, id, 0, 1).items().stream().findFirst();
    }

    static final String SELECT = """
            select o.*, c.reference, c.urgency_granted_on, c.deciding_municipality, c.region_code, v.address, v.municipality_code,
                (select t.id from tenancy t where t.offer_id = o.id) as tenancy_id
            from offer o join candidate c on c.id = o.candidate_id join vacancy v on v.id = o.vacancy_id""";

    /** Maps the rows of one query, looking each name and each region's norms up once. */
    private org.springframework.jdbc.core.RowMapper<OfferView> rows(CurrentUser user) {
        OutflowNames.Lookup lookup = names.lookup();
        java.util.Map<String, OutflowSettings.Norms> norms = new java.util.HashMap<>();
        return (rs, n) -> view(rs, user, lookup, norms);
    }

    private OfferView view(ResultSet rs, CurrentUser user, OutflowNames.Lookup lookup,
            java.util.Map<String, OutflowSettings.Norms> normsPerRegion) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        // the query already limits everyone to their own offers; a corporation keeps the candidate's reference only
        // while its offer is open or the candidate lives in its dwelling (CandidateAccess), and never reads the
        // provider's note on a decline: that stays with the provider and the deciding municipality
        boolean identified = switch (user.role()) {
            case PROVIDER, MUNICIPALITY -> true;
            case CORPORATION -> status == Status.OPEN || status == Status.ACCEPTED;
            case REGION_COORDINATOR, ADMIN -> false;   // never reached: list() refuses them
        };
        boolean readsNote = user.role() == Role.PROVIDER || user.role() == Role.MUNICIPALITY;
        LocalDate today = candidates.today();
        String region = rs.getString("region_code");
        OutflowSettings.Norms norms = normsPerRegion.computeIfAbsent(region, settings::norms);
        LocalDate offeredOn = rs.getObject("offered_on", LocalDate.class);
        LocalDate urgency = rs.getObject("urgency_granted_on", LocalDate.class);
        LocalDate answered = rs.getObject("answered_on", LocalDate.class);
        String municipality = rs.getString("municipality_code");
        return new OfferView(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class), rs.getString("address"),
                municipality, lookup.area(municipality), identified ? rs.getObject("candidate_id", UUID.class) : null,
                identified ? rs.getString("reference") : null, rs.getString("corporation_code"),
                lookup.organisation(rs.getString("corporation_code")), rs.getString("provider_code"),
                lookup.organisation(rs.getString("provider_code")), offeredOn, rs.getString("made_by"), status, answered,
                rs.getString("answered_by"), rs.getString("decline_reason") == null ? null
                        : DeclineReason.valueOf(rs.getString("decline_reason")), readsNote ? rs.getString("decline_note") : null,
                status == Status.OPEN && OutflowNorms.stalled(offeredOn, today, norms.stalledOfferDays()),
                java.time.temporal.ChronoUnit.DAYS.between(offeredOn, answered == null ? today : answered), urgency,
                OutflowNorms.waitingDays(urgency, offeredOn), OutflowNorms.withinNorm(urgency, offeredOn, norms.offerNormMonths()),
                rs.getObject("tenancy_id", UUID.class), rs.getInt("version"));
    }

    record Row(UUID id, UUID vacancyId, UUID candidateId, String corporationCode, String providerCode, LocalDate offeredOn,
            Status status) {
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("select * from offer where id = ? for update").param(id)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class),
                        rs.getObject("candidate_id", UUID.class), rs.getString("corporation_code"), rs.getString("provider_code"),
                        rs.getObject("offered_on", LocalDate.class), Status.valueOf(rs.getString("status"))))
                .optional();
    }

    private Row ownAsProvider(CurrentUser user, UUID offerId) {
        Row offer = row(offerId).orElseThrow(OutflowRefused.NotFound::new);
        if (user.role() != Role.PROVIDER || !offer.providerCode().equals(user.organisation().code())) {
            if (user.role() == Role.CORPORATION && offer.corporationCode().equals(user.organisation().code())) {
                throw new AccessDeniedException("the candidate's provider answers the offer");
            }
            throw new OutflowRefused.NotFound();
        }
        return offer;
    }

    private String regionOf(Row offer) {
        return jdbc.sql("select region_code from vacancy where id = ?").param(offer.vacancyId()).query(String.class).single();
    }
}
