package nl.thuisbasis.planning.parameters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.common.PlanningScopes.Scope;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterKey;
import nl.thuisbasis.planning.domain.ParameterRules;
import nl.thuisbasis.planning.domain.ParameterSource;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's parameter sets: the first version measured from the records and the seeds; each change (by hand, with a
 * reason, or measuring again) is a new version based on the latest, which stays as it was for the runs that used it.
 */
@Service
public class ParameterSets {

    public static final String REFUSED = "planning-parameters-refused";
    static final int MAX_CHANGES = 500;

    private final ParameterSetRepository repository;
    private final MeasuredParameters measured;
    private final PlanningScopes scopes;

    ParameterSets(ParameterSetRepository repository, MeasuredParameters measured, PlanningScopes scopes) {
        this.repository = repository;
        this.measured = measured;
        this.scopes = scopes;
    }

    /**
     * The latest version of a scope. Every region's version 1 is measured at start ({@code PlanningDefaults}); a scope
     * without one (the whole country before its first analysis) has none yet: 404.
     */
    @Transactional(readOnly = true)
    public ParameterSet current(CurrentUser user, String regionCode) {
        return latest(user, regionCode).orElseThrow(() -> Refused.notFound(Problem.of("planning.problem.set.none")));
    }

    @Transactional(readOnly = true)
    public Optional<ParameterSet> latest(CurrentUser user, String regionCode) {
        PlanningScopes.mayRead(user);
        return repository.latest(scopes.scope(regionCode).code());
    }

    /** The version a new analysis uses: the latest, or (for a scope that has none yet) version 1 measured now. */
    @Transactional
    public ParameterSet forRun(CurrentUser user, String regionCode) {
        scopes.mayKeep(user, regionCode);
        return measuredFirst(scopes.scope(regionCode));
    }

    /** Measures version 1 of a scope that has none; the latest otherwise. */
    @Transactional
    public ParameterSet measuredFirst(Scope scope) {
        return repository.latest(scope.code()).orElseGet(() -> repository.find(repository.insert(scope.code(), null,
                null, "Thuisbasis", measured.measure(scope, today()))).orElseThrow());
    }

    @Transactional(readOnly = true)
    public ParameterSet find(CurrentUser user, UUID id) {
        PlanningScopes.mayRead(user);
        return repository.find(id).orElseThrow(Refused::notFound);
    }

    @Transactional(readOnly = true)
    public List<ParameterSet> versions(CurrentUser user, String regionCode, int limit, int offset) {
        PlanningScopes.mayRead(user);
        return repository.versions(scopes.scope(regionCode).code(), limit, offset);
    }

    @Transactional(readOnly = true)
    public long countVersions(String regionCode) {
        return repository.countVersions(regionCode);
    }

    /**
     * Measures again from the records: a new version with today's counts, keeping every value set by hand in the latest.
     * {@code basedOn} must be the latest version (409 otherwise: someone else saved one in between).
     */
    @Transactional
    public ParameterSet remeasure(CurrentUser user, String regionCode, UUID basedOn, String note) {
        scopes.mayKeep(user, regionCode);
        Scope scope = scopes.scope(regionCode);
        ParameterSet latest = latest(scope, basedOn);
        List<Parameter> values = new ArrayList<>(measured.measure(scope, today()));
        for (Parameter manual : latest.parameters().stream().filter(p -> p.source() == ParameterSource.MANUAL).toList()) {
            values.removeIf(p -> p.sameSlot(manual));
            values.add(manual);
        }
        return save(user, scope, latest, note, values);
    }

