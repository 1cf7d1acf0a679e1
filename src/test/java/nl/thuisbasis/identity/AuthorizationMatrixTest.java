package nl.thuisbasis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach which endpoint: every request mapping of the application, for every method, is called as the public
 * and as each role, and must answer exactly the status written down for it below. The list of endpoints comes from
 * the application itself, so a new endpoint without a row (or a row whose endpoint is gone) fails this test: write
 * down what each role must get before the endpoint lands.
 * <p>
 * Ids in paths are ids that do not exist (the nil UUID), so a row shows whether a role is turned away before the
 * record is looked up (401, 403, 302 to the login page) or gets as far as "not found" (404) or "refused" (400, 422).
 * Writes send an empty JSON object (API) or an empty form (pages). The test runs on a database of its own, so the
 * writes that succeed for an allowed role touch no other test's data.
 */
@SpringBootTest(properties = "thuisbasis.embedded-db.database=authorization_matrix")
@AutoConfigureMockMvc
@DisplayName("Authorization matrix of every endpoint")
class AuthorizationMatrixTest {

    static final String[] USERS = {"anonymous", "begeleider", "corporatie", "gemeente", "regio", "beheerder"};
    static final String NIL = "00000000-0000-0000-0000-000000000000";

    /** Sample values for path variables; any other variable is an id that does not exist. */
    static final Map<String, String> VARIABLES = Map.of(
            "region", "drechtsteden-alblasserwaard", "code", "GM0505", "year", "2026", "quarter", "1", "table", "x",
            "trackingCode", "ABCDEFGH");

    /** Query parameters an endpoint needs to be reached at all (otherwise it answers 400 to everyone). */
    static final Map<String, String> QUERIES = Map.of(
            "GET /api/v1/reports/totals", "municipality=GM0505",
            "GET /api/v1/neighbourhoods", "municipality=GM0505",
            "GET /api/v1/municipalities", "region=drechtsteden-alblasserwaard",
            "GET /api/v1/siting/heatmap", "region=drechtsteden-alblasserwaard&facilityType=CRISIS_SHELTER&capacity=10",
            "GET /api/v1/siting/notes", "area=BU05050101",
            "GET /api/v1/outflow/monitor/records", "figure=WAITS&key=WAITING",
            "GET /uitstroom/monitor/records", "figuur=WAITS&sleutel=WAITING",
            "GET /melden/in-de-buurt", "lon=4.6905&lat=51.8106",
            "POST /api/v1/cbs-imports", "year=2023");

    /** Where a sample value of a variable is not the right kind of record for this endpoint. */
    static final Map<String, String> URIS = Map.of(
            "GET /api/v1/neighbourhoods/{code}", "/api/v1/neighbourhoods/BU05050101",
            "GET /api/v1/regions/{code}", "/api/v1/regions/drechtsteden-alblasserwaard",
            "GET /gebieden/{code}", "/gebieden/BU05050101");

    /** Endpoints of the framework that the application configures, checked with the rest. */
    static final Set<String> FRAMEWORK = Set.of("GET /actuator/health", "GET /api/v1/openapi.json");

