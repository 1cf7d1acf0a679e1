package nl.thuisbasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import jakarta.servlet.RequestDispatcher;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded, reproducible fuzz test of the whole API: every operation of the OpenAPI document (GET
 * /api/v1/openapi.json), called as the public and as each role, once with a plausible valid request built from the
 * schema and then with malformed variants: every whole-request variant (broken JSON, wrong content types, garbage path
 * ids, ...) and a seeded sample of the per-field, per-query-parameter, per-path-variable and per-header variants.
 * <p>
 * No answer may be a 5xx; every API error must be {@code application/problem+json} with {@code status}, {@code title}
 * and a stable {@code code}; every API answer carries {@code API-Version}; and a refused or failed request (4xx, 5xx),
 * a GET or a HEAD (every GET is sent as HEAD too) must leave the data as it was. Changes are seen per table (row count
 * and highest xmin) in one SQL round trip after each request. All failures are collected; the test fails at the end
 * with a summary grouped by kind and operation, and writes the full list to {@code target/api-fuzz-report.txt},
 * with the status of each operation's valid request per role (and why it was refused, where it was).
 * <p>
 * The seed is fixed ({@link #DEFAULT_SEED}) and printed; run another with {@code -Dfuzz.seed=N}. The number of sampled
 * variants per operation and role: {@code -Dfuzz.sampled=N} (roles that the valid request turns away with 401/403 get
 * a quarter of it, at least 2); each role takes the next ones of the operation's shuffled pool, so together they cover
 * most of it. The records used are chosen by their content, not by their random ids, so a run with the same seed sends
 * the same requests to the same records and finds the same failures (only the uuids in the report differ).
 * <p>
 * Operations skipped: none. Only what the OpenAPI document lists is called (springdoc lists /api/v1/** only, without
 * the document itself).
 * <p>
 * Runs on a database of its own ({@code api_fuzz}) with all demo data (oversight, reports, outflow) loaded, so that
 * real ids exist and the writes that succeed touch no other test's data.
 */
@SpringBootTest(properties = {"thuisbasis.embedded-db.database=api_fuzz", "thuisbasis.oversight.load-demo-data=true",
    "thuisbasis.reports.load-demo-data=true", "thuisbasis.outflow.load-demo-data=true"})
// no printing: with printOnlyOnFailure MockMvc would keep every result (100 kB bodies) to print them all on failure
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@DisplayName("API fuzz: every operation of the OpenAPI document, valid and malformed, as every role")
class ApiFuzzTest {

    static final long DEFAULT_SEED = 20260515L;
    static final String[] USERS = {"anonymous", "begeleider", "corporatie", "gemeente", "regio", "beheerder"};
    static final String NIL = "00000000-0000-0000-0000-000000000000";
    static final String REGION = "drechtsteden-alblasserwaard";
    static final String BIG = "x".repeat(100 * 1024);
    static final Object MISSING = new Object();
    /** A string value replaced in the serialised JSON by a raw escape that Jackson would not write: a lone surrogate. */
    static final String LONE_SURROGATE = "__fuzz_lone_surrogate__";

    /**
     * Tables whose changes are not the data this test guards, and why:
     * <ul>
     * <li>processing_log: the processing log (verwerkingenlogboek) records reads of personal data and refusals, so it
     * grows on GETs and 4xx by design;</li>
     * <li>event_publication: Spring Modulith's event log, written with a successful write and emptied when the
     * listeners are done; it is watched separately, to wait for those listeners before the next request;</li>
     * <li>flyway_schema_history: migrations only, never written while the application runs;</li>
     * <li>cbs_import: the history of CBS imports, which keeps a refused import too (FAILED, with its problems, for the
     * administrator who must correct the file); the figures themselves (area, key_figures...) are compared;</li>
     * <li>audit_secret: the key of the processing log's pseudonyms, made once on the first log entry about a client or
     * a candidate, which may be a refused read in this test.</li>
     * </ul>
     * There are no login-attempt, session or rate-limit tables: failed logins are columns of app_user (this test does
     * not log in: it sets the user on each request), sessions are in memory and the API is stateless, and the report
     * submission limit (SubmissionLimiter) is in memory. form_submission (once-only tokens) is kept: it may change
     * only when something was created.
     */
    static final Set<String> NOT_COMPARED = Set.of("processing_log", "event_publication", "flyway_schema_history",
            "cbs_import", "audit_secret");

    /** Sample values for path variables that are no ids (ids are looked up in the database). */
    static final Map<String, String> VARIABLES = Map.of(
            "region", REGION, "year", "2026", "quarter", "1", "trackingCode", "ABCDEFGH");
    /** Where {code} (or another variable) stands for a different kind of thing per endpoint. */
    static final Map<String, String> PATH_SAMPLES = Map.of(
            "/api/v1/municipalities/{code}", "GM0505", "/api/v1/neighbourhoods/{code}", "BU05050101",
            "/api/v1/regions/{code}", REGION);

    /** The table of the records an id variable names, by the path segment before it. */
    static final Map<String, String> ID_TABLES = Map.ofEntries(
            Map.entry("facilities", "facility"), Map.entry("locations", "facility"), Map.entry("cbs-imports", "cbs_import"),
            Map.entry("candidates", "candidate"), Map.entry("offers", "offer"), Map.entry("tenancies", "tenancy"),
            Map.entry("vacancies", "vacancy"), Map.entry("eligibility-rules", "eligibility_rule"),
            Map.entry("inventories", "inventory"), Map.entry("improvement-actions", "improvement_action"),
            Map.entry("queue", "report"), Map.entry("reply-templates", "reply_template"),
            Map.entry("routing-rules", "report_routing_rule"), Map.entry("initiatives", "initiative"),
            Map.entry("scans", "scan"), Map.entry("clients", "trajectory_client"), Map.entry("goals", "support_goal"),
            Map.entry("actions", "support_action"), Map.entry("evaluations", "support_evaluation"));
    /** The table of the records an id field of a body names. */
    static final Map<String, String> BODY_ID_TABLES = Map.of(
            "vacancyId", "vacancy", "matchingRunId", "matching_run", "scanId", "scan", "ruleId", "eligibility_rule",
            "templateId", "reply_template", "facilityId", "facility", "goalId", "support_goal");

    /** Values of query parameters (required ones are always sent; the others only in their variants). */
    static final Map<String, String> QUERY_SAMPLES = Map.ofEntries(
            Map.entry("region", REGION), Map.entry("municipality", "GM0505"), Map.entry("area", "BU05050101"),
            Map.entry("facilityType", "CRISIS_SHELTER"), Map.entry("capacity", "10"), Map.entry("figure", "WAITS"),
            Map.entry("key", "WAITING"), Map.entry("year", "2026"), Map.entry("quarter", "1"),
            Map.entry("version", "0"), Map.entry("housingType", "HOUSING_FIRST"), Map.entry("page", "1"), Map.entry("pageSize", "10"), Map.entry("purpose", "AFTERCARE"));
    static final Map<String, String> QUERY_OVERRIDES = Map.of("POST /api/v1/cbs-imports year", "2023");
    /** Optional query parameters an operation needs all the same (one of several): sent with the valid request. */
    static final Map<String, String> QUERY_NEEDED = Map.of("GET /api/v1/neighbourhoods", "municipality");

    /** Dates that must lie before or after today. */
    static final Map<String, Integer> DATE_OFFSETS = Map.of("nextMeeting", 30, "lastMeeting", -30, "signedOn", -60,
            "lastReview", -30, "birthDate", -10000);

    /** Files for the uploads that a valid request sends (the CBS import gets a file it refuses: see the report). */
    static final Map<String, String> FILES = Map.of(
            "POST /api/v1/facility-imports", String.join(",", "naam", "soort", "doelgroepen", "zorgaanbieder", "eigenaar",
                    "straat", "huisnummer", "postcode", "plaats", "lengtegraad", "breedtegraad", "capaciteit", "eenheid",
                    "status") + "\nFuzz import,HOUSING_FIRST,HOMELESS,leger-des-heils,Trivire,Importstraat,1,3311AB,"
                    + "Dordrecht,4.6725,51.8115,1,UNITS,IN_USE\n",
            "POST /api/v1/siting/local-indices", "code,year,index,value\nBU05050205,2024,veiligheidsindex,87\n");

    /** Plausible values of body fields by name ("Schema.field" first, then "field"); the rest follows the type. */
    static final Map<String, Object> FIELD_SAMPLES = Map.ofEntries(
            Map.entry("FacilityRequest.closedOn", MISSING), Map.entry("ReportRequest.cardCode", MISSING),
            Map.entry("emailConsent", true), Map.entry("present", true), Map.entry("ExclusionRequest.reason", "SAFETY"),
            Map.entry("RegimeChangeRequest.to", "ACTIVE_BASIC"),
            Map.entry("CommitteeRequest.members", Map.of("RESIDENTS", "Bewonersvereniging")),
            Map.entry("FacilityRequest.type", "CRISIS_SHELTER"), Map.entry("FacilityRequest.status", "IN_USE"),
            Map.entry("ActionStatusRequest.status", "DONE"), Map.entry("ReplyTemplateRequest.status", "ACKNOWLEDGED"),
            Map.entry("StatusChangeRequest.status", "ACKNOWLEDGED"), Map.entry("CandidateRequest.category", "SHELTER"),
            Map.entry("ReportRequest.category", "NOISE"), Map.entry("RoutingRuleRequest.category", "NOISE"),
            Map.entry("MeasurementRequest.kind", "BASELINE"), Map.entry("RuleRequest.kind", "MIN_REGIONAL_TIES_YEARS"),
            Map.entry("DeclineRequest.reason", "OTHER"), Map.entry("CategoryRequest.code", "SHELTER"),
            Map.entry("IndicatorRequest.key", "income_low"), Map.entry("ProposalRequest.place", 1),
            Map.entry("capacityUnit", "PLACES"), Map.entry("targetGroups", "HOMELESS"),
            Map.entry("facilityType", "CRISIS_SHELTER"), Map.entry("target", "MUNICIPALITY"),
            Map.entry("neededRegime", "STRICTER"), Map.entry("to", "STRICTER"), Map.entry("direction", "HIGHER_IS_MORE_STRAIN"),
            Map.entry("ageBand", "Y27_44"), Map.entry("incomeBand", "LOW"), Map.entry("supportIntensity", "MEDIUM"),
            Map.entry("targetHousing", "TENANCY_WITH_CARE"), Map.entry("supportProvider", "leger-des-heils"),
            Map.entry("providerCode", "yulius"), Map.entry("corporation", "alwel"), Map.entry("owner", "leger-des-heils"),
            Map.entry("ownerOrganisation", "leger-des-heils"), Map.entry("decision", "URG-1"),
            Map.entry("outcome", "REGULAR_LEASE"), Map.entry("endReason", "OTHER"), Map.entry("municipality", "GM0505"),
            Map.entry("decidingMunicipality", "GM0505"), Map.entry("originMunicipality", "GM0505"),
            Map.entry("municipalities", "GM0505"), Map.entry("region", REGION), Map.entry("areaCode", "BU05050101"),
            Map.entry("neighbourhood", "BU05050101"), Map.entry("step", "NEIGHBOURS_INFORMED"),
            Map.entry("meetingCadence", "elk kwartaal"), Map.entry("method", "Leefbaarometer"),
            Map.entry("email", "buur@example.org"), Map.entry("postcode", "3311AB"), Map.entry("houseNumber", "2"),
            Map.entry("street", "Voorstraat"), Map.entry("place", "Dordrecht"), Map.entry("address", "Voorstraat 2 Dordrecht"),
            Map.entry("url", "https://example.org/"), Map.entry("minutesUrl", "https://example.org/notulen"),
            Map.entry("lat", 51.8106), Map.entry("lon", 4.6905), Map.entry("capacity", 10), Map.entry("year", 2026),
            Map.entry("total", 10), Map.entry("dwellings", 100), Map.entry("capPercent", 25), Map.entry("offerNormMonths", 3),
            Map.entry("stalledOfferDays", 7), Map.entry("tenancyMonths", 12), Map.entry("month", 6), Map.entry("months", 12),
            Map.entry("extendMonths", 6), Map.entry("adults", 1), Map.entry("children", 0), Map.entry("bedroomsNeeded", 1),
            Map.entry("bedrooms", 2), Map.entry("floor", 0), Map.entry("rent", 600), Map.entry("liveabilityScore", 3),
            Map.entry("score", 7), Map.entry("regionalTiesYears", 3), Map.entry("parameter", 2), Map.entry("weight", 1),
            Map.entry("orangeFrom", 50), Map.entry("redFrom", 70), Map.entry("version", 0), Map.entry("lowCap", 480),
            Map.entry("highCap", 880), Map.entry("qualityDiscount", 480), Map.entry("liberalisation", 900),
            Map.entry("reference", "FUZZ-1"), Map.entry("decidedBy", "Fuzz"), Map.entry("confirmedBy", "Fuzz"),
            Map.entry("contact", "buurt@example.org"), Map.entry("title", "Fuzz"), Map.entry("name", "Fuzz locatie"),
            // a client: a number of the provider's own, a key worker of its staff, no stand-in (there is no second one), no
            // facility (the first one is another provider's)
            Map.entry("clientNumber", "FUZZ-1"), Map.entry("keyWorker", "begeleider"), Map.entry("ClientRequest.standIn", MISSING),
            Map.entry("ClientRequest.facilityId", MISSING),
            Map.entry("preferredMunicipality", "GM0505"), Map.entry("PhaseChangeRequest.phase", "IN_FACILITY"),
            Map.entry("AssessmentRequest.scores", Map.of("FINANCES", Map.of("score", 3, "target", 4))),
            // a support plan: a domain of the shipped instrument, a member of the staff as the owner, the reason of a change
            Map.entry("PlanGoalRequest.domain", "FINANCES"), Map.entry("targetLevel", 4),
            Map.entry("PlanActionRequest.ownerPerson", "begeleider"), Map.entry("PlanActionRequest.ownerPartner", MISSING),
            Map.entry("ReadinessChecklistRequest.entries", Map.of("SELF_CARE", Map.of("confirmedOn", "2026-01-15",
                    "confirmedBy", "Fuzz begeleider"))));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    /** A plain reader, as a client has: not the application's, which refuses control characters in what it reads. */
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    long seed;
    Random random;
    Connection db;
    Map<String, Map<String, Object>> schemas;
    /** The regions other than the sample one: a known region may still lack records (a model, rules) of its own. */
    List<String> otherRegions = new ArrayList<>();
    long mvcNanos;
    long snapshotNanos;
    final ConcurrentLinkedQueue<ILoggingEvent> logged = new ConcurrentLinkedQueue<>();
    final List<Failure> failures = new ArrayList<>();
    final Map<String, String> validStatuses = new TreeMap<>();
    final Map<Integer, Integer> statusCounts = new TreeMap<>();
    int requests;
    int poolSize;
    int errorPages;
    final Map<String, Integer> errorPageCauses = new TreeMap<>();
    int poolCovered;
    final LocalDate today = LocalDate.now();

    record Param(String name, String in, boolean required, Map<String, Object> schema) {
    }

    record Op(String method, String path, List<Param> params, Map<String, Object> bodySchema, String bodySchemaName,
            String media, String fileField) {

        String name() {
            return method + " " + path;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    /** One request to send: built from the valid draft of its operation, then changed by its variant. */
    static final class Draft implements Cloneable {
        String variant = "valid";
        String method;
        String path;
        LinkedHashMap<String, String> pathValues = new LinkedHashMap<>(); // encoded
        LinkedHashMap<String, List<String>> query = new LinkedHashMap<>(); // encoded
        LinkedHashMap<String, String> headers = new LinkedHashMap<>();
        String contentType;
        Object body = MISSING; // a JSON tree, or MISSING
        String rawBody; // wins over body
        String fileField;
        byte[] file; // multipart: the file part, or null for none
        boolean multipart;

        Draft copy(String name) {
            try {
                Draft d = (Draft) super.clone();
                d.variant = name;
                d.pathValues = new LinkedHashMap<>(pathValues);
                d.query = new LinkedHashMap<>();
                query.forEach((k, v) -> d.query.put(k, new ArrayList<>(v)));
                d.headers = new LinkedHashMap<>(headers);
                d.body = deepCopy(body);
                return d;
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        String uri() {
            Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(path);
            StringBuilder uri = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(uri, Matcher.quoteReplacement(pathValues.get(m.group(1))));
            }
            m.appendTail(uri);
            StringBuilder q = new StringBuilder();
            query.forEach((k, values) -> values.forEach(v -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v)));
            return uri + q.toString();
        }
    }

    /** A variant of the sampled pool: its name and what it changes. */
    record Variant(String name, Consumer<Draft> change) {
    }

    record Failure(String kind, String op, String role, String variant, String method, String uri, int status,
            String detail) {

        String line() {
            return "%-14s %-62s %-10s %-40s %s %s -> %d %s".formatted(kind, op, role, variant, method, shorten(uri, 160),
                    status, detail);
        }
    }

    record Outcome(int status, String contentType, String apiVersion, byte[] body, String exception, boolean emulated) {
    }

    @Test
    void every_operation_answers_valid_and_malformed_requests_without_5xx_with_problems_and_without_side_effects()
            throws Exception {
        seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        random = new Random(seed);
        int sampled = Integer.getInteger("fuzz.sampled", 30);
        long started = System.nanoTime();
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    logged.add(event);
                }
            }
        };
        capture.start();
        root.addAppender(capture);
        try (Connection connection = dataSource.getConnection()) {
            db = connection;
            db.setAutoCommit(true);
            prepareSnapshot();
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("select code from region where code <> '" + REGION + "' order by code")) {
                while (rs.next()) {
                    otherRegions.add(rs.getString(1));
                }
            }
            List<Op> ops = operations();
            assertThat(ops).as("operations in the OpenAPI document").hasSizeGreaterThan(80);
            Map<String, long[]> before = settle(snapshot());
            for (Op op : ops) {
                Draft base = valid(op);
                List<Variant> pool = pool(op, base);
                Collections.shuffle(pool, random);
                int cursor = 0;
                List<String> statuses = new ArrayList<>();
                Set<String> refusals = new TreeSet<>();
                for (String role : USERS) {
                    List<Draft> drafts = new ArrayList<>();
                    drafts.add(base.copy("valid"));
                    drafts.addAll(fixed(op, base));
                    Outcome first = null;
                    for (int i = 0; i < drafts.size(); i++) {
                        Draft d = drafts.get(i);
                        Outcome outcome = send(op, role, d, before);
                        before = lastSnapshot;
                        if (i == 0) {
                            first = outcome;
                            statuses.add(String.valueOf(outcome.status()));
                            if (outcome.status() == 400 || outcome.status() == 422) {
                                refusals.add(role + ": " + refusal(outcome));
                            }
                        }
                    }
                    boolean turnedAway = first.status() == 401 || first.status() == 403;
                    int n = turnedAway ? Math.max(2, sampled / 4) : sampled;
                    for (int i = 0; i < n && !pool.isEmpty(); i++) {
                        Variant v = pool.get(cursor++ % pool.size());
                        Draft d = base.copy(v.name());
                        v.change().accept(d);
                        send(op, role, d, before);
                        before = lastSnapshot;
                    }
                }
                poolSize += pool.size();
                poolCovered += Math.min(cursor, pool.size());
                validStatuses.put(op.name(), String.join(" ", statuses)
                        + (refusals.isEmpty() ? "" : "   refused: " + shorten(String.join("; ", refusals), 300)));
            }
        } finally {
            root.detachAppender(capture);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        String summary = summary(seconds);
        Files.createDirectories(Path.of("target"));
        StringBuilder report = new StringBuilder(summary).append("\n\nStatus of the valid request per role (")
                .append(String.join(" ", USERS)).append(")\n");
        validStatuses.forEach((op, s) -> report.append("%-70s %s%n".formatted(op, s)));
        report.append("\nAnswered through the error page (MockMvc has none: an error status without a body, or an "
                + "exception, is sent to /error as the server would)\n");
        errorPageCauses.forEach((k, v) -> report.append("%6d  %s%n".formatted(v, k)));
        report.append("\nAll failures (").append(failures.size()).append(")\n");
        failures.forEach(f -> report.append(f.line()).append('\n'));
        Files.writeString(Path.of("target/api-fuzz-report.txt"), report.toString());
        System.out.println(summary);
        assertThat(failures).as("%s", summary).isEmpty();
    }

    // ---------------------------------------------------------------- the OpenAPI document

    @SuppressWarnings("unchecked")
    List<Op> operations() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("GET /api/v1/openapi.json").isEqualTo(200);
        Map<String, Object> doc = json.readValue(response.getContentAsByteArray(), Map.class);
        String server = "/api/v1";
        List<Map<String, Object>> servers = (List<Map<String, Object>>) doc.get("servers");
        if (servers != null && !servers.isEmpty() && servers.get(0).get("url") instanceof String url && url.startsWith("/")) {
            server = url.replaceAll("/$", "");
        }
        schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("schemas");
        List<Op> ops = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        for (Map.Entry<String, Map<String, Object>> path : new TreeMap<>(paths).entrySet()) {
            String full = path.getKey().startsWith("/api/") ? path.getKey() : server + path.getKey();
            // every operation under /api/v1: none is skipped
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").contains(method)) {
                    continue; // "parameters", "summary" and the like: no operations
                }
                Map<String, Object> o = (Map<String, Object>) operation.getValue();
                List<Param> params = new ArrayList<>();
                for (Map<String, Object> p : (List<Map<String, Object>>) o.getOrDefault("parameters", List.of())) {
                    params.add(new Param((String) p.get("name"), (String) p.get("in"), Boolean.TRUE.equals(p.get("required")),
                            resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()))));
                }
                Map<String, Object> body = null;
                String schemaName = null;
                String media = null;
                String fileField = null;
                if (o.get("requestBody") instanceof Map<?, ?> rb && rb.get("content") instanceof Map<?, ?> content) {
                    media = content.containsKey("application/json") ? "application/json"
                            : (String) content.keySet().iterator().next();
                    Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get(media)).get("schema");
                    if (schema != null && schema.get("$ref") instanceof String ref) {
                        schemaName = ref.substring(ref.lastIndexOf('/') + 1);
                    }
                    body = resolve(schema == null ? Map.of() : schema);
                    if (media.startsWith("multipart/") && body.get("properties") instanceof Map<?, ?> props) {
                        for (Map.Entry<?, ?> e : props.entrySet()) {
                            if (e.getValue() instanceof Map<?, ?> s && "binary".equals(s.get("format"))) {
                                fileField = (String) e.getKey();
                            }
                        }
                    }
                }
                ops.add(new Op(method, full, params, body, schemaName, media, fileField));
            }
        }
        // deletes last, so the records they remove are there for every other operation
        ops.sort(java.util.Comparator.comparing((Op op) -> op.method().equals("DELETE")).thenComparing(Op::path)
                .thenComparing(Op::method));
        return ops;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> s = schema;
        for (int i = 0; i < 10 && s.get("$ref") instanceof String ref; i++) {
            s = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(s).as("schema %s", ref).isNotNull();
        }
        if (s.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>(s);
            Map<String, Object> props = new LinkedHashMap<>();
            for (Object part : all) {
                Map<String, Object> p = resolve((Map<String, Object>) part);
                props.putAll((Map<String, Object>) p.getOrDefault("properties", Map.of()));
            }
            merged.put("type", "object");
            merged.put("properties", props);
            return merged;
        }
        return s;
    }

    /** The name of a $ref'd schema of a property (for the field samples), or null. */
    static String refName(Object schema) {
        if (schema instanceof Map<?, ?> m) {
            if (m.get("$ref") instanceof String ref) {
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
            if (m.get("items") instanceof Map<?, ?> items && items.get("$ref") instanceof String ref) {
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the valid request

    Draft valid(Op op) throws Exception {
        Draft d = new Draft();
        d.method = op.method();
        d.path = op.path();
        for (Param p : op.in("path")) {
            d.pathValues.put(p.name(), enc(pathSample(op, p)));
        }
        for (Param p : op.in("query")) {
            if (p.required() || p.name().equals(QUERY_NEEDED.get(op.name()))) {
                String value = QUERY_OVERRIDES.getOrDefault(op.name() + " " + p.name(), querySample(op, p));
                d.query.put(p.name(), new ArrayList<>(List.of(encQ(value))));
            }
        }
        if (op.media() != null && op.media().startsWith("multipart/")) {
            d.multipart = true;
            d.fileField = op.fileField() == null ? "file" : op.fileField();
            d.file = FILES.getOrDefault(op.name(), "code;naam\nGM0505;Dordrecht\n").getBytes(StandardCharsets.UTF_8);
        } else if (op.media() != null) {
            d.contentType = op.media();
            d.body = value(op.bodySchema(), op.bodySchemaName(), null, 0);
        }
        return d;
    }

    String pathSample(Op op, Param p) throws Exception {
        if (PATH_SAMPLES.containsKey(op.path()) && op.path().endsWith("{" + p.name() + "}")) {
            return PATH_SAMPLES.get(op.path());
        }
        if (p.name().equals("trackingCode")) {
            return Objects.requireNonNullElse(firstOf("report", "tracking_code"),
                    VARIABLES.get("trackingCode"));
        }
        if (VARIABLES.containsKey(p.name())) {
            return VARIABLES.get(p.name());
        }
        String[] segments = op.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + p.name() + "}") && ID_TABLES.containsKey(segments[i - 1])) {
                String table = ID_TABLES.get(segments[i - 1]);
                return Objects.requireNonNullElse(firstOf(table, "id"), NIL);
            }
        }
        return NIL;
    }

    String querySample(Op op, Param p) throws Exception {
        if (p.name().equals("version") && op.path().contains("/facilities/")) {
            return Objects.requireNonNullElse(firstOf("facility", "version"), "0");
        }
        if (QUERY_SAMPLES.containsKey(p.name())) {
            return QUERY_SAMPLES.get(p.name());
        }
        Object v = value(p.schema(), null, p.name(), 0);
        return v instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(v);
    }

    /** A plausible value of a schema: samples by field name, enums, else by type and format. */
    @SuppressWarnings("unchecked")
    Object value(Map<String, Object> rawSchema, String schemaName, String field, int depth) throws Exception {
        Map<String, Object> schema = resolve(rawSchema);
        String type = (String) schema.get("type");
        if (field != null && !"array".equals(type)) {
            Object sample = FIELD_SAMPLES.get(schemaName + "." + field);
            if (sample == null) {
                sample = FIELD_SAMPLES.get(field);
            }
            if (sample != null) {
                return sample;
            }
            if (DATE_OFFSETS.containsKey(field) && "date".equals(schema.get("format"))) {
                return today.plusDays(DATE_OFFSETS.get(field)).toString();
            }
            if (BODY_ID_TABLES.containsKey(field)) {
                return Objects.requireNonNullElse(firstOf(BODY_ID_TABLES.get(field), "id"),
                        NIL);
            }
        }
        // a sample by name first (an enum's first value may not suit the request: a facility's status IDEA)
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String format = (String) schema.get("format");
        if (type == null && schema.get("properties") != null) {
            type = "object";
        }
        if (type == null) {
            return "fuzz";
        }
        switch (type) {
            case "string":
                if ("date".equals(format)) {
                    return today.toString();
                }
                if ("date-time".equals(format)) {
                    return today + "T12:00:00Z";
                }
                if ("uuid".equals(format)) {
                    return NIL;
                }
                return "Fuzz tekst";
            case "integer":
                return 1;
            case "number":
                return 1.5;
            case "boolean":
                return Boolean.FALSE;
            case "array": {
                Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of("type", "string"));
                List<Object> list = new ArrayList<>();
                if (depth <= 4) {
                    // items of a schema of their own are objects (no field samples); plain items take the field's sample
                    list.add(items.get("$ref") != null ? value(items, refName(items), null, depth + 1)
                            : value(items, schemaName, field, depth + 1));
                }
                return list;
            }
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth > 4) {
                    return object;
                }
                Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (Map.Entry<String, Object> e : props.entrySet()) {
                    Map<String, Object> ps = (Map<String, Object>) e.getValue();
                    Object v = ps.get("$ref") != null ? value(ps, refName(ps), null, depth + 1)
                            : value(ps, schemaName, e.getKey(), depth + 1);
                    if (v != MISSING) {
                        object.put(e.getKey(), v);
                    }
                }
                if (props.isEmpty() && schema.get("additionalProperties") instanceof Map<?, ?> additional) {
                    object.put("voorzitter", value((Map<String, Object>) additional, schemaName, null, depth + 1));
                }
                return object;
            }
            default:
                return "fuzz";
        }
    }

    // ---------------------------------------------------------------- variants

    /** Whole-request variants, sent for every operation and role. */
    List<Draft> fixed(Op op, Draft base) {
        List<Draft> drafts = new ArrayList<>();
        Draft xml = base.copy("accept-xml");
        xml.headers.put("Accept", "application/xml");
        drafts.add(xml);
        if (op.method().equals("GET")) {
            Draft head = base.copy("head");
            head.method = "HEAD";
            drafts.add(head);
        }
        List<Param> pathParams = op.in("path");
        if (pathParams.stream().anyMatch(p -> isUuid(p.schema()))) {
            Draft nil = base.copy("path-ids-nil-uuid");
            pathParams.stream().filter(p -> isUuid(p.schema())).forEach(p -> nil.pathValues.put(p.name(), NIL));
            drafts.add(nil);
        }
        if (!pathParams.isEmpty()) {
            Draft x = base.copy("path-all-x");
            pathParams.forEach(p -> x.pathValues.put(p.name(), "x"));
            drafts.add(x);
            Draft nul = base.copy("path-all-%00");
            pathParams.forEach(p -> nul.pathValues.put(p.name(), "%00"));
            drafts.add(nul);
        }
        for (String region : otherRegions) {
            // another region: one that exists, but may have no records of its own yet
            if (base.pathValues.containsKey("region")) {
                Draft other = base.copy("path-region-" + region);
                other.pathValues.put("region", enc(region));
                drafts.add(other);
            }
            if (base.query.containsKey("region")) {
                Draft other = base.copy("query-region-" + region);
                other.query.put("region", new ArrayList<>(List.of(encQ(region))));
                drafts.add(other);
            }
        }
        if (base.multipart) {
            Draft none = base.copy("multipart-no-file");
            none.file = null;
            drafts.add(none);
            Draft empty = base.copy("multipart-empty-file");
            empty.file = new byte[0];
            drafts.add(empty);
            Draft nul = base.copy("multipart-file-with-nul");
            nul.file = "a\u0000b;\u0001\n\u0000".getBytes(StandardCharsets.UTF_8);
            drafts.add(nul);
            Draft big = base.copy("multipart-100kB-garbage-file");
            byte[] bytes = new byte[100 * 1024];
            new Random(seed).nextBytes(bytes);
            big.file = bytes;
            drafts.add(big);
            Draft asJson = base.copy("json-instead-of-multipart");
            asJson.multipart = false;
            asJson.contentType = "application/json";
            asJson.rawBody = "{}";
            drafts.add(asJson);
        } else if (base.contentType != null) {
            drafts.add(raw(base, "malformed-json", "application/json", "{\"a\":"));
            drafts.add(raw(base, "empty-body", "application/json", ""));
            drafts.add(raw(base, "json-null", "application/json", "null"));
            drafts.add(raw(base, "json-empty-object", "application/json", "{}"));
            drafts.add(raw(base, "json-array-instead-of-object", "application/json", "[" + serialise(base.body) + "]"));
            drafts.add(raw(base, "json-nested-5000-deep", "application/json", "[".repeat(5000) + "]".repeat(5000)));
            drafts.add(raw(base, "content-type-text-plain", "text/plain", serialise(base.body)));
            drafts.add(raw(base, "content-type-application-xml", "application/xml", "<request><a>1</a></request>"));
            Draft none = base.copy("no-content-type");
            none.contentType = null;
            none.rawBody = serialise(base.body);
            drafts.add(none);
            // every field of a kind at once: the first field that is not guarded shows
            drafts.add(raw(base, "all-fields-null", "application/json", serialise(topLevelNull(base.body))));
            drafts.add(raw(base, "all-strings-nul", "application/json",
                    serialise(transform(base.body, v -> v instanceof String ? "a\u0000b" : v))));
            drafts.add(raw(base, "all-strings-100kB", "application/json",
                    serialise(transform(base.body, v -> v instanceof String ? BIG : v))));
            drafts.add(raw(base, "all-numbers-9223372036854775808", "application/json",
                    serialise(transform(base.body, v -> v instanceof Number ? new BigInteger("9223372036854775808") : v))));
            drafts.add(raw(base, "all-numbers-negative", "application/json",
                    serialise(transform(base.body, v -> v instanceof Number ? -1 : v))));
            drafts.add(raw(base, "all-dates-impossible", "application/json", serialise(transform(base.body,
                    v -> v instanceof String x && x.matches("\\d{4}-\\d{2}-\\d{2}") ? "2026-02-30" : v))));
            drafts.add(raw(base, "all-ids-garbage", "application/json", serialise(transform(base.body,
                    v -> v instanceof String x && x.matches("[0-9a-f]{8}-[0-9a-f-]{27}") ? "x" : v))));
            drafts.add(raw(base, "all-array-items-null", "application/json", serialise(nullItems(base.body))));
            if (base.body instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> extra = new LinkedHashMap<>((Map<String, Object>) m);
                extra.put("zzzUnknownField", "a\u0000b");
                drafts.add(raw(base, "unknown-field-with-nul", "application/json", serialise(extra)));
            }
        } else if (!op.method().equals("GET") && !op.method().equals("DELETE")) {
            drafts.add(raw(base, "unexpected-json-body", "application/json", "{\"a\":"));
        }
        return drafts;
    }

    /** The body with every leaf (string, number, boolean, null) replaced. */
    static Object transform(Object node, java.util.function.UnaryOperator<Object> leaf) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, transform(v, leaf)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(transform(v, leaf)));
            return copy;
        }
        return leaf.apply(node);
    }

    /** Every field of the top object null. */
    static Object topLevelNull(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.keySet().forEach(k -> copy.put((String) k, null));
            return copy;
        }
        return null;
    }

    /** The body with every array [null]. */
    static Object nullItems(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, nullItems(v)));
            return copy;
        }
        if (node instanceof List<?>) {
            List<Object> copy = new ArrayList<>();
            copy.add(null);
            return copy;
        }
        return node;
    }

    Draft raw(Draft base, String name, String contentType, String body) {
        Draft d = base.copy(name);
        d.contentType = contentType;
        d.rawBody = body;
        return d;
    }

    /** The sampled pool: one variant per body field and kind, per query parameter, path variable and header. */
    List<Variant> pool(Op op, Draft base) {
        List<Variant> pool = new ArrayList<>();
        if (base.body != MISSING && op.bodySchema() != null && !base.multipart) {
            List<List<Object>> fields = new ArrayList<>();
            List<Map<String, Object>> fieldSchemas = new ArrayList<>();
            fields(op.bodySchema(), new ArrayList<>(), fields, fieldSchemas, 0);
            for (int i = 0; i < fields.size(); i++) {
                List<Object> at = fields.get(i);
                String label = at.stream().map(String::valueOf).reduce((a, b) -> b.matches("\\d+") ? a + "[" + b + "]" : a + "." + b)
                        .orElse("");
                String last = String.valueOf(at.get(at.size() - 1));
                for (Map.Entry<String, Object> kind : fieldValues(fieldSchemas.get(i), last.endsWith("Id")).entrySet()) {
                    Object v = kind.getValue();
                    pool.add(new Variant("body." + label + "=" + kind.getKey(), d -> d.body = set(d.body, at, 0, v)));
                }
            }
        }
        for (Param p : op.params()) {
            Map<String, Object> kinds = paramValues(p);
            for (Map.Entry<String, Object> kind : kinds.entrySet()) {
                String name = p.in() + "." + p.name() + "=" + kind.getKey();
                Object v = kind.getValue();
                switch (p.in()) {
                    case "path" -> pool.add(new Variant(name, d -> d.pathValues.put(p.name(), (String) v)));
                    case "query" -> pool.add(new Variant(name, d -> {
                        if (v == MISSING) {
                            d.query.remove(p.name());
                        } else if (v instanceof List<?> l) {
                            d.query.put(p.name(), l.stream().map(x -> (String) x).collect(java.util.stream.Collectors.toList()));
                        } else {
                            d.query.put(p.name(), new ArrayList<>(List.of((String) v)));
                        }
                    }));
                    case "header" -> pool.add(new Variant(name, d -> d.headers.put(p.name(), (String) v)));
                    default -> {
                    }
                }
            }
        }
        return pool;
    }

    @SuppressWarnings("unchecked")
    void fields(Map<String, Object> raw, List<Object> at, List<List<Object>> fields, List<Map<String, Object>> schemas,
            int depth) {
        Map<String, Object> schema = resolve(raw);
        if (depth > 3) {
            return;
        }
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> e : props.entrySet()) {
            List<Object> path = new ArrayList<>(at);
            path.add(e.getKey());
            Map<String, Object> ps = resolve((Map<String, Object>) e.getValue());
            fields.add(path);
            schemas.add(ps);
            if ("object".equals(ps.get("type")) || ps.get("properties") != null) {
                fields(ps, path, fields, schemas, depth + 1);
            } else if ("array".equals(ps.get("type")) && ps.get("items") instanceof Map<?, ?> items) {
                Map<String, Object> item = resolve((Map<String, Object>) items);
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                fields.add(first);
                schemas.add(item);
                if ("object".equals(item.get("type")) || item.get("properties") != null) {
                    fields(item, first, fields, schemas, depth + 1);
                }
            }
        }
    }

    /** The malformed values of a body field, by its type. */
    Map<String, Object> fieldValues(Map<String, Object> schema, boolean id) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("null", null);
        v.put("missing", MISSING);
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        switch (type) {
            case "string" -> {
                if (format.equals("date") || format.equals("date-time")) {
                    v.put("impossible-date-2026-02-30", "2026-02-30");
                    v.put("year-zero-0000-01-01", "0000-01-01");
                    v.put("far-future-+999999999-12-31", "+999999999-12-31");
                    v.put("not-a-date", "x");
                    v.put("number-for-date", 20260101);
                    v.put("date-with-nul", "2026-01-01\u0000");
                } else if (format.equals("uuid")) {
                    v.put("garbage-id-x", "x");
                    v.put("nil-uuid", NIL);
                    v.put("garbage-id-%00", "%00");
                    v.put("id-with-nul", "a\u0000b");
                    v.put("number-for-id", 1);
                    v.put("unknown-uuid", new UUID(random.nextLong(), random.nextLong()).toString());
                } else {
                    v.put("number-for-string", 12345);
                    v.put("object-for-string", Map.of("a", 1));
                    v.put("array-for-string", List.of("a"));
                    v.put("nul-char", "a\u0000b");
                    v.put("control-chars", "a\u0001\u0008\u000b\u001b\u007fb");
                    v.put("lone-surrogate", LONE_SURROGATE);
                    v.put("100kB-string", BIG);
                    v.put("empty-string", "");
                    v.put("blank-string", "  \t ");
                    v.put("garbage-id-%00", "%00");
                    if (id) {
                        v.put("garbage-id-x", "x");
                        v.put("nil-uuid", NIL);
                    }
                }
                if (schema.get("enum") instanceof List<?>) {
                    v.put("not-in-enum", "NOT_IN_ENUM");
                }
            }
            case "integer" -> {
                v.put("string-for-number", "x");
                v.put("1e300", new BigDecimal("1e300"));
                v.put("9223372036854775808", new BigInteger("9223372036854775808"));
                v.put("int32-overflow-2147483648", 2147483648L);
                v.put("negative", -1);
                v.put("zero", 0);
                v.put("fraction-1.5", new BigDecimal("1.5"));
                v.put("object-for-number", Map.of("a", 1));
            }
            case "number" -> {
                v.put("string-for-number", "x");
                v.put("1e300", new BigDecimal("1e300"));
                v.put("-1e300", new BigDecimal("-1e300"));
                v.put("9223372036854775808", new BigInteger("9223372036854775808"));
                v.put("negative", -1);
                v.put("zero", 0);
                v.put("many-decimals", new BigDecimal("0.1234567890123456789012345678901234567890"));
            }
            case "boolean" -> {
                v.put("string-for-boolean", "x");
                v.put("number-for-boolean", 2);
                v.put("object-for-boolean", Map.of());
            }
            case "array" -> {
                v.put("string-for-array", "x");
                v.put("empty-array", List.of());
                List<Object> nulls = new ArrayList<>();
                nulls.add(null);
                v.put("array-of-null", nulls);
                v.put("object-for-array", Map.of("a", 1));
                v.put("1000-strings-with-nul", Collections.nCopies(1000, "a\u0000b"));
            }
            case "object" -> {
                v.put("string-for-object", "x");
                v.put("array-for-object", List.of(1));
                v.put("empty-object", Map.of());
                v.put("object-with-nul-value", Map.of("a\u0000", "a\u0000b"));
            }
            default -> v.put("garbage", "x");
        }
        return v;
    }

    /** The malformed values of a parameter (encoded for the URI). */
    Map<String, Object> paramValues(Param p) {
        Map<String, Object> v = new LinkedHashMap<>();
        String type = String.valueOf(p.schema().get("type"));
        if (p.in().equals("header")) {
            v.put("200-chars", "h".repeat(200));
            v.put("4000-chars", "h".repeat(4000));
            v.put("empty", "");
            v.put("garbage", "x/y;q=z");
            return v;
        }
        boolean path = p.in().equals("path");
        if (path) {
            v.put("garbage-x", "x");
            v.put("%00", "%00");
            v.put("encoded-slash-%2F", "a%2Fb");
            v.put("space-%20", "%20");
            v.put("1000-chars", "p".repeat(1000));
            v.put("negative", "-1");
            v.put("zero", "0");
            v.put("int32-overflow-2147483648", "2147483648");
            v.put("9223372036854775808", "9223372036854775808");
            v.put("nil-uuid", NIL);
            v.put("unknown-uuid", new UUID(random.nextLong(), random.nextLong()).toString());
            if (p.name().equals("quarter")) {
                v.put("quarter-5", "5");
            }
            return v;
        }
        if (p.required()) {
            v.put("missing", MISSING);
        }
        v.put("nul", encQ("a\u0000b"));
        v.put("control-chars", encQ("a\u0001\u001b\u007fb"));
        v.put("100kB", encQ(BIG));
        v.put("empty", "");
        v.put("repeated", List.of("x", "y"));
        switch (type) {
            case "integer", "number" -> {
                v.put("string-for-number", "x");
                v.put("negative", "-1");
                v.put("zero", "0");
                v.put("fraction-1.5", "1.5");
                v.put("9223372036854775808", "9223372036854775808");
                v.put("1e300", "1e300");
                v.put("int32-max", "2147483647");
                if (p.name().equals("quarter")) {
                    v.put("quarter-5", "5");
                }
            }
            case "boolean" -> v.put("string-for-boolean", "x");
            case "array" -> v.put("unknown-values", List.of("NOT_A_VALUE", encQ("a\u0000b")));
            default -> {
                if (isUuid(p.schema())) {
                    v.put("garbage-id-x", "x");
                    v.put("garbage-id-%00", "%2500");
                    v.put("nil-uuid", NIL);
                } else if ("date".equals(p.schema().get("format"))) {
                    v.put("impossible-date-2026-02-30", "2026-02-30");
                    v.put("year-zero-0000-01-01", "0000-01-01");
                    v.put("far-future", encQ("+999999999-12-31"));
                } else {
                    v.put("unknown-value", "x");
                    v.put("%00-literal", "%2500");
                }
            }
        }
        return v;
    }

    static boolean isUuid(Map<String, Object> schema) {
        return "uuid".equals(schema.get("format"));
    }

    @SuppressWarnings("unchecked")
    static Object set(Object node, List<Object> at, int i, Object value) {
        if (i == at.size()) {
            return value == MISSING ? MISSING : deepCopy(value);
        }
        Object key = at.get(i);
        if (key instanceof Integer index && node instanceof List<?> list && index < list.size()) {
            List<Object> copy = new ArrayList<>(list);
            Object child = set(copy.get(index), at, i + 1, value);
            if (child == MISSING) {
                copy.remove((int) index);
            } else {
                copy.set(index, child);
            }
            return copy;
        }
        if (key instanceof String name && node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            Object child = set(copy.get(name), at, i + 1, value);
            if (child == MISSING) {
                copy.remove(name);
            } else {
                copy.put(name, child);
            }
            return copy;
        }
        return node; // the path no longer exists in this body (a parent was replaced): leave it
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return node;
    }

    String serialise(Object body) {
        if (body == MISSING) {
            return "";
        }
        return json.writeValueAsString(body).replace("\"" + LONE_SURROGATE + "\"", "\"a\\ud800b\"");
    }

    static String enc(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    static String encQ(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("&", "%26").replace("=", "%3D")
                .replace("+", "%2B");
    }

    // ---------------------------------------------------------------- sending and judging

    Map<String, long[]> lastSnapshot;

    Outcome send(Op op, String role, Draft d, Map<String, long[]> before) throws Exception {
        String uri = d.uri();
        AbstractMockHttpServletRequestBuilder<?> request;
        if (d.multipart) {
            MockMultipartHttpServletRequestBuilder mp = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(d.method), URI.create(uri));
            if (d.file != null) {
                mp.file(new MockMultipartFile(d.fileField, "fuzz.csv", "text/csv", d.file));
            }
            request = mp;
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(d.method), URI.create(uri));
            String body = d.rawBody != null ? d.rawBody : d.body != MISSING ? serialise(d.body) : null;
            if (body != null) {
                request.content(body.getBytes(StandardCharsets.UTF_8));
            }
            if (d.contentType != null) {
                request.contentType(d.contentType);
            }
        }
        d.headers.forEach(request::header);
        int n = ++requests;
        // every request from its own address, so the public submission limit never decides a status here
        request.with(csrf()).with(r -> {
            r.setRemoteAddr("10.%d.%d.%d".formatted(100 + n / 65536, (n / 256) % 256, n % 256));
            return r;
        });
        if (!role.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(role)));
        }
        logged.clear();
        Outcome outcome;
        long t0 = System.nanoTime();
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            outcome = new Outcome(response.getStatus(), response.getContentType(), response.getHeader("API-Version"),
                    response.getContentAsByteArray(), null, false);
            if (outcome.status() >= 400 && outcome.body().length == 0 && response.isCommitted()
                    && !d.method.equals("HEAD")) {
                outcome = errorPage(outcome, uri, null);
                errorPageCauses.merge("%d %s %s%s".formatted(outcome.status(), d.method, d.variant.replaceAll("=.*", "="),
                        response.getErrorMessage() == null ? "" : " (" + shorten(response.getErrorMessage(), 60) + ")"), 1,
                        Integer::sum);
            }
        } catch (Exception e) {
            errorPageCauses.merge("500 " + d.method + " " + d.variant.replaceAll("=.*", "=") + " (exception)", 1,
                    Integer::sum);
            // an exception that reached the servlet container: the real server answers 500 through its error page
            outcome = errorPage(new Outcome(500, null, null, new byte[0], rootCause(e), false), uri, e);
        }
        long t1 = System.nanoTime();
        mvcNanos += t1 - t0;
        statusCounts.merge(outcome.status(), 1, Integer::sum);
        Map<String, long[]> after = snapshot();
        boolean changed = !same(before, after);
        boolean write = !d.method.equals("GET") && !d.method.equals("HEAD");
        if (changed || (write && outcome.status() < 400)) {
            after = settle(after);
            changed = !same(before, after);
        }
        lastSnapshot = after;
        snapshotNanos += System.nanoTime() - t1;
        judge(op, role, d, uri, outcome, changed ? changes(before, after) : null);
        return outcome;
    }

    /**
     * MockMvc has no error dispatch: where the application (or the firewall) only set an error status (sendError) or
     * let an exception through, the real server forwards to /error. Do the same, so the body judged is the one a
     * client gets; the status stays that of the request.
     */
    Outcome errorPage(Outcome original, String uri, Exception e) throws Exception {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        var error = MockMvcRequestBuilders.get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, original.status())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
        if (e != null) {
            error.requestAttr(RequestDispatcher.ERROR_EXCEPTION, e);
        }
        MockHttpServletResponse page = mvc.perform(error).andReturn().getResponse();
        String exception = original.exception() != null ? original.exception() : loggedException();
        errorPages++;
        return new Outcome(original.status(), page.getContentType(),
                original.apiVersion() != null ? original.apiVersion() : page.getHeader("API-Version"),
                page.getContentAsByteArray(), exception, true);
    }

    void judge(Op op, String role, Draft d, String uri, Outcome o, String changes) {
        String where = o.emulated() ? " (via the error page)" : "";
        Consumer<String[]> fail = kd -> failures.add(new Failure(kd[0], op.name(), role, d.variant, d.method, uri,
                o.status(), kd[1]));
        if (o.status() >= 500) {
            String exception = o.exception() != null ? o.exception() : loggedException();
            fail.accept(new String[] {"5xx", exception == null ? "(no exception in the log)" : exception});
        }
        if (o.apiVersion() == null || o.apiVersion().isBlank()) {
            fail.accept(new String[] {"no-API-Version", "no API-Version header" + where});
        }
        if (o.status() >= 400) {
            String problem = problemDefect(o, d.method.equals("HEAD"));
            if (problem != null) {
                fail.accept(new String[] {"non-problem", problem + where});
            }
        }
        if (changes != null && (o.status() >= 400 || d.method.equals("GET") || d.method.equals("HEAD"))) {
            String kind = o.status() >= 500 ? "write-on-5xx" : o.status() >= 400 ? "write-on-4xx" : "write-on-GET";
            fail.accept(new String[] {kind, "changed: " + changes});
        }
    }

    @SuppressWarnings("unchecked")
    String problemDefect(Outcome o, boolean head) {
        MediaType type;
        try {
            type = o.contentType() == null ? null : MediaType.parseMediaType(o.contentType());
        } catch (RuntimeException e) {
            type = null;
        }
        if (type == null || !type.getType().equals("application") || !type.getSubtype().equals("problem+json")) {
            return "Content-Type " + o.contentType() + ", body " + shorten(new String(o.body(), StandardCharsets.UTF_8), 80);
        }
        if (head) {
            return null;
        }
        Map<String, Object> problem;
        try {
            problem = json.readValue(o.body(), Map.class);
        } catch (RuntimeException e) {
            return "problem+json that is no JSON object: " + shorten(new String(o.body(), StandardCharsets.UTF_8), 80);
        }
        List<String> missing = new ArrayList<>();
        if (!(problem.get("status") instanceof Number s)) {
            missing.add("status");
        } else if (s.intValue() != o.status()) {
            missing.add("status " + s + " differs from " + o.status());
        }
        if (!(problem.get("title") instanceof String t) || t.isBlank()) {
            missing.add("title");
        }
        if (!(problem.get("code") instanceof String c) || c.isBlank()) {
            missing.add("code");
        }
        return missing.isEmpty() ? null : "problem without " + String.join(", ", missing);
    }

    /** What a refusal of the valid request names: its code and the fields of its errors, to see why it was refused. */
    @SuppressWarnings("unchecked")
    String refusal(Outcome o) {
        try {
            Map<String, Object> problem = json.readValue(o.body(), Map.class);
            List<String> names = new ArrayList<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) problem.getOrDefault("errors", List.of())) {
                names.add(e.get("name") + "/" + e.get("code"));
            }
            return problem.get("code") + (names.isEmpty() ? "" : " " + names);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    String loggedException() {
        Set<String> found = new LinkedHashSet<>();
        for (ILoggingEvent event : logged) {
            IThrowableProxy t = event.getThrowableProxy();
            if (t == null) {
                found.add(event.getLoggerName().replaceAll(".*\\.", "") + ": " + shorten(event.getFormattedMessage(), 100));
                continue;
            }
            IThrowableProxy cause = t;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            found.add(cause.getClassName().replaceAll(".*\\.", "") + ": " + shorten(cause.getMessage(), 110)
                    + (cause != t ? " (in " + t.getClassName().replaceAll(".*\\.", "") + ")" : ""));
        }
        return found.isEmpty() ? null : String.join("; ", found);
    }

    static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + shorten(c.getMessage(), 110)
                + (c != e ? " (in " + e.getClass().getSimpleName() + ")" : "");
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "null";
        }
        String clean = s.replaceAll("[\\x00-\\x1f\\x7f]", "?");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…(" + clean.length() + " chars)";
    }

    // ---------------------------------------------------------------- the data, before and after

    void prepareSnapshot() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).as("tables of schema public").contains("facility", "event_publication", "processing_log");
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            if (NOT_COMPARED.contains(table) && !table.equals("event_publication")) {
                continue;
            }
            parts.add("select '%1$s', count(*), coalesce(max(xmin::text::bigint), 0) from \"%1$s\"".formatted(table));
        }
        // The scans run only when the database snapshot (xmin:xmax:in-progress ids) differs from the one of the
        // previous call: when no transaction started or ended in between, nothing can have changed, and the
        // constant condition lets PostgreSQL skip every scan (a one-time filter), so most calls cost next to nothing.
        snapshot = db.prepareStatement("select ':' || pg_current_snapshot()::text, 0::bigint, 0::bigint union all "
                + "select * from (" + String.join(" union all ", parts) + ") t where pg_current_snapshot()::text <> ?");
    }

    java.sql.PreparedStatement snapshot;
    String lastDatabaseSnapshot = "";
    Map<String, long[]> lastTables = Map.of();

    /**
     * Per table its row count and its highest xmin (which moves on every insert and update): one round trip, and
     * the scans only when a transaction started or ended since the previous call.
     */
    Map<String, long[]> snapshot() throws Exception {
        Map<String, long[]> tables = new TreeMap<>();
        String database = null;
        snapshot.setString(1, lastDatabaseSnapshot);
        try (ResultSet rs = snapshot.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.startsWith(":")) {
                    database = name.substring(1);
                } else {
                    tables.put(name, new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        if (tables.isEmpty()) {
            return lastTables; // the same database snapshot as before: the same counts
        }
        lastDatabaseSnapshot = database;
        lastTables = tables;
        return tables;
    }

    /**
     * After a write, wait until the listeners of its events are done (event_publication empty, or unchanged for half
     * a second), no planning analysis is still running in the background, and two snapshots in a row agree, so their
     * work is not taken for the next request's.
     */
    Map<String, long[]> settle(Map<String, long[]> first) throws Exception {
        Map<String, long[]> previous = first;
        long start = System.nanoTime();
        // an analysis started with 202 Accepted runs on in the background (up to a few seconds): wait for it too
        long limit = planningRunsRunning() ? 30_000_000_000L : 3_000_000_000L;
        while (System.nanoTime() - start < limit) {
            Thread.sleep(10);
            Map<String, long[]> next = snapshot();
            boolean quiet = (next.get("event_publication")[0] == 0 || System.nanoTime() - start > 500_000_000L)
                    && !planningRunsRunning();
            if (sameIncludingEvents(previous, next) && quiet) {
                return next;
            }
            previous = next;
        }
        return previous;
    }

    boolean planningRunsRunning() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from planning_run where status = 'RUNNING'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    static boolean same(Map<String, long[]> a, Map<String, long[]> b) {
        for (Map.Entry<String, long[]> e : a.entrySet()) {
            if (NOT_COMPARED.contains(e.getKey())) {
                continue;
            }
            long[] other = b.get(e.getKey());
            if (other == null || other[0] != e.getValue()[0] || other[1] != e.getValue()[1]) {
                return false;
            }
        }
        return true;
    }

    static boolean sameIncludingEvents(Map<String, long[]> a, Map<String, long[]> b) {
        return same(a, b) && a.get("event_publication")[0] == b.get("event_publication")[0]
                && a.get("event_publication")[1] == b.get("event_publication")[1];
    }

    static String changes(Map<String, long[]> a, Map<String, long[]> b) {
        List<String> changed = new ArrayList<>();
        a.forEach((table, x) -> {
            long[] y = b.get(table);
            if (!NOT_COMPARED.contains(table) && (x[0] != y[0] || x[1] != y[1])) {
                changed.add(x[0] != y[0] ? "%s rows %d->%d".formatted(table, x[0], y[0]) : table + " updated");
            }
        });
        return String.join(", ", changed);
    }

    /**
     * A column of the first record of a table in an order that does not depend on its random ids or on when the demo
     * data was loaded: by the record's content without its uuid and timestamp columns and the random marks and tracking
     * codes (the demo data itself is seeded), so a run with the same seed sends the same requests to the same records.
     */
    String firstOf(String table, String column) throws Exception {
        List<String> volatileColumns = new ArrayList<>();
        try (java.sql.PreparedStatement st = db.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = 'public' and table_name = ? and (data_type in ('uuid', 'timestamp with time zone') "
                + "or column_name in ('mark', 'tracking_code'))")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    volatileColumns.add("'" + rs.getString(1) + "'");
                }
            }
        }
        String content = volatileColumns.isEmpty() ? "to_jsonb(t)::text"
                : "(to_jsonb(t) - array[" + String.join(", ", volatileColumns) + "])::text";
        return first("select %s::text from %s t order by %s, id limit 1".formatted(column, table, content));
    }

    String first(String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    // ---------------------------------------------------------------- the report

    String summary(long seconds) {
        Map<String, List<Failure>> groups = new TreeMap<>();
        for (Failure f : failures) {
            groups.computeIfAbsent(f.kind() + "  " + f.op(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder s = new StringBuilder();
        s.append("API fuzz: seed %d (rerun with -Dfuzz.seed=%d), %d requests in %d s, statuses %s; %d failures in %d groups"
                .formatted(seed, seed, requests, seconds, statusCounts, failures.size(), groups.size()));
        s.append("(in MockMvc %d s, in snapshots and waiting for listeners %d s)".formatted(mvcNanos / 1_000_000_000,
                snapshotNanos / 1_000_000_000));
        s.append("; sampled %d of the %d field, parameter and header variants; %d answers through the error page"
                .formatted(poolCovered, poolSize, errorPages));
        s.append("\nFull list: target/api-fuzz-report.txt\n");
        Map<String, Integer> perKind = new TreeMap<>();
        failures.forEach(f -> perKind.merge(f.kind(), 1, Integer::sum));
        s.append("Per kind: ").append(perKind).append('\n');
        groups.forEach((group, list) -> {
            Failure example = list.get(0);
            Set<String> roles = new TreeSet<>();
            Set<Integer> statuses = new TreeSet<>();
            Set<String> details = new LinkedHashSet<>();
            list.forEach(f -> {
                roles.add(f.role());
                statuses.add(f.status());
                details.add(f.kind().equals("5xx") || f.kind().startsWith("write") ? f.detail() : f.detail().replaceAll(
                        ", body .*", ""));
            });
            s.append("\n%s: %d× (statuses %s, roles %s)\n    e.g. %s %s as %s, variant %s -> %d\n".formatted(group, list.size(),
                    statuses, roles, example.method(), shorten(example.uri(), 140), example.role(), example.variant(),
                    example.status()));
            details.stream().limit(4).forEach(detail -> s.append("    ").append(shorten(detail, 220)).append('\n'));
            if (details.size() > 4) {
                s.append("    … and ").append(details.size() - 4).append(" other details\n");
            }
        });
        return s.toString();
    }
}
