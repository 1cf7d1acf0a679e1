package nl.thuisbasis.outflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenancy-with-care agreements (huurzorgovereenkomsten) between tenant, corporation and provider: 12 months by default,
 * evaluated at 3 and 6 months and at the end; then the outcome: a regular lease, an extension (with a new end and one
 * more evaluation), or the end (eviction, relapse, moved, other). The provider and the corporation of the agreement keep
 * it; the deciding municipality reads it; region coordinators and administrators see them only as the monitor's
 * aggregates (403 on the records).
 */
@Service
public class Tenancies {

    static final String PURPOSE = Candidates.PURPOSE;

    private final JdbcClient jdbc;
    private final Candidates candidates;
    private final OutflowNames names;
    private final ProcessingLog log;

    Tenancies(JdbcClient jdbc, Candidates candidates, OutflowNames names, ProcessingLog log) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.names = names;
        this.log = log;
    }

    public enum Outcome { REGULAR_LEASE, EXTENDED, ENDED }

    public enum EndReason { EVICTION, RELAPSE, MOVED, OTHER }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Evaluation(int month, LocalDate dueOn, LocalDate heldOn, String summary, String recordedBy, boolean overdue) {
    }

    public record OutcomeRecord(Outcome outcome, EndReason endReason, LocalDate decidedOn, String note, String recordedBy,
            Instant recordedAt) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record TenancyView(UUID id, UUID offerId, UUID candidateId, String tenantReference, UUID vacancyId, String address,
            String municipalityCode, String municipalityName, String corporationCode, String corporationName,
            String providerCode, String providerName, LocalDate startsOn, LocalDate endsOn, List<Evaluation> evaluations,
            Outcome outcome, EndReason endReason, LocalDate outcomeOn, List<OutcomeRecord> outcomes, boolean outcomeDue,
            int version) {

        public boolean evaluationOverdue() {
            return evaluations.stream().anyMatch(Evaluation::overdue);
        }
    }

    /** Starts an agreement for an accepted offer, with its evaluation moments (3, 6 and the end). */
    UUID start(UUID offerId, UUID candidateId, UUID vacancyId, String corporationCode, String providerCode, LocalDate startsOn,
            int months) {
        UUID id = UUID.randomUUID();
        String municipality = jdbc.sql("select municipality_code from vacancy where id = ?").param(vacancyId)
                .query(String.class).single();
        jdbc.sql("""
                insert into tenancy (id, offer_id, candidate_id, vacancy_id, corporation_code, provider_code, municipality_code,
                    starts_on, agreed_ends_on, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, offerId, candidateId, vacancyId, corporationCode, providerCode, municipality, startsOn,
                        startsOn.plusMonths(months), startsOn.plusMonths(months)).update();
        for (int month : nl.thuisbasis.outflow.domain.OutflowNorms.evaluationMonths(months)) {
            addEvaluation(id, month, startsOn.plusMonths(month));
        }
        return id;
    }

    private void addEvaluation(UUID tenancy, int month, LocalDate due) {
        jdbc.sql("insert into tenancy_evaluation (tenancy_id, month, due_on) values (?, ?, ?) on conflict do nothing")
                .params(tenancy, month, due).update();
    }

    /** The provider or the corporation of the agreement records an evaluation. */
    @Transactional
    public TenancyView recordEvaluation(CurrentUser user, UUID id, Integer month, LocalDate heldOn, String summary) {
        Row t = keeper(user, id);
        List<String> problems = new ArrayList<>();
        // the moment is locked: two people recording the same evaluation at once cannot both write it
        Optional<Optional<LocalDate>> held = month == null ? Optional.empty()
                : jdbc.sql("select held_on from tenancy_evaluation where tenancy_id = ? and month = ? for update")
                        .params(id, month).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).optional();
        if (held.isEmpty()) {
            problems.add("Kies een evaluatiemoment van deze overeenkomst.");
        } else if (held.get().isPresent()) {
            problems.add("De evaluatie na " + month + " maanden is al vastgelegd (gehouden op "
                    + held.get().get().format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"))
                    + "); een verslag wordt niet overschreven.");
        }
        if (heldOn == null || heldOn.isAfter(candidates.today()) || heldOn.isBefore(t.startsOn())) {
            problems.add("Geef de datum van de evaluatie (na de ingang, niet in de toekomst).");
        }
        if (summary == null || summary.isBlank() || summary.length() > 2000) {
            problems.add("Vat de evaluatie samen (hoogstens 2000 tekens).");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        jdbc.sql("""
                update tenancy_evaluation set held_on = ?, summary = ?, recorded_by = ?, recorded_at = now()
                where tenancy_id = ? and month = ?""")
                .params(heldOn, summary.trim(), user.getUsername(), id, month).update();
        jdbc.sql("update tenancy set version = version + 1 where id = ?").param(id).update();
        log.record(Processing.of("outflow.tenancy.evaluation", "candidate", t.candidateId().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("huurzorgovereenkomst " + id + ", " + month + " maanden"));
        return get(user, id).orElseThrow();
    }

    /**
     * The outcome: a regular lease or an extension from a month before the end, an end at any time after the start (with
     * its reason). An extension moves the end and adds an evaluation there; a later outcome follows it.
     */
    @Transactional
    public TenancyView recordOutcome(CurrentUser user, UUID id, Outcome outcome, EndReason endReason, LocalDate decidedOn,
            String note, Integer extendMonths) {
        Row t = keeper(user, id);
        List<String> problems = new ArrayList<>();
        if (t.outcome() == Outcome.REGULAR_LEASE || t.outcome() == Outcome.ENDED) {
            problems.add("De uitkomst van deze overeenkomst is al vastgelegd.");
        }
        if (outcome == null) {
            problems.add("Kies de uitkomst.");
        }
        if (decidedOn == null || decidedOn.isAfter(candidates.today()) || decidedOn.isBefore(t.startsOn())) {
            problems.add("Geef de datum van het besluit (na de ingang, niet in de toekomst).");
        } else if ((outcome == Outcome.REGULAR_LEASE || outcome == Outcome.EXTENDED) && decidedOn.isBefore(t.endsOn().minusMonths(1))) {
            problems.add("Een regulier huurcontract of een verlenging volgt op de eindevaluatie: vanaf een maand voor het einde ("
                    + t.endsOn().minusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")) + ").");
        }
        if (outcome == Outcome.ENDED && endReason == null) {
            problems.add("Kies waarom de overeenkomst eindigde.");
        }
        if (outcome != Outcome.ENDED && endReason != null) {
            problems.add("Een reden van beëindiging hoort alleen bij een beëindigde overeenkomst.");
        }
        if (outcome == Outcome.EXTENDED && (extendMonths == null || extendMonths < 1 || extendMonths > 24)) {
            problems.add("Verleng met 1 tot en met 24 maanden.");
        }
        if (note != null && note.length() > 1000) {
            problems.add("De toelichting is hoogstens 1000 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        LocalDate endsOn = outcome == Outcome.EXTENDED ? t.endsOn().plusMonths(extendMonths) : t.endsOn();
        jdbc.sql("""
                update tenancy set outcome = ?, end_reason = ?, outcome_on = ?, outcome_note = ?, outcome_by = ?, ends_on = ?,
                    version = version + 1 where id = ?""")
                .params(outcome.name(), endReason == null ? null : endReason.name(), decidedOn,
                        note == null || note.isBlank() ? null : note.trim(), user.getUsername(), endsOn, id).update();
        jdbc.sql("""
                insert into tenancy_outcome (id, tenancy_id, outcome, end_reason, decided_on, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, outcome.name(), endReason == null ? null : endReason.name(), decidedOn,
                        note == null || note.isBlank() ? null : note.trim(), user.getUsername()).update();
        if (outcome == Outcome.EXTENDED) {
            int month = (int) java.time.temporal.ChronoUnit.MONTHS.between(t.startsOn(), endsOn);
            addEvaluation(id, month, endsOn);
        }
        log.record(Processing.of("outflow.tenancy.outcome", "candidate", t.candidateId().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("huurzorgovereenkomst " + id + ": " + outcome
                        + (endReason == null ? "" : " (" + endReason + ")")));
        return get(user, id).orElseThrow();
    }

    @Transactional
    public List<TenancyView> list(CurrentUser user) {
        return list(user, null, 0, Integer.MAX_VALUE).items();
    }

    /** A page of the agreements this user may see; only those on the page are logged as reads. */
    @Transactional
    public Candidates.Slice<TenancyView> page(CurrentUser user, int offset, int limit) {
        return list(user, null, offset, limit);
    }

    /** The agreement of one candidate, if this user may see it (only that read is logged). */
    @Transactional
    public Optional<TenancyView> ofCandidate(CurrentUser user, UUID candidateId) {
        return list(user, candidateId, 0, 1).items().stream().findFirst();
    }

    private Candidates.Slice<TenancyView> list(CurrentUser user, UUID candidateId, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (candidateId != null) {
            where.append(" and t.candidate_id = ?");
            params.add(candidateId);
        }
        switch (user.role()) {
            case CORPORATION -> {
                where.append(" and t.corporation_code = ?");
                params.add(user.organisation().code());
            }
            case PROVIDER -> {
                where.append(" and t.provider_code = ?");
                params.add(user.organisation().code());
            }
            case MUNICIPALITY -> {
                where.append(" and c.deciding_municipality = ?");
                params.add(String.valueOf(user.organisation().municipalityCode()));
            }
            case REGION_COORDINATOR, ADMIN -> throw new AccessDeniedException(Candidates.AGGREGATES_ONLY);
        }
        int total = jdbc.sql("select count(*) from tenancy t join candidate c on c.id = t.candidate_id" + where).params(params)
                .query(Integer.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        List<TenancyView> list = jdbc.sql(SELECT + where + " order by t.starts_on desc, t.id limit ? offset ?").params(paged)
                .query(rows()).list();
        log.recordEach(list.stream().map(t -> Processing.of("outflow.candidate.read", "candidate", t.candidateId().toString(), PURPOSE,
                        LegalBasis.PRIORITY_SCHEME).withDetails("huurzorgovereenkomst " + t.id())).toList());
        return new Candidates.Slice<>(list, total);
    }

    @Transactional
    public Optional<TenancyView> get(CurrentUser user, UUID id) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(Candidates.AGGREGATES_ONLY);
        }
        Optional<TenancyView> view = jdbc.sql(SELECT + " where t.id = ?").param(id).query(rows()).optional()
                .filter(t -> visible(user, t));
        view.ifPresent(t -> log.record(Processing.of("outflow.candidate.read",
                "candidate", t.candidateId().toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME)
                .withDetails("huurzorgovereenkomst " + id)));
        return view;
    }

    private boolean visible(CurrentUser user, TenancyView t) {
        return visible(user, t.corporationCode(), t.providerCode(), t.candidateId());
    }

    /** Whether a user may read an agreement: its corporation, its provider, the tenant's deciding municipality. */
    private boolean visible(CurrentUser user, String corporationCode, String providerCode, UUID candidateId) {
        return switch (user.role()) {
            case CORPORATION -> corporationCode.equals(user.organisation().code());
            case PROVIDER -> providerCode.equals(user.organisation().code());
            case MUNICIPALITY -> user.organisation().municipalityCode() != null && user.organisation().municipalityCode()
                    .equals(jdbc.sql("select deciding_municipality from candidate where id = ?").param(candidateId)
                            .query(String.class).single());
            case REGION_COORDINATOR, ADMIN -> false;
        };
    }

    static final String SELECT = """
            select t.*, c.reference, c.deciding_municipality, v.address from tenancy t
            join candidate c on c.id = t.candidate_id join vacancy v on v.id = t.vacancy_id""";

    /** Maps the rows of one query, looking each name up once. */
    private org.springframework.jdbc.core.RowMapper<TenancyView> rows() {
        OutflowNames.Lookup lookup = names.lookup();
        return (rs, n) -> view(rs, lookup);
    }

    private TenancyView view(ResultSet rs, OutflowNames.Lookup lookup) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        LocalDate today = candidates.today();
        List<Evaluation> evaluations = jdbc.sql("select * from tenancy_evaluation where tenancy_id = ? order by month").param(id)
                .query((r, n) -> new Evaluation(r.getInt("month"), r.getObject("due_on", LocalDate.class),
                        r.getObject("held_on", LocalDate.class), r.getString("summary"), r.getString("recorded_by"),
                        r.getObject("held_on") == null && r.getObject("due_on", LocalDate.class).isBefore(today)))
                .list();
        List<OutcomeRecord> outcomes = jdbc.sql("select * from tenancy_outcome where tenancy_id = ? order by decided_on, recorded_at")
                .param(id).query((r, n) -> new OutcomeRecord(Outcome.valueOf(r.getString("outcome")),
                        r.getString("end_reason") == null ? null : EndReason.valueOf(r.getString("end_reason")),
                        r.getObject("decided_on", LocalDate.class), r.getString("note"), r.getString("recorded_by"),
                        r.getTimestamp("recorded_at").toInstant())).list();
        Outcome outcome = rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome"));
        LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
        String municipality = rs.getString("municipality_code");
        return new TenancyView(id, rs.getObject("offer_id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getString("reference"), rs.getObject("vacancy_id", UUID.class), rs.getString("address"),
                municipality, lookup.area(municipality), rs.getString("corporation_code"),
                lookup.organisation(rs.getString("corporation_code")), rs.getString("provider_code"),
                lookup.organisation(rs.getString("provider_code")), rs.getObject("starts_on", LocalDate.class), endsOn,
                evaluations, outcome, rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason")),
                rs.getObject("outcome_on", LocalDate.class),
                outcomes,
                (outcome == null || outcome == Outcome.EXTENDED) && !today.isBefore(endsOn), rs.getInt("version"));
    }

    record Row(UUID id, UUID candidateId, String corporationCode, String providerCode, LocalDate startsOn, LocalDate endsOn,
            Outcome outcome) {
    }

    private Row keeper(CurrentUser user, UUID id) {
        Row t = jdbc.sql("select * from tenancy where id = ? for update").param(id)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                        rs.getString("corporation_code"), rs.getString("provider_code"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome"))))
                .optional().orElseThrow(OutflowRefused.NotFound::new);
        boolean keeps = (user.role() == Role.CORPORATION && t.corporationCode().equals(user.organisation().code()))
                || (user.role() == Role.PROVIDER && t.providerCode().equals(user.organisation().code()));
        if (!keeps) {
            // not your step (403) for the region and the administrator (403 on agreements anyway) and whoever may read
            // the agreement; for everyone else it does not exist (404)
            if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN
                    || visible(user, t.corporationCode(), t.providerCode(), t.candidateId())) {
                throw new AccessDeniedException("the provider and the corporation of the agreement keep it");
            }
            throw new OutflowRefused.NotFound();
        }
        return t;
    }
}
