package nl.thuisbasis.trajectory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;

/**
 * A client's consent to share (issue 17, decision 0016): which categories of their data may go to which partner (one
 * organisation, or every organisation of a type), for which purpose, from when until when, recorded by whom with what
 * evidence (a signed form, or verbal with a witness). Several per client, each revocable; a revocation counts from the
 * next request. The check is plain Java, so that it can be timed on its own: a read of another organisation is allowed
 * exactly when one active consent gives that category to that organisation for that purpose.
 */
public final class ConsentRules {

    public static final int WITNESS_LENGTH = 200;
    public static final int REASON_LENGTH = 500;
    /** How far ahead a consent's end is warned on the caseload. */
    public static final int WARN_DAYS = 30;
    /** The longest a consent may run: after that the client is asked again. */
    public static final int MAX_YEARS = 2;
    static final String PREFIX = "trajectory.consent.problem.";

    private ConsentRules() {
    }

    /** What a partner may see of a client, category by category; {@code slug} names it in paths and log actions. */
    public enum DataCategory {
        CONTACT("contact"), HOUSING_PERSPECTIVE("housing"), LIFE_DOMAIN_SCORES("scores"), SUPPORT_PLAN("plan"),
        CRISIS_PLAN("crisis"), SIGNALS("signals"), NOTES("notes");

        private final String slug;

        DataCategory(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        /** What may be read on vital interest in a crisis, without consent: how to reach the client and their crisis plan. */
        public boolean vital() {
            return this == CONTACT || this == CRISIS_PLAN;
        }
    }

    /** What the partner may use it for. */
    public enum Purpose { OUTFLOW_MEDIATION, AFTERCARE, CRISIS_RESPONSE, EVALUATION }

    /** How the consent was given. */
    public enum Evidence { SIGNED_FORM, VERBAL_WITH_WITNESS }

    /** A consent as entered: exactly one of the recipient organisation or recipient type. */
    public record Draft(Set<DataCategory> categories, String recipientOrganisation, OrganisationType recipientType,
            Purpose purpose, LocalDate validFrom, LocalDate validUntil, Evidence evidence, String witness,
            boolean signedFormAttached) {
    }

    /** A consent as stored; {@code revokedAt} is null while it has not been revoked. */
    public record Consent(UUID id, Set<DataCategory> categories, String recipientOrganisation, OrganisationType recipientType,
            Purpose purpose, LocalDate validFrom, LocalDate validUntil, Instant revokedAt) {

        /** Whether it counts on {@code today} at {@code now}: begun, not ended, not revoked before now. */
        public boolean activeOn(LocalDate today, Instant now) {
            return !today.isBefore(validFrom) && !today.isAfter(validUntil) && (revokedAt == null || revokedAt.isAfter(now));
        }

        /** Whether it gives this organisation (of this type) the category for the purpose, whatever its dates. */
        public boolean covers(String organisation, OrganisationType type, DataCategory category, Purpose purpose) {
            boolean recipient = recipientOrganisation != null ? recipientOrganisation.equals(organisation)
                    : recipientType != null && recipientType == type;
            return recipient && this.purpose == purpose && categories.contains(category);
        }
    }

    /** Every problem of a draft at once; nothing is stored. */
    public static List<Problem> problems(Draft d, LocalDate today, Set<String> organisations) {
        List<Problem> problems = new ArrayList<>();
        if (d.categories() == null || d.categories().isEmpty()) {
            problems.add(Problem.at("categories", PREFIX + "categories.required"));
        }
        String organisation = Inputs.blank(d.recipientOrganisation());
        if (organisation == null && d.recipientType() == null) {
            problems.add(Problem.at("recipient", PREFIX + "recipient.required"));
        } else if (organisation != null && d.recipientType() != null) {
            problems.add(Problem.at("recipient", PREFIX + "recipient.both"));
        } else if (organisation != null && !organisations.contains(organisation)) {
            problems.add(Problem.at("recipient", PREFIX + "recipient.unknown"));
        }
        if (d.purpose() == null) {
            problems.add(Problem.at("purpose", PREFIX + "purpose.required"));
        }
        if (d.validFrom() == null) {
            problems.add(Problem.at("validFrom", PREFIX + "validFrom.required"));
        } else if (!Inputs.sensible(d.validFrom()) || d.validFrom().isBefore(today.minusMonths(1))) {
            problems.add(Problem.at("validFrom", PREFIX + "validFrom.range"));
        }
        if (d.validUntil() == null) {
            problems.add(Problem.at("validUntil", PREFIX + "validUntil.required"));
        } else if (d.validFrom() != null && (d.validUntil().isBefore(d.validFrom())
                || d.validUntil().isAfter(d.validFrom().plusYears(MAX_YEARS)))) {
            problems.add(Problem.at("validUntil", PREFIX + "validUntil.range", MAX_YEARS));
        }
        if (d.evidence() == null) {
            problems.add(Problem.at("evidence", PREFIX + "evidence.required"));
        } else if (d.evidence() == Evidence.VERBAL_WITH_WITNESS) {
            Inputs.required(problems, "witness", d.witness(), WITNESS_LENGTH, PREFIX + "witness.required");
        } else if (!d.signedFormAttached()) {
            problems.add(Problem.at("signedForm", PREFIX + "signedForm.required"));
        }
        return problems;
    }

    /**
     * Whether a read by another organisation is allowed: one consent, active now, gives this category to this
     * organisation (by its code or its type) for this purpose.
     */
    public static boolean allows(List<Consent> consents, String organisation, OrganisationType type, DataCategory category,
            Purpose purpose, LocalDate today, Instant now) {
        for (Consent c : consents) {
            if (c.covers(organisation, type, category, purpose) && c.activeOn(today, now)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a partner may read of a client now: per category that an active consent gives this organisation (by its code
     * or its type) for the purpose, the latest day one of them runs until. Empty: nothing. The check of every read
     * ({@code trajectory.sharing}); {@link #allows} answers the same for one category.
     */
    public static java.util.Map<DataCategory, LocalDate> grants(List<Consent> consents, String organisation,
            OrganisationType type, Purpose purpose, LocalDate today, Instant now) {
        java.util.Map<DataCategory, LocalDate> grants = new java.util.EnumMap<>(DataCategory.class);
        for (Consent c : consents) {
            if (c.activeOn(today, now)) {
                for (DataCategory category : c.categories()) {
                    if (c.covers(organisation, type, category, purpose)) {
                        grants.merge(category, c.validUntil(), (x, y) -> x.isAfter(y) ? x : y);
                    }
                }
            }
        }
        return grants;
    }

    /** The active consents that end within {@link #WARN_DAYS} days: to be asked again, shown on the caseload. */
    public static List<Consent> endingSoon(List<Consent> consents, LocalDate today, Instant now) {
        return consents.stream().filter(c -> c.activeOn(today, now) && !c.validUntil().isAfter(today.plusDays(WARN_DAYS)))
                .toList();
    }
}