    /** Changes values by hand: a new version in which each changed value names who, when and why. Every problem is listed. */
    @Transactional
    public ParameterSet change(CurrentUser user, String regionCode, UUID basedOn, String note, List<ParameterChange> changes) {
        scopes.mayKeep(user, regionCode);
        Scope scope = scopes.scope(regionCode);
        if (changes == null || changes.isEmpty() || changes.size() > MAX_CHANGES) {
            throw Refused.invalid(REFUSED, Problem.at("changes", "planning.problem.changes.count", MAX_CHANGES));
        }
        ParameterSet latest = latest(scope, basedOn);
        List<Problem> problems = new ArrayList<>();
        List<Parameter> values = new ArrayList<>(latest.parameters());
        java.util.Map<Parameter, Integer> changeOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            int index = i;
            Optional<Parameter> p = parse(changes.get(i), "changes[" + i + "]", user.displayName(), problems);
            p.ifPresent(changed -> {
                values.removeIf(v -> v.sameSlot(changed) && changed.key() != ParameterKey.PLACES_PLANNED);
                values.add(changed);
                changeOf.put(changed, index);
            });
        }
        // every problem at once: what could not be read, and what the rules find in the set with the rest applied
        for (Problem rule : ParameterRules.problems(values, new HashSet<>(scope.codes()))) {
            problems.add(onChange(rule, values, changeOf));
        }
        Refused.unless(problems, REFUSED);
        return save(user, scope, latest, note, values);
    }

    /** A rule's problem about the i-th value of the set, named after the change that set it (changes[j].value). */
    private static Problem onChange(Problem problem, List<Parameter> values, java.util.Map<Parameter, Integer> changeOf) {
        String field = problem.field();
        if (field == null || !field.startsWith("parameters[")) {
            return problem;
        }
        int end = field.indexOf(']');
        Integer change = changeOf.get(values.get(Integer.parseInt(field.substring("parameters[".length(), end))));
        return change == null ? problem
                : Problem.at("changes[" + change + "]" + field.substring(end + 1), problem.key(), problem.args().toArray());
    }

    private ParameterSet save(CurrentUser user, Scope scope, ParameterSet latest, String note, List<Parameter> values) {
        if (note != null && note.length() > 2000) {
            throw Refused.invalid(REFUSED, Problem.at("note", "planning.problem.note.length", 2000));
        }
        Refused.unless(ParameterRules.problems(values, new HashSet<>(scope.codes())), REFUSED);
        return repository.find(repository.insert(scope.code(), latest.id(), note == null || note.isBlank() ? null : note.strip(),
                user.displayName(), values)).orElseThrow();
    }

    private ParameterSet latest(Scope scope, UUID basedOn) {
        ParameterSet latest = measuredFirst(scope);
        if (basedOn == null) {
            throw Refused.invalid(REFUSED, Problem.at("basedOn", "planning.problem.basedOn"));
        }
        if (!latest.id().equals(basedOn)) {
            throw Refused.stale();
        }
        return latest;
    }

    private static Optional<Parameter> parse(ParameterChange c, String field, String by, List<Problem> problems) {
        int before = problems.size();
        if (c == null) {
            problems.add(Problem.at(field, "planning.problem.change.empty"));
            return Optional.empty();
        }
        ParameterKey key = parseEnum(ParameterKey.class, c.key(), field + ".key", "planning.problem.parameter.key", problems);
        HousingType type = blank(c.type()) ? null
                : parseEnum(HousingType.class, c.type(), field + ".type", "planning.problem.type.unknown", problems);
        HousingType to = blank(c.toType()) ? null
                : parseEnum(HousingType.class, c.toType(), field + ".toType", "planning.problem.type.unknown", problems);
        YearMonth month = null;
        if (!blank(c.month())) {
            try {
                month = YearMonth.parse(c.month().strip());
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(field + ".month", "planning.problem.month.format"));
            }
        }
        if (c.value() == null) {
            problems.add(Problem.at(field + ".value", "planning.problem.value.required"));
        }
        if (blank(c.reason()) || c.reason().strip().length() < 5 || c.reason().length() > 1000) {
            problems.add(Problem.at(field + ".reason", "planning.problem.reason"));
        }
        if (problems.size() > before || key == null) {
            return Optional.empty();
        }
        return Optional.of(new Parameter(key, c.municipality(), type, to, month, c.value(), ParameterSource.MANUAL, "",
                by, c.reason().strip()));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String key, List<Problem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(field, key, String.valueOf(value)));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