    /**
     * METHOD pattern, then the status for anonymous, PROVIDER (begeleider), CORPORATION (corporatie), MUNICIPALITY
     * (gemeente), REGION_COORDINATOR (regio), ADMIN (beheerder).
     */
    static final String EXPECTED = """
            DELETE  /api/v1/facilities/{id}                                        401 400 400 400 400 400
            DELETE  /api/v1/reports/reply-templates/{id}                           401 404 403 404 404 404
            DELETE  /api/v1/reports/routing-rules/{id}                             401 403 403 404 404 404
            GET     /                                                              200 200 200 200 200 200
            GET     /actuator/health                                               200 200 200 200 200 200
            GET     /api-documentatie                                              200 200 200 200 200 200
            GET     /api/v1/cbs-imports/{id}                                       401 403 403 403 403 404
            GET     /api/v1/facilities                                             200 200 200 200 200 200
            GET     /api/v1/facilities/{id}                                        404 404 404 404 404 404
            GET     /api/v1/facility-exports                                       401 200 200 200 200 200
            GET     /api/v1/municipalities                                         200 200 200 200 200 200
            GET     /api/v1/municipalities/{code}                                  200 200 200 200 200 200
            GET     /api/v1/neighbourhoods                                         200 200 200 200 200 200
            GET     /api/v1/neighbourhoods/{code}                                  200 200 200 200 200 200
            GET     /api/v1/openapi.json                                           200 200 200 200 200 200
            GET     /api/v1/outflow/candidates                                     401 200 200 200 403 403
            GET     /api/v1/outflow/candidates/{id}                                401 404 404 404 403 403
            GET     /api/v1/outflow/contingents/{region}/{year}                    401 404 404 404 404 404
            GET     /api/v1/outflow/contingents/{region}/{year}/corporation-shares 401 200 200 200 200 200
            GET     /api/v1/outflow/matching-runs/latest                           401 404 404 404 404 404
            GET     /api/v1/outflow/monitor                                        401 200 200 200 200 200
            GET     /api/v1/outflow/monitor/records                                401 200 200 200 200 200
            GET     /api/v1/outflow/offers                                         401 200 200 200 403 403
            GET     /api/v1/outflow/offers/{id}                                    401 404 404 404 403 403
            GET     /api/v1/outflow/rules/{region}                                 401 200 200 200 200 200
            GET     /api/v1/outflow/signals                                        401 200 200 200 403 403
            GET     /api/v1/outflow/signals/households                             401 403 200 200 403 403
            GET     /api/v1/outflow/signals/overview                               401 200 200 200 403 403
            GET     /api/v1/outflow/signals/{id}                                   401 404 404 404 403 403
            GET     /api/v1/outflow/tenancies                                      401 200 200 200 403 403
            GET     /api/v1/outflow/tenancies/{id}                                 401 404 404 404 403 403
            GET     /api/v1/outflow/vacancies                                      401 403 200 200 200 200
            GET     /api/v1/outflow/vacancies/{id}                                 401 404 404 404 404 404
            GET     /api/v1/planning/ambitions                                     401 403 200 200 200 200
            GET     /api/v1/planning/ambitions/distribution                        401 400 400 400 400 400
            GET     /api/v1/planning/bids                                          401 403 200 200 200 200
            GET     /api/v1/planning/commitments                                   401 403 200 200 200 200
            GET     /api/v1/planning/realisation                                   401 403 200 200 200 200
            GET     /api/v1/planning/realisation/{id}                              401 403 404 404 404 404
            GET     /api/v1/oversight/inventories                                  401 403 403 200 200 200
            GET     /api/v1/oversight/inventories/{id}                             401 403 403 404 404 404
            GET     /api/v1/oversight/inventories/{id}/result.pdf                  401 403 403 404 404 404
            GET     /api/v1/oversight/inventories/{id}/result.xlsx                 401 403 403 404 404 404
            GET     /api/v1/oversight/locations                                    401 403 403 200 200 200
            GET     /api/v1/oversight/locations/{id}                               401 404 404 404 404 404
            GET     /api/v1/oversight/locations/{id}/report-signals                401 404 404 404 404 404
            GET     /api/v1/oversight/overdue-actions                              401 403 403 200 200 200
            GET     /api/v1/planning/parameter-sets                                401 403 200 200 200 200
            GET     /api/v1/planning/parameter-sets/current                        401 403 200 200 200 200
            GET     /api/v1/planning/parameter-sets/{id}                           401 403 404 404 404 404
            GET     /api/v1/planning/runs                                          401 403 200 200 200 200
            GET     /api/v1/planning/runs/{id}                                     401 403 404 404 404 404
            GET     /api/v1/planning/runs/{id}/results                             401 403 404 404 404 404
            GET     /api/v1/processing-activities                                  401 200 200 200 200 200
            GET     /api/v1/processing-activities/{code}                           401 404 404 404 404 404
            GET     /api/v1/regions                                                200 200 200 200 200 200
            GET     /api/v1/regions/{code}                                         200 200 200 200 200 200
            GET     /api/v1/reports/queue                                          401 200 403 200 200 200
            GET     /api/v1/reports/queue/{id}                                     401 404 403 404 404 404
            GET     /api/v1/reports/reply-templates                                401 200 403 200 200 200
            GET     /api/v1/reports/routing-rules                                  401 403 403 200 200 200
            GET     /api/v1/reports/totals                                         200 200 200 200 200 200
            GET     /api/v1/reports/{trackingCode}                                 404 404 404 404 404 404
            GET     /api/v1/siting/heatmap                                         401 403 403 200 200 200
            GET     /api/v1/siting/initiatives                                     401 403 403 200 200 200
            GET     /api/v1/siting/initiatives/{id}                                401 403 403 404 404 404
            GET     /api/v1/siting/models/{region}                                 401 403 403 200 200 200
            GET     /api/v1/siting/notes                                           401 403 403 200 200 200
            GET     /api/v1/siting/scans                                           401 403 403 200 200 200
            GET     /api/v1/siting/scans/{id}                                      401 403 403 404 404 404
            GET     /api/v1/siting/scans/{id}/pdf                                  401 403 403 404 404 404
            GET     /api/v1/trajectories/clients                                   401 200 403 403 403 403
            GET     /api/v1/trajectories/clients/{id}                              401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/assessment-instrument        401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/assessments                  401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/crisis-plan                  401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/crisis-plan/card             401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/export                       401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/plan                         401 404 404 404 404 404
            GET     /api/v1/trajectories/clients/{id}/readiness                    401 404 404 404 404 404
            GET     /api/v1/trajectories/shared-clients                            401 200 200 200 403 403
            GET     /api/v1/trajectories/shared-clients/{id}                       401 404 404 404 403 403
            GET     /beheer                                                        302 403 403 403 403 200
            GET     /beheer/api-sleutels                                           302 403 403 403 403 200
            GET     /beheer/cbs-import                                             302 403 403 403 403 200
            GET     /beheer/cbs-import/{id}                                        302 403 403 403 403 404
            GET     /beheer/cbs-import/{id}/voortgang                              302 403 403 403 403 404
            GET     /beheer/logboek                                                302 403 403 403 403 200
            GET     /beheer/verwerkingsregister                                    302 403 403 403 403 200
            GET     /beheer/verwerkingsregister/{code}                             302 403 403 403 403 404
            GET     /draagkracht                                                   302 403 403 200 200 200
            GET     /draagkracht/heatmap                                           302 403 403 200 200 200
            GET     /draagkracht/model                                             302 403 403 200 200 200
            GET     /draagkracht/scan                                              302 403 403 422 422 422
            GET     /draagkracht/scans/{id}                                        302 403 403 404 404 404
            GET     /draagkracht/scans/{id}/pdf                                    302 403 403 404 404 404
            GET     /gebieden/{code}                                               200 200 200 200 200 200
            GET     /gedeeld                                                       302 200 200 200 403 403
            GET     /gedeeld/vitaal-belang                                         302 200 200 200 403 403
            GET     /gedeeld/vitaal-belang/{access}                                302 404 404 404 404 404
            GET     /gedeeld/{id}                                                  302 404 404 404 403 403
            GET     /initiatieven                                                  302 403 403 200 200 200
            GET     /initiatieven/nieuw                                            302 403 403 200 200 200
            GET     /initiatieven/{id}                                             302 403 403 404 404 404
            GET     /leefgebieden/gereedheid                                       302 403 403 403 200 200
            GET     /leefgebieden/instrument                                       302 403 403 403 200 200
            GET     /login                                                         200 200 200 200 200 200
            GET     /melden                                                        200 200 200 200 200 200
            GET     /melden/bedankt                                                200 200 200 200 200 200
            GET     /melden/bedankt/{trackingCode}                                 404 404 404 404 404 404
            GET     /melden/cijfers                                                200 200 200 200 200 200
            GET     /melden/in-de-buurt                                            200 200 200 200 200 200
            GET     /melden/volgen                                                 200 200 200 200 200 200
            GET     /meldingen                                                     302 200 403 200 200 200
            GET     /meldingen/instellingen                                        302 200 403 200 200 200
            GET     /meldingen/meldkaart/{id}                                      302 404 404 404 404 404
            GET     /meldingen/{id}                                                302 404 403 404 404 404
            GET     /ogc                                                           200 200 200 200 200 200
            GET     /ogc/                                                          200 200 200 200 200 200
            GET     /ogc/collections                                               200 200 200 200 200 200
            GET     /ogc/collections/{id}                                          404 404 404 404 404 404
            GET     /ogc/collections/{id}/items                                    404 404 404 404 404 404
            GET     /ogc/collections/{id}/items/{id}                               404 404 404 404 404 404
            GET     /ogc/conformance                                               200 200 200 200 200 200
            GET     /planning                                                      302 403 200 200 200 200
            GET     /planning/analyse/{id}                                         302 403 404 404 404 404
            GET     /planning/analyse/{id}/export.csv                              302 403 404 404 404 404
            GET     /planning/analyse/{id}/export.xlsx                             302 403 404 404 404 404
            GET     /planning/analyse/{id}/voortgang                               302 403 404 404 404 404
            GET     /planning/parameters                                           302 403 302 302 302 302
            GET     /planning/parameters/{id}                                      302 403 404 404 404 404
            GET     /planning/parameters/{id}/wijzigen                             302 403 404 404 404 404
            GET     /planning/vergelijk                                            302 400 400 400 400 400
            GET     /start                                                         302 200 200 200 200 200
            GET     /toegankelijkheid                                              200 200 200 200 200 200
            GET     /toezicht                                                      302 403 403 200 200 200
            GET     /toezicht/inventarisaties                                      302 403 403 200 200 200
            GET     /toezicht/inventarisaties/{id}                                 302 403 403 404 404 404
            GET     /toezicht/inventarisaties/{id}/uitkomst.pdf                    302 403 403 404 404 404
            GET     /toezicht/inventarisaties/{id}/uitkomst.xlsx                   302 403 403 404 404 404
            GET     /toezicht/locaties/{id}                                        302 404 404 404 404 404
            GET     /trajecten                                                     302 200 403 403 403 403
            GET     /trajecten/nieuw                                               302 200 403 403 403 403
            GET     /trajecten/vitaal-belang                                       302 200 403 403 403 403
            GET     /trajecten/{id}                                                302 404 404 404 404 404
            GET     /trajecten/{id}/crisisplan                                     302 404 404 404 404 404
            GET     /trajecten/{id}/crisisplan.pdf                                 302 404 404 404 404 404
            GET     /trajecten/{id}/gereedheid                                     302 404 404 404 404 404
            GET     /trajecten/{id}/inzage                                         302 404 404 404 404 404
            GET     /trajecten/{id}/inzage.json                                    302 404 404 404 404 404
            GET     /trajecten/{id}/inzage.pdf                                     302 404 404 404 404 404
            GET     /trajecten/{id}/metingen/nieuw                                 302 404 404 404 404 404
            GET     /trajecten/{id}/plan                                           302 404 404 404 404 404
            GET     /trajecten/{id}/plan/evaluaties/{evaluation}                   302 404 404 404 404 404
            GET     /trajecten/{id}/toestemmingen                                  302 404 404 404 404 404
            GET     /trajecten/{id}/toestemmingen/{consent}/formulier              302 404 404 404 404 404
            GET     /uitstroom                                                     302 200 200 200 200 200
            GET     /uitstroom/aanbiedingen                                        302 200 200 200 403 403
            GET     /uitstroom/contingenten                                        302 200 200 200 200 200
            GET     /planning/ambitie                                              302 403 200 200 200 200
            GET     /planning/ambitie/nieuw                                        302 403 403 403 200 403
            GET     /planning/ambitie/{id}/wijzigen                                302 403 403 403 404 403
            GET     /planning/biedingen                                            302 403 200 200 200 200
            GET     /planning/biedingen/nieuw                                      302 403 403 200 403 403
            GET     /planning/biedingen/{id}/wijzigen                              302 403 403 404 403 403
            GET     /planning/realisatie                                           302 403 200 200 200 200
            GET     /planning/realisatie/nieuw                                     302 403 403 200 200 403
            GET     /planning/toezeggingen                                         302 403 200 200 200 200
            GET     /uitstroom/huurzorg                                            302 200 200 200 403 403
            GET     /uitstroom/huurzorg/{id}                                       302 404 404 404 403 403
            GET     /uitstroom/instellingen                                        302 200 200 200 200 200
            GET     /uitstroom/kandidaten                                          302 200 200 200 403 403
            GET     /uitstroom/kandidaten/nieuw                                    302 200 403 403 403 403
            GET     /uitstroom/kandidaten/{id}                                     302 404 404 404 403 403
            GET     /uitstroom/kandidaten/{id}/wijzigen                            302 404 404 404 403 403
            GET     /uitstroom/matching                                            302 200 200 200 200 200
            GET     /uitstroom/signalen                                            302 200 200 200 403 403
            GET     /uitstroom/signalen/nieuw                                      302 403 200 200 403 403
            GET     /uitstroom/signalen/overzicht                                  302 200 200 200 403 403
            GET     /uitstroom/signalen/{id}                                       302 404 404 404 403 403
            GET     /uitstroom/monitor                                             302 200 200 200 200 200
            GET     /uitstroom/monitor/export.xlsx                                 302 200 200 200 200 200
            GET     /uitstroom/monitor/records                                     302 200 200 200 200 200
            GET     /uitstroom/monitor/{table}.csv                                 302 404 404 404 404 404
            GET     /uitstroom/woningen                                            302 403 200 200 200 200
            GET     /uitstroom/woningen/nieuw                                      302 403 200 403 403 403
            GET     /uitstroom/woningen/{id}                                       302 404 404 404 404 404
            GET     /uitstroom/woningen/{id}/wijzigen                              302 404 404 404 404 404
            GET     /voorzieningen                                                 302 302 302 302 302 302
            GET     /voorzieningen/adres-zoeken                                    302 200 403 200 200 200
            GET     /voorzieningen/bestand.csv                                     302 200 403 200 200 200
            GET     /voorzieningen/bestand.xlsx                                    302 200 403 200 200 200
            GET     /voorzieningen/export.csv                                      200 200 200 200 200 200
            GET     /voorzieningen/import                                          302 200 403 200 200 200
            GET     /voorzieningen/kaart                                           200 200 200 200 200 200
            GET     /voorzieningen/kaart/data                                      200 200 200 200 200 200
            GET     /voorzieningen/nieuw                                           302 200 403 200 200 200
            GET     /voorzieningen/tabel                                           200 200 200 200 200 200
            GET     /voorzieningen/{id}                                            302 404 404 404 404 404
            GET     /voorzieningen/{id}/bewerken                                   302 404 404 404 404 404
            GET     /voorzieningen/{id}/verwijderen                                302 404 404 404 404 404
            PATCH   /api/v1/outflow/rules/{region}/eligibility-rules/{id}          401 422 422 422 422 422
            PATCH   /api/v1/oversight/locations/{id}/improvement-actions/{id}      401 404 404 404 404 404
            POST    /api/v1/cbs-imports                                            401 403 403 403 403 400
            POST    /api/v1/facilities                                             401 422 403 422 422 422
            POST    /api/v1/facility-imports                                       401 422 403 422 422 422
            POST    /api/v1/outflow/candidates                                     401 422 403 403 403 403
            POST    /api/v1/outflow/candidates/{id}/exceptions                     401 404 404 404 404 404
            POST    /api/v1/outflow/candidates/{id}/readiness                      401 404 404 404 404 404
            POST    /api/v1/outflow/candidates/{id}/urgency-decisions              401 404 404 404 404 404
            POST    /api/v1/outflow/candidates/{id}/withdrawal                     401 404 404 404 404 404
            POST    /api/v1/outflow/contingents/preview                            401 400 400 400 400 400
            POST    /api/v1/outflow/matching-runs                                  401 403 201 201 201 403
            POST    /api/v1/outflow/offers                                         401 422 422 422 422 422
            POST    /api/v1/outflow/offers/{id}/acceptance                         401 404 404 404 404 404
            POST    /api/v1/outflow/offers/{id}/decline                            401 404 404 404 404 404
            POST    /api/v1/outflow/offers/{id}/withdrawal                         401 404 404 404 404 404
            POST    /api/v1/outflow/proposals                                      401 422 422 422 422 422
            POST    /api/v1/outflow/rules/{region}/eligibility-rules               401 403 403 403 422 422
            POST    /api/v1/outflow/signals                                        401 403 422 422 403 403
            POST    /api/v1/outflow/signals/{id}/outcome                           401 404 404 404 403 403
            POST    /api/v1/outflow/signals/{id}/steps                             401 404 404 404 403 403
            POST    /api/v1/outflow/tenancies/{id}/evaluations                     401 404 404 404 404 404
            POST    /api/v1/outflow/tenancies/{id}/outcomes                        401 404 404 404 404 404
            POST    /api/v1/outflow/vacancies                                      401 403 422 403 403 403
            POST    /api/v1/outflow/vacancies/{id}/proposal-releases               401 403 404 403 403 403
            POST    /api/v1/outflow/vacancies/{id}/withdrawal                      401 403 404 403 403 403
            POST    /api/v1/planning/ambitions                                     401 403 403 403 422 403
            POST    /api/v1/planning/bids                                          401 403 403 422 403 403
            POST    /api/v1/planning/commitments                                   401 403 422 403 403 403
            POST    /api/v1/planning/realisation                                   401 403 403 422 422 403
            POST    /api/v1/oversight/inventories                                  401 403 403 201 422 422
            POST    /api/v1/oversight/locations/{id}/extra-supervision             401 404 404 404 404 404
            POST    /api/v1/oversight/locations/{id}/improvement-actions           401 404 404 404 404 404
            POST    /api/v1/oversight/locations/{id}/liveability-measurements      401 404 404 404 404 404
            POST    /api/v1/oversight/locations/{id}/regime-changes                401 422 422 422 422 422
            POST    /api/v1/planning/parameter-sets                                401 400 400 400 400 400
            POST    /api/v1/planning/runs                                          401 400 400 400 400 400
            POST    /api/v1/reports                                                422 422 422 422 422 422
            POST    /api/v1/reports/queue/{id}/status-changes                      401 404 403 404 404 404
            POST    /api/v1/reports/reply-templates                                401 422 403 422 422 422
            POST    /api/v1/reports/routing-rules                                  401 403 403 422 422 422
            POST    /api/v1/siting/initiatives                                     401 403 403 422 422 422
            POST    /api/v1/siting/initiatives/{id}/steps                          401 403 403 422 422 422
            POST    /api/v1/siting/local-indices                                   401 403 403 422 422 422
            POST    /api/v1/siting/models/{region}                                 401 403 403 403 400 400
            POST    /api/v1/siting/notes                                           401 403 403 400 400 400
            POST    /api/v1/siting/scans                                           401 403 403 400 400 400
            POST    /api/v1/trajectories/clients                                   401 422 403 403 403 403
            POST    /api/v1/trajectories/clients/{id}/assessments                  401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/phase-changes                401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/plan/actions                 401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/plan/actions/{id}/status-changes 401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/plan/evaluations             401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/plan/evaluations/{id}/outcome 401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/plan/goals                   401 404 404 404 404 404
            POST    /api/v1/trajectories/clients/{id}/plan/goals/{id}/status-changes 401 404 404 404 404 404
            POST    /beheer/api-sleutels                                           302 403 403 403 403 422
            POST    /beheer/api-sleutels/{id}/intrekken                            302 403 403 403 403 404
            POST    /beheer/cbs-import                                             302 403 403 403 403 422
            POST    /beheer/verwerkingsregister/{code}                             302 403 403 403 403 404
            POST    /draagkracht/indices                                           302 403 403 422 422 422
            POST    /draagkracht/model                                             302 403 403 403 422 422
            POST    /draagkracht/notities                                          302 403 403 404 404 404
            POST    /draagkracht/scans                                             302 403 403 422 422 422
            POST    /gedeeld/vitaal-belang                                         302 422 422 422 403 403
            POST    /initiatieven/nieuw                                            302 403 403 422 422 422
            POST    /initiatieven/{id}/stappen                                     302 403 403 404 404 404
            POST    /leefgebieden/gereedheid                                       302 403 403 403 422 422
            POST    /leefgebieden/gereedheid/{code}                                302 403 403 403 404 404
            POST    /leefgebieden/instrument                                       302 403 403 403 422 422
            POST    /melden                                                        422 422 422 422 422 422
            POST    /melden/volgen/heropenen                                       400 400 400 400 400 400
            POST    /meldingen/instellingen/regels                                 302 403 403 422 422 422
            POST    /meldingen/instellingen/regels/{id}/verwijderen                302 403 403 404 404 404
            POST    /meldingen/instellingen/sjablonen                              302 422 403 422 422 422
            POST    /meldingen/instellingen/sjablonen/{id}/verwijderen             302 404 403 404 404 404
            POST    /meldingen/{id}/doorsturen                                     302 404 403 404 404 404
            POST    /meldingen/{id}/stand                                          302 404 403 404 404 404
            POST    /planning/analyse                                              302 403 403 403 422 422
            POST    /planning/parameters/{id}/opnieuw-meten                        302 403 404 404 404 404
            POST    /planning/parameters/{id}/wijzigen                             302 403 404 404 404 404
            POST    /toezicht/inventarisaties                                      302 403 403 302 422 422
            POST    /toezicht/inventarisaties/{id}/locaties/{id}                   302 403 403 404 404 404
            POST    /toezicht/locaties/{id}/acties                                 302 404 404 404 404 404
            POST    /toezicht/locaties/{id}/acties/{id}                            302 404 404 404 404 404
            POST    /toezicht/locaties/{id}/commissie                              302 404 404 404 404 404
            POST    /toezicht/locaties/{id}/convenant                              302 404 404 404 404 404
            POST    /toezicht/locaties/{id}/extra-toezicht                         302 404 404 404 404 404
            POST    /toezicht/locaties/{id}/metingen                               302 404 404 404 404 404
            POST    /toezicht/locaties/{id}/regime                                 302 404 404 404 404 404
            POST    /trajecten                                                     302 422 403 403 403 403
            POST    /trajecten/vitaal-belang/{access}/beoordeeld                   302 422 403 403 403 403
            POST    /trajecten/{id}/crisisplan                                     302 404 404 404 404 404
            POST    /trajecten/{id}/fase                                           302 404 404 404 404 404
            POST    /trajecten/{id}/gereedheid                                     302 404 404 404 404 404
            POST    /trajecten/{id}/metingen                                       302 404 404 404 404 404
            POST    /trajecten/{id}/plan/acties                                    302 404 404 404 404 404
            POST    /trajecten/{id}/plan/acties/{action}/status                    302 404 404 404 404 404
            POST    /trajecten/{id}/plan/doelen                                    302 404 404 404 404 404
            POST    /trajecten/{id}/plan/doelen/{goal}/status                      302 404 404 404 404 404
            POST    /trajecten/{id}/plan/evaluaties                                302 404 404 404 404 404
            POST    /trajecten/{id}/plan/evaluaties/{evaluation}                   302 404 404 404 404 404
            POST    /trajecten/{id}/toestemmingen                                  302 404 404 404 404 404
            POST    /trajecten/{id}/toestemmingen/{consent}/intrekken              302 404 404 404 404 404
            POST    /uitstroom/aanbiedingen/{id}/aanvaarden                        302 404 404 404 404 404
            POST    /uitstroom/aanbiedingen/{id}/weigeren                          302 404 404 404 404 404
            POST    /uitstroom/contingenten                                        302 422 422 422 422 422
            POST    /uitstroom/contingenten/voorraad                               302 403 422 403 422 422
            POST    /planning/ambitie                                              302 403 403 403 422 403
            POST    /planning/ambitie/{id}/wijzigen                                302 404 404 404 404 404
            POST    /planning/biedingen                                            302 403 403 422 403 403
            POST    /planning/biedingen/{id}/wijzigen                              302 403 403 404 403 403
            POST    /planning/realisatie                                           302 403 403 422 422 403
            POST    /planning/toezeggingen                                         302 403 422 403 403 403
            POST    /uitstroom/huurzorg/{id}/evaluatie                             302 404 404 404 404 404
            POST    /uitstroom/huurzorg/{id}/uitkomst                              302 404 404 404 404 404
            POST    /uitstroom/instellingen/categorieen                            302 403 403 403 422 422
            POST    /uitstroom/instellingen/huurgrenzen                            302 403 403 403 422 422
            POST    /uitstroom/instellingen/normen                                 302 422 422 422 422 422
            POST    /uitstroom/instellingen/regels                                 302 403 403 403 422 422
            POST    /uitstroom/signalen                                            302 403 422 422 403 403
            POST    /uitstroom/signalen/{id}/stap                                  302 404 404 404 403 403
            POST    /uitstroom/signalen/{id}/uitkomst                              302 404 404 404 403 403
            POST    /uitstroom/instellingen/regels/{id}                            302 403 403 403 404 404
            POST    /uitstroom/kandidaten                                          302 422 403 403 403 403
            POST    /uitstroom/kandidaten/{id}/terugtrekken                        302 404 404 404 404 404
            POST    /uitstroom/kandidaten/{id}/uitzondering                        302 404 404 404 404 404
            POST    /uitstroom/kandidaten/{id}/urgentie                            302 404 404 404 404 404
            POST    /uitstroom/kandidaten/{id}/wijzigen                            302 404 404 404 403 403
            POST    /uitstroom/kandidaten/{id}/woonklaar                           302 404 404 404 404 404
            POST    /uitstroom/matching                                            302 403 302 302 302 403
            POST    /uitstroom/woningen                                            302 403 422 403 403 403
            POST    /uitstroom/woningen/totalen                                    302 403 422 403 403 403
            POST    /uitstroom/woningen/{id}/aanbieden                             302 403 404 403 403 403
            POST    /uitstroom/woningen/{id}/intrekken                             302 404 404 404 404 404
            POST    /uitstroom/woningen/{id}/loslaten                              302 403 404 403 403 403
            POST    /uitstroom/woningen/{id}/terugtrekken                          302 403 404 403 403 403
            POST    /uitstroom/woningen/{id}/voorstel                              302 403 404 403 403 403
            POST    /uitstroom/woningen/{id}/wijzigen                              302 422 422 422 422 422
            POST    /voorzieningen/import                                          302 422 403 422 422 422
            POST    /voorzieningen/nieuw                                           302 422 403 422 422 422
            POST    /voorzieningen/{id}/bewerken                                   302 404 404 404 404 404
            POST    /voorzieningen/{id}/verwijderen                                302 400 400 400 400 400
            PUT     /api/v1/facilities/{id}                                        401 422 422 422 422 422
            PUT     /api/v1/outflow/affordability-limits/{year}                    401 403 403 403 422 422
            PUT     /api/v1/outflow/candidates/{id}                                401 422 422 422 422 422
            PUT     /api/v1/outflow/contingents/{region}/{year}                    401 403 403 403 422 422
            PUT     /api/v1/outflow/corporation-stock                              401 403 403 403 422 422
            PUT     /api/v1/outflow/rules/{region}/categories                      401 403 403 403 422 422
            PUT     /api/v1/outflow/rules/{region}/norms                           401 422 422 422 422 422
            PUT     /api/v1/outflow/vacancies/{id}                                 401 422 422 422 422 422
            PUT     /api/v1/planning/ambitions/{id}                                401 403 403 403 404 403
            PUT     /api/v1/planning/bids/{id}                                     401 403 403 404 403 403
            PUT     /api/v1/planning/commitments/{id}                              401 403 404 403 403 403
            PUT     /api/v1/planning/realisation/{id}                              401 403 403 404 404 403
            PUT     /api/v1/outflow/vacancy-totals/{year}/{quarter}                401 403 422 403 403 403
            PUT     /api/v1/oversight/inventories/{id}/locations/{id}              401 403 403 404 404 404
            PUT     /api/v1/oversight/locations/{id}/committee                     401 404 404 404 404 404
            PUT     /api/v1/oversight/locations/{id}/covenant                      401 404 404 404 404 404
            PUT     /api/v1/trajectories/clients/{id}/crisis-plan                  401 404 404 404 404 404
            PUT     /api/v1/trajectories/clients/{id}/readiness                    401 404 404 404 404 404
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_answers_each_role_exactly_as_written_down() throws Exception {
        Map<String, String> expected = expected();
        Map<String, String> actual = new TreeMap<>();
        for (String endpoint : endpoints()) {
            actual.put(normalised(endpoint), statuses(endpoint));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorization-matrix.txt"), table(actual));

        Set<String> unlisted = new TreeSet<>(actual.keySet());
        unlisted.removeAll(expected.keySet());
        Set<String> gone = new TreeSet<>(expected.keySet());
        gone.removeAll(actual.keySet());
        assertThat(unlisted).as("endpoints without a row (their statuses now are in target/authorization-matrix.txt)")
                .isEmpty();
        assertThat(gone).as("rows whose endpoint no longer exists").isEmpty();
        List<String> wrong = new ArrayList<>();
        expected.forEach((endpoint, statuses) -> {
            if (!statuses.equals(actual.get(endpoint))) {
                wrong.add("%s: expected %s, got %s".formatted(endpoint, statuses, actual.get(endpoint)));
            }
        });
        assertThat(wrong).as("endpoints whose statuses differ from the matrix").isEmpty();
    }

    @Test
    void the_matrix_covers_every_method_of_every_mapping_of_the_application() {
        Set<String> endpoints = endpoints();
        assertThat(endpoints.stream().map(AuthorizationMatrixTest::normalised)).hasSizeGreaterThan(200)
                .contains("GET /uitstroom/kandidaten/{id}", "POST /api/v1/outflow/candidates", "DELETE /api/v1/facilities/{id}");
    }

    /** "METHOD pattern" of every mapping of the application's own controllers (not the framework's). */
    Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>(FRAMEWORK);
        multipart.clear();
        patterns.clear();
        FRAMEWORK.forEach(f -> patterns.put(f, f));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("nl.thuisbasis")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
                for (String name : names) {
                    String endpoint = name + " " + pattern;
                    endpoints.add(endpoint);
                    patterns.put(normalised(endpoint), endpoint);
                    for (org.springframework.core.MethodParameter parameter : e.getValue().getMethodParameters()) {
                        if (org.springframework.web.multipart.MultipartFile.class.equals(parameter.getParameterType())) {
                            multipart.put(endpoint, parameter.getParameterAnnotation(
                                    org.springframework.web.bind.annotation.RequestParam.class) != null
                                    && !parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class)
                                            .name().isEmpty()
                                    ? parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class).name()
                                    : parameter.getParameterName());
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /** The mapping's own pattern of each normalised endpoint. */
    final Map<String, String> patterns = new java.util.HashMap<>();

    /**
     * The row of an endpoint: an id variable is written {id} whatever its name in the mapping ({facilityId},
     * {locationId}), so renaming a path variable does not change the matrix.
     */
    static String normalised(String endpoint) {
        return endpoint.replaceAll("\\{(id|[a-z]+Id|offer)}", "{id}");
    }

    /** Endpoints that take an upload, with the name of the file part: they get an (empty) file. */
    final Map<String, String> multipart = new java.util.HashMap<>();
    int requests;

    String statuses(String endpoint) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String uri = URIS.getOrDefault(endpoint, uri(pattern)) + (QUERIES.containsKey(endpoint) ? "?" + QUERIES.get(endpoint) : "");
        boolean api = pattern.startsWith("/api/") || pattern.startsWith("/ogc");
        List<String> statuses = new ArrayList<>();
        for (String user : USERS) {
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request = multipart.containsKey(endpoint)
                    ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method), uri).file(new org.springframework.mock.web
                            .MockMultipartFile(multipart.get(endpoint), "leeg.csv", "text/csv", new byte[0]))
                    : (org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>)
                            MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
            int n = ++requests;
            // every request from its own address, so the public submission limit never decides a status here
            request = request.with(csrf()).with(r -> {
                r.setRemoteAddr("10.77." + (n / 256) + "." + (n % 256));
                return r;
            });
            if (api && !method.equals("GET") && !method.equals("DELETE") && !multipart.containsKey(endpoint)) {
                request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            if (!user.equals("anonymous")) {
                request = request.with(user(accounts.loadUserByUsername(user)));
            }
            try {
                statuses.add(String.valueOf(mvc.perform(request).andReturn().getResponse().getStatus()));
            } catch (jakarta.servlet.ServletException e) {
                // an exception that reached the servlet container: the real server answers 500
                statuses.add("500");
            }
        }
        return String.join(" ", statuses);
    }

    static String uri(String pattern) {
        Matcher m = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}").matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(uri, VARIABLES.getOrDefault(m.group(1), NIL));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    static Map<String, String> expected() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : EXPECTED.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            assertThat(parts).as("row '%s': method, pattern and six statuses", line).hasSize(8);
            String endpoint = normalised(parts[0] + " " + parts[1]);
            assertThat(rows.put(endpoint, String.join(" ", List.of(parts).subList(2, 8)))).as("row twice: %s", endpoint)
                    .isNull();
        }
        return rows;
    }

    static String table(Map<String, String> rows) {
        StringBuilder table = new StringBuilder();
        rows.forEach((endpoint, statuses) -> {
            String[] parts = endpoint.split(" ", 2);
            table.append("%-7s %-62s %s%n".formatted(parts[0], parts[1], statuses));
        });
        return table.toString();
    }
}
