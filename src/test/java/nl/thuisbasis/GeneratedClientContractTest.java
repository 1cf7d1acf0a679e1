package nl.thuisbasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import nl.thuisbasis.apiclient.ApiClient;
import nl.thuisbasis.apiclient.ApiException;
import nl.thuisbasis.apiclient.ApiResponse;
import nl.thuisbasis.apiclient.api.UitstroomKandidatenApi;
import nl.thuisbasis.apiclient.api.VoorzieningenApi;
import nl.thuisbasis.apiclient.model.FacilityRequest;
import nl.thuisbasis.apiclient.model.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client generated from the OpenAPI document works: the build generates a Java client (openapi-generator, library
 * {@code native}) from the committed snapshot of the document ({@code OpenApiSnapshotTest} keeps it equal to what the
 * application serves), and this test calls <em>every</em> operation through it against the application on a real port.
 * <p>
 * The operations are the methods of the generated {@code *Api} classes; their set must be the set of operationIds of
 * the document, so a new endpoint fails here until it has a contract call. Each call is made as a role that may make
 * it (with a personal API token issued for that role's demo account, as an API client calls), with a plausible valid
 * request: path and body ids are real ones from the database, bodies are the document's own
 * examples ({@code openapi/request-examples.json}) read into the generated model classes, dates moved to today. The
 * answer must be a documented 2xx whose body the generated model reads (the client's mapper fails on an unknown
 * property or a value outside an enum), or, for the few operations listed in {@link #REFUSED} that cannot succeed in
 * this sequence, a documented 4xx problem+json that the client raises as {@link ApiException} and reads as
 * {@link Problem}. The calls and their answers are written to {@code target/contract-report.txt}.
 * <p>
 * Runs on a database of its own ({@code api_contract}) with all demo data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"thuisbasis.embedded-db.database=api_contract",
    "thuisbasis.oversight.load-demo-data=true", "thuisbasis.reports.load-demo-data=true",
    "thuisbasis.outflow.load-demo-data=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The generated client: every operation of the OpenAPI document, called through it")
class GeneratedClientContractTest {

    static final String REGION = "drechtsteden-alblasserwaard";
    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/thuisbasis-api.json");
    /** The roles tried, in this order, until one may make the call. */
    static final List<String> ROLES = List.of("gemeente", "begeleider", "corporatie", "regio", "beheerder");

    /**
     * The operations whose valid success this sequence cannot give, and why; their answer must be this documented
     * refusal (problem+json, read into the generated Problem).
     */
    static final Map<String, Set<Integer>> REFUSED = Map.ofEntries(
            // the demo data has no vacancy with a proposal of this run / no open offer of the calling organisation
            // (the vacancy in the body is the first by its random id: another organisation's (404) or one without a
            // proposal (422))
            Map.entry("makeOffer", Set.of(404, 422)), Map.entry("adoptProposal", Set.of(404, 422)), Map.entry("declineOffer", Set.of(404)),
            Map.entry("withdrawOffer", Set.of(404)), Map.entry("releaseProposal", Set.of(404)), Map.entry("updateVacancy", Set.of(404)),
            Map.entry("withdrawVacancy", Set.of(404)),
            // no evaluation moment at month 6 of the demo tenancy; no status step allowed from the demo report's status
            Map.entry("recordEvaluation", Set.of(422)), Map.entry("changeReportStatus", Set.of(422)),
            // the first eligibility rule is met by the demo candidate (or was switched off by the call before)
            Map.entry("recordException", Set.of(422)),
            // the body's facility is not one the municipality routes for
            Map.entry("addRoutingRule", Set.of(422)),
            // no improvement track or routing rule in the demo data: an unknown id
            Map.entry("addImprovementAction", Set.of(404)), Map.entry("updateImprovementAction", Set.of(404)),
            Map.entry("removeRoutingRule", Set.of(404)),
            // the demo templates are the region's, not the municipality's own
            Map.entry("removeReplyTemplate", Set.of(422)),
            // no client in this sequence consented to share with the municipality
            Map.entry("getSharedClient", Set.of(403)),
            // the example's basedOn is not the region's latest parameter set: someone else saved a version in between
            Map.entry("createPlanningParameterSet", Set.of(409)));

    /** Operations called as if their path were another: a support plan's goal before the actions that need one. */
    static final Map<String, String> SORTED_AS = Map.of("addPlanGoal", "/trajectories/clients/{id}/plan/",
            // a crisis plan saved before it is read
            "saveCrisisPlan", "/trajectories/clients/{id}/crisis-pla");

    /** The role that makes a call (where the first role that may is not the one whose records the ids are). */
    static final Map<String, String> ROLE = Map.ofEntries(
            Map.entry("importCbsFile", "beheerder"), Map.entry("setAffordabilityLimits", "regio"),
            // a signal about one of the demo corporation's own tenants housed through outflow
            Map.entry("recordSignal", "corporatie"),
            // the region's coordinator keeps its parameters and runs its analyses
            Map.entry("createPlanningParameterSet", "regio"), Map.entry("startPlanningRun", "regio"));

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    nl.thuisbasis.identity.token.ApiTokens apiTokens;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    /** The API token of each role, issued once. */
    final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    JdbcClient db;
    Map<String, Map<String, Object>> operations;
    Map<String, Object> examples;
    final ObjectMapper strict = ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    final LocalDate today = LocalDate.now();

    record Call(String operationId, String method, String path, String role, int status, String outcome) {

        String line() {
            return "%-32s %-7s %-62s %-11s %d %s".formatted(operationId, method, path, role, status, outcome);
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readTheDocument() throws Exception {
        db = JdbcClient.create(dataSource);
        Map<String, Object> doc = strict.readValue(SNAPSHOT.toFile(), Map.class);
        operations = new TreeMap<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            if (op instanceof Map<?, ?> o && o.get("operationId") instanceof String id) {
                Map<String, Object> operation = new LinkedHashMap<>((Map<String, Object>) o);
                operation.put("method", method.toUpperCase(Locale.ROOT));
                operation.put("path", path);
                operations.put(id, operation);
            }
        }));
        examples = strict.readValue(getClass().getResourceAsStream("/openapi/request-examples.json"), Map.class);
    }

    ApiClient client(String role) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port + "/api/v1");
        client.setObjectMapper(strict);
        if (role != null) {
            // as an API client does: a personal API token that the administrator issued for the account
            String token = tokens.computeIfAbsent(role, r -> apiTokens.issue(
                    (nl.thuisbasis.identity.CurrentUser) accounts.loadUserByUsername("beheerder"), r, "contract test",
                    apiTokens.today().plusDays(1)).token());
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** The generated *Api classes, by their simple name. */
    static List<Class<?>> apiClasses() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*Api")));
        List<Class<?>> classes = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("nl.thuisbasis.apiclient.api")) {
            classes.add(Class.forName(bean.getBeanClassName()));
        }
        classes.sort(Comparator.comparing(Class::getSimpleName));
        return classes;
    }

    /** Per operationId the generated method that gives the status and headers ({@code ...WithHttpInfo}, no headers). */
    static Map<String, Method> clientOperations() throws ClassNotFoundException {
        Map<String, Method> methods = new TreeMap<>();
        for (Class<?> api : apiClasses()) {
            for (Method m : api.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getName().endsWith("WithHttpInfo")
                        && (m.getParameterCount() == 0 || m.getParameterTypes()[m.getParameterCount() - 1] != Map.class)) {
                    methods.put(m.getName().substring(0, m.getName().length() - "WithHttpInfo".length()), m);
                }
            }
        }
        return methods;
    }

    @Test
    void every_operation_of_the_document_answers_the_generated_client_as_documented() throws Exception {
        Map<String, Method> methods = clientOperations();
        assertThat(methods.keySet()).as("operations of the generated client = operationIds of the document")
                .isEqualTo(operations.keySet());
        assertThat(methods).hasSizeGreaterThan(90);

        List<String> order = new ArrayList<>(methods.keySet());
        // deletes last, so that the records they remove are there for every other call
        order.sort(Comparator.comparing((String id) -> operations.get(id).get("method").equals("DELETE"))
                .thenComparing(id -> SORTED_AS.getOrDefault(id, (String) operations.get(id).get("path"))).thenComparing(id -> id));
        List<Call> calls = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String id : order) {
            Call call = call(id, methods.get(id));
            calls.add(call);
            if (call.outcome().startsWith("FAIL")) {
                failures.add(call.line());
            }
        }
        calls.addAll(errorFamilies());
        calls.stream().filter(c -> c.outcome().startsWith("FAIL")).filter(c -> !failures.contains(c.line()))
                .forEach(c -> failures.add(c.line()));
        Map<Integer, Integer> statuses = new TreeMap<>();
        calls.forEach(c -> statuses.merge(c.status(), 1, Integer::sum));
        StringBuilder report = new StringBuilder("Generated client contract test: %d operations called, %d calls in all, "
                .formatted(methods.size(), calls.size()) + "statuses " + statuses + ", " + failures.size() + " failures\n\n");
        calls.forEach(c -> report.append(c.line()).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/contract-report.txt"), report.toString());
        System.out.println(report);
        assertThat(failures).as("calls that did not answer as documented (see target/contract-report.txt)").isEmpty();
    }

    /** One operation, as the first role that may make it, with a valid request. */
    @SuppressWarnings("unchecked")
    Call call(String id, Method method) throws Exception {
        Map<String, Object> op = operations.get(id);
        String httpMethod = (String) op.get("method");
        String path = (String) op.get("path");
        Set<String> documented = ((Map<String, Object>) op.get("responses")).keySet();
        List<String> roles = new ArrayList<>(ROLES);
        if (ROLE.containsKey(id)) {
            roles.remove(ROLE.get(id));
            roles.add(0, ROLE.get(id));
        }
        Call last = null;
        for (String role : roles) {
            Object[] args = arguments(id, op, method);
            Object api = method.getDeclaringClass().getConstructor(ApiClient.class).newInstance(client(role));
            try {
                ApiResponse<?> response = (ApiResponse<?>) method.invoke(api, args);
                int status = response.getStatusCode();
                String outcome = documented.contains(String.valueOf(status)) && status / 100 == 2
                        ? "ok " + describe(response.getData())
                        : "FAIL: status " + status + " not a documented success " + documented;
                if (!response.getHeaders().containsKey("API-Version")) {
                    outcome = "FAIL: no API-Version";
                }
                return new Call(id, httpMethod, path, role, status, outcome);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof ApiException failure)) {
                    return new Call(id, httpMethod, path, role, 0, "FAIL: " + e.getCause());
                }
                int status = failure.getCode();
                Call refused = new Call(id, httpMethod, path, role, status, refusal(failure, documented));
                if (last == null || rank(status) >= rank(last.status())) {
                    last = refused;
                }
                if (status == 401 || status == 403 || status == 404) {
                    continue; // not this role's (or not visible to it): the next role
                }
                break;
            }
        }
        if (last == null) {
            return new Call(id, httpMethod, path, "-", 0, "FAIL: no role to call it");
        }
        Set<Integer> expected = REFUSED.getOrDefault(id, Set.of());
        if (expected.contains(last.status()) && !last.outcome().startsWith("FAIL")) {
            return new Call(id, httpMethod, path, last.role(), last.status(), "refused as expected: " + last.outcome());
        }
        return new Call(id, httpMethod, path, last.role(), last.status(), "FAIL: no role succeeded; last " + last.outcome());
    }

    static int rank(int status) {
        return status == 401 ? 0 : status == 403 ? 1 : status == 404 ? 2 : 3;
    }

    /** A refusal: documented, problem+json, read into the generated Problem. */
    String refusal(ApiException failure, Set<String> documented) {
        String status = String.valueOf(failure.getCode());
        String type = failure.getResponseHeaders() == null ? null
                : failure.getResponseHeaders().firstValue("Content-Type").orElse(null);
        if (failure.getCode() == 0) {
            return "FAIL: the client failed: " + failure.getMessage();
        }
        if (!documented.contains(status)) {
            return "FAIL: undocumented status " + status + " " + failure.getResponseBody();
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            return "FAIL: " + status + " as " + type;
        }
        try {
            Problem problem = strict.readValue(failure.getResponseBody(), Problem.class);
            return "problem " + problem.getCode() + (problem.getErrors() == null || problem.getErrors().isEmpty() ? ""
                    : " " + problem.getErrors().stream().map(e -> e.getName() + "").toList());
        } catch (Exception e) {
            return "FAIL: problem not read by the generated model: " + e.getMessage();
        }
    }

    static String describe(Object data) {
        if (data == null) {
            return "(no body)";
        }
        if (data instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        if (data instanceof File file) {
            return "(file of " + file.length() + " bytes)";
        }
        return data.getClass().getSimpleName();
    }

    // ------------------------------------------------------------------------------------------ the valid request

    /** The arguments of the generated method, by their names: path and query parameters, the body, the file. */
    @SuppressWarnings("unchecked")
    Object[] arguments(String id, Map<String, Object> op, Method method) throws Exception {
        Map<String, Map<String, Object>> params = new LinkedHashMap<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
            params.put(camel((String) p.get("name")), p);
        }
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        Map<String, String> pathValues = new LinkedHashMap<>();
        params.forEach((name, p) -> {
            if ("path".equals(p.get("in"))) {
                pathValues.put(name, value(id, (String) op.get("path"), (String) p.get("name"), "path", true));
            }
        });
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            String name = parameter.getName();
            Map<String, Object> p = params.get(name);
            Class<?> type = parameter.getType();
            if (type == File.class) {
                args[i] = file(id);
            } else if (p == null && type.getPackageName().equals("nl.thuisbasis.apiclient.model")) {
                args[i] = body(id, type, pathValues);
            } else if (p != null) {
                String value = value(id, (String) op.get("path"), (String) p.get("name"), (String) p.get("in"),
                        Boolean.TRUE.equals(p.get("required")));
                args[i] = value == null ? null : convert(value, parameter);
            } else {
                throw new IllegalStateException(id + ": no parameter " + name + " in the document");
            }
        }
        return args;
    }

    static String camel(String name) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                up = true;
            } else {
                s.append(up && !s.isEmpty() ? Character.toUpperCase(c) : s.isEmpty() ? Character.toLowerCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    Object convert(String value, Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type == UUID.class) {
            return UUID.fromString(value);
        }
        if (type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value);
        }
        if (type == List.class) {
            return List.of(value);
        }
        return value;
    }

    /** A path or query value: a real id of the right kind, or a sample. */
    String value(String id, String path, String name, String in, boolean required) {
        if (in.equals("path")) {
            String[] segments = path.split("/");
            String before = "";
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + name + "}")) {
                    before = segments[i - 1];
                }
            }
            return pathValue(id, before, name);
        }
        if (in.equals("query")) {
            // runScan saves its scan, so that getScan and getScanPdf (which come after it) have one to read
            String needed = Map.of("listNeighbourhoods", "municipality", "deleteFacility", "version", "runScan", "save").get(id);
            if (!required && !name.equals(needed)) {
                return null;
            }
            return switch (name) {
                case "version" -> String.valueOf(version(id, Map.of("id", deletable())));
                case "save" -> "true";
                case "year" -> id.equals("importCbsFile") ? "2020" : "2026";
                default -> ApiFuzzTest.QUERY_SAMPLES.getOrDefault(name, "1");
            };
        }
        return null; // headers: none needed
    }

    String deletableFacility;

    /** A facility that the municipality may delete: one in its own municipality, not in use by anything else. */
    String deletable() {
        if (deletableFacility == null) {
            deletableFacility = first("select id::text from facility where municipality_code = 'GM0505' and status = 'IDEA' "
                    + "order by name limit 1");
            if (deletableFacility == null) {
                deletableFacility = first("select id::text from facility where municipality_code = 'GM0505' order by name desc limit 1");
            }
        }
        return deletableFacility;
    }

    /** Records in the state an operation needs (an open offer to answer, a tenancy without outcome, ...). */
    static final Map<String, String> IN_STATE = Map.ofEntries(
            Map.entry("acceptOffer.id", "select id::text from offer where status = 'OPEN' order by offered_on, id limit 1"),
            Map.entry("declineOffer.id", "select id::text from offer where status = 'OPEN' order by offered_on, id limit 1"),
            Map.entry("withdrawOffer.id", "select id::text from offer where status = 'OPEN' order by offered_on, id limit 1"),
            Map.entry("recordEvaluation.id", "select id::text from tenancy where outcome is null order by starts_on, id limit 1"),
            Map.entry("recordOutcome.id", "select id::text from tenancy where outcome is null order by starts_on, id limit 1"),
            // two open early signals of the demo: the oldest is closed, a step goes on the newest
            Map.entry("closeSignal.id", "select id::text from early_signal where outcome is null order by received_on, id limit 1"),
            Map.entry("recordSignalStep.id", "select id::text from early_signal where outcome is null "
                    + "order by received_on desc, id limit 1"),
            Map.entry("updateVacancy.id", "select id::text from vacancy where status = 'OPEN' and corporation_code = 'alwel' "
                    + "order by address limit 1"),
            Map.entry("withdrawVacancy.id", "select id::text from vacancy where status = 'OPEN' and corporation_code = 'alwel' "
                    + "order by address desc limit 1"),
            Map.entry("releaseProposal.id", "select id::text from vacancy where status = 'PROPOSED' order by address limit 1"),
            Map.entry("addImprovementAction.facilityId", "select t.facility_id::text from improvement_track t "
                    + "join improvement_action a on a.track_id = t.id order by a.description limit 1"),
            Map.entry("updateImprovementAction.facilityId", "select t.facility_id::text from improvement_track t "
                    + "join improvement_action a on a.track_id = t.id where a.status in ('OPEN', 'IN_PROGRESS') "
                    + "order by a.description limit 1"),
            Map.entry("updateImprovementAction.actionId", "select a.id::text from improvement_track t "
                    + "join improvement_action a on a.track_id = t.id where a.status in ('OPEN', 'IN_PROGRESS') "
                    + "order by a.description limit 1"),
            // a support plan's action (not an improvement action, whose variable has the same name)
            Map.entry("changePlanActionStatus.actionId", "select id::text from support_action order by created_at, id limit 1"),
            Map.entry("answerInventory.facilityId", "select facility_id::text from inventory_answer "
                    + "where inventory_id = (select id from inventory order by title limit 1) order by facility_name limit 1"));

    String pathValue(String id, String before, String name) {
        String value = IN_STATE.containsKey(id + "." + name) ? first(IN_STATE.get(id + "." + name)) : known(id, before, name);
        // no record in the state needed: an unknown one, which the server must refuse as documented (404)
        return value != null ? value : UUID.nameUUIDFromBytes((id + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String known(String id, String before, String name) {
        return switch (name) {
            case "region" -> REGION;
            case "year" -> "2026";
            case "quarter" -> "1";
            case "trackingCode" -> first("select tracking_code from report order by tracking_code limit 1");
            case "code" -> switch (before) {
                case "municipalities" -> "GM0505";
                case "neighbourhoods" -> "BU05050101";
                case "processing-activities" -> "trajectory-care";
                default -> REGION;
            };
            case "facilityId" -> id.equals("answerInventory")
                    ? first("select f.id::text from facility f join inventory i on i.municipality_code = f.municipality_code "
                            + "order by f.name limit 1")
                    : first("select id::text from facility where municipality_code = 'GM0505' and status = 'IN_USE' "
                            + "order by name limit 1");
            case "actionId" -> first("select id::text from improvement_action order by description limit 1");
            default -> idOf(id, before);
        };
    }

    String idOf(String id, String before) {
        return switch (before) {
            case "facilities" -> id.equals("deleteFacility") ? deletable()
                    : first("select id::text from facility where municipality_code = 'GM0505' order by name limit 1");
            case "cbs-imports" -> first("select id::text from cbs_import order by id limit 1");
            case "candidates" -> first("select id::text from candidate order by reference limit 1");
            case "offers" -> first("select id::text from offer order by offered_on desc limit 1");
            case "tenancies" -> first("select id::text from tenancy order by starts_on limit 1");
            case "signals" -> first("select id::text from early_signal order by received_on, id limit 1");
            case "vacancies" -> first("select id::text from vacancy order by address limit 1");
            case "eligibility-rules" -> first("select id::text from eligibility_rule order by description limit 1");
            case "inventories" -> first("select id::text from inventory order by title limit 1");
            case "queue" -> first("select id::text from report order by tracking_code limit 1");
            case "reply-templates" -> first("select id::text from reply_template order by title limit 1");
            case "routing-rules" -> first("select id::text from report_routing_rule order by id limit 1");
            case "initiatives" -> first("select id::text from initiative order by name limit 1");
            case "scans" -> first("select id::text from scan order by id limit 1");
            case "clients", "shared-clients" -> first("select id::text from trajectory_client order by client_number limit 1");
            case "goals" -> first("select id::text from support_goal order by created_at, id limit 1");
            case "evaluations" -> first("select id::text from support_evaluation order by created_at, id limit 1");
            case "ambitions" -> first("select id::text from planning_ambition order by year, housing_type limit 1");
            case "bids" -> first("select id::text from planning_bid order by year, housing_type, municipality_code limit 1");
            case "commitments" -> first("select id::text from planning_commitment order by year, municipality_code limit 1");
            case "realisation" -> first("select id::text from planning_item order by planned_year, planned_half, concept limit 1");
            case "parameter-sets" -> first("select id::text from planning_parameter_set order by region_code, version desc limit 1");
            case "runs" -> first("select id::text from planning_run order by created_at, id limit 1");
            default -> throw new IllegalStateException(id + ": which id after " + before + "?");
        };
    }

    String first(String sql) {
        return db.sql(sql).query(String.class).optional().orElse(null);
    }

    /** The document's example of the body, with real ids and today's dates, read into the generated model. */
    @SuppressWarnings("unchecked")
    Object body(String id, Class<?> type, Map<String, String> pathValues) throws Exception {
        String schema = type.getSimpleName();
        Object example = examples.get(schema);
        assertThat(example).as("example of %s", schema).isNotNull();
        ObjectNode body = strict.valueToTree(example);
        body.properties().forEach(e -> {
            if (e.getValue().isTextual() && e.getValue().asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                e.setValue(strict.getNodeFactory().textNode(
                        today.plusDays(ApiFuzzTest.DATE_OFFSETS.getOrDefault(e.getKey(), 0)).toString()));
            }
        });
        ApiFuzzTest.BODY_ID_TABLES.forEach((field, table) -> {
            if (body.has(field)) {
                body.put(field, first("select id::text from %s order by id limit 1".formatted(table)));
            }
        });
        if (body.has("tenancyId")) {
            body.put("tenancyId", first("select id::text from tenancy where corporation_code = 'trivire' "
                    + "and (outcome is null or outcome <> 'ENDED') order by starts_on, id limit 1"));
        }
        if (body.has("reference")) {
            body.put("reference", "CONTRACT-" + UUID.randomUUID().toString().substring(0, 8));
        }
        if (body.has("version")) {
            body.put("version", version(id, pathValues));
        }
        return strict.treeToValue(body, type);
    }

    /** Which table keeps the version a change must name. */
    static final Map<String, String> VERSIONED = Map.of("updateFacility", "facility", "updateCandidate", "candidate",
            "updateVacancy", "vacancy", "setNorms", "outflow_setting", "updateCommittee", "oversight_profile",
            "updateCovenant", "oversight_profile",
            "updateImprovementAction", "improvement_action", "deleteFacility", "facility",
            "changeClientPhase", "trajectory_client");

    /** The current version of the record a change names (0 for one not stored yet, as a dormant profile). */
    int version(String id, Map<String, String> pathValues) {
        // a step or the outcome of an early signal names the signal's version
        String keyword = id.equals("recordSignalStep") || id.equals("closeSignal") ? "early_signal" : VERSIONED.get(id);
        if (keyword == null) {
            return 0;
        }
        List<String> tables = db.sql("select table_name from information_schema.columns where table_schema = 'public' "
                + "and column_name = 'version' and table_name like ? order by length(table_name)")
                .param("%" + keyword + "%").query(String.class).list();
        for (String table : tables) {
            List<String> columns = db.sql("select column_name from information_schema.columns where table_schema = 'public' "
                    + "and table_name = ?").param(table).query(String.class).list();
            String key = pathValues.containsKey("actionId") ? pathValues.get("actionId")
                    : pathValues.containsKey("id") ? pathValues.get("id") : pathValues.get("facilityId");
            String column = columns.contains("facility_id") && pathValues.containsKey("facilityId") && !pathValues.containsKey("actionId")
                    ? "facility_id" : columns.contains("id") && key != null ? "id"
                    : columns.contains("region_code") ? "region_code" : null;
            if (column == null) {
                continue;
            }
            if (column.equals("region_code")) {
                key = REGION;
            }
            return db.sql("select version from %s where %s::text = ?".formatted(table, column)).param(key)
                    .query(Integer.class).optional().orElse(0);
        }
        return 0;
    }

    File file(String id) throws Exception {
        String content = switch (id) {
            case "importCbsFile" -> "gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar\n"
                    + "GM0505,Dordrecht,119000,55000,2020\n";
            case "importFacilities" -> ApiFuzzTest.FILES.get("POST /api/v1/facility-imports");
            default -> ApiFuzzTest.FILES.get("POST /api/v1/siting/local-indices");
        };
        Path file = Files.createTempFile("contract-" + id, ".csv");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file.toFile();
    }

    // ------------------------------------------------------------------------------------------ error families

    /** A refusal of each family, read into the generated Problem: 401 without credentials, 404, 422. */
    List<Call> errorFamilies() throws Exception {
        List<Call> calls = new ArrayList<>();
        calls.add(family("listCandidates (no credentials)", "GET", "/outflow/candidates", "anonymous", 401,
                () -> new UitstroomKandidatenApi(client(null)).listCandidatesWithHttpInfo(null, null, null, null)));
        ApiClient revoked = client(null);
        revoked.setRequestInterceptor(request -> request.header("Authorization", "Bearer tb_" + "0".repeat(43)));
        calls.add(family("listCandidates (unknown token)", "GET", "/outflow/candidates", "anonymous", 401,
                () -> new UitstroomKandidatenApi(revoked).listCandidatesWithHttpInfo(null, null, null, null)));
        calls.add(family("getFacility (unknown id)", "GET", "/facilities/{id}", "gemeente", 404,
                () -> new VoorzieningenApi(client("gemeente")).getFacilityWithHttpInfo(UUID.randomUUID())));
        calls.add(family("createFacility (empty body)", "POST", "/facilities", "gemeente", 422,
                () -> new VoorzieningenApi(client("gemeente")).createFacilityWithHttpInfo(new FacilityRequest(), null)));
        return calls;
    }

    interface ClientCall {
        Object call() throws ApiException;
    }

    Call family(String name, String method, String path, String role, int expected, ClientCall call) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::call);
        if (failure == null) {
            return new Call(name, method, path, role, 0, "FAIL: no refusal");
        }
        String outcome = refusal(failure, Set.of(String.valueOf(expected)));
        if (failure.getCode() != expected) {
            outcome = "FAIL: expected " + expected + ", " + outcome;
        } else if (!outcome.startsWith("FAIL")) {
            Problem problem = readProblem(failure);
            outcome = problem.getStatus() == expected && problem.getTitle() != null ? "refused as documented: " + outcome
                    : "FAIL: problem " + problem;
        }
        return new Call(name, method, path, role, failure.getCode(), outcome);
    }

    Problem readProblem(ApiException failure) {
        try {
            return strict.readValue(failure.getResponseBody(), Problem.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
