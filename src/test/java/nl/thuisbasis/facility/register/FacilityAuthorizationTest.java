package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.thuisbasis.facility.domain.FacilityAccess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import nl.thuisbasis.facility.Facility;

/**
 * Every facility endpoint and page, for every role and for the public: the expected status, and no secret
 * facility's name or address where it must not be, and no street address of a non-listed facility in public output.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Facility authorisation and secrecy")
public class FacilityAuthorizationTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> USERS = List.of(ANONYMOUS, "begeleider", "corporatie", "gemeente", "regio", "beheerder");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    FacilityService service;

    /** Path, then the expected status for anonymous, begeleider, corporatie, gemeente, regio, beheerder. */
    static final Map<String, int[]> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("/api/v1/facilities?pageSize=1000", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/api/v1/facilities?pageSize=1000&status=IN_USE,PLANNED,IDEA,CLOSED,BEING_REALISED",
                new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/api/v1/facilities?pageSize=1000&geo", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/api/v1/facility-exports?format=csv", new int[] {401, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/kaart", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/kaart/data", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/kaart/data?category=SHELTER", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/tabel", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/tabel?status=IDEA,PLANNED,BEING_REALISED,IN_USE,CLOSED", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/export.csv", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/nieuw", new int[] {302, 200, 403, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/import", new int[] {302, 200, 403, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/bestand.csv", new int[] {302, 200, 403, 200, 200, 200});
        ENDPOINTS.put("/voorzieningen/bestand.xlsx", new int[] {302, 200, 403, 200, 200, 200});
        ENDPOINTS.put("/ogc/collections/facility-areas/items?limit=10000", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/ogc/collections/public-facilities/items?limit=10000", new int[] {200, 200, 200, 200, 200, 200});
        ENDPOINTS.put("/api/v1/siting/scans?pageSize=100", new int[] {401, 403, 403, 200, 200, 200});
    }

    private MvcResult get(String user, String path) throws Exception {
        boolean geo = path.endsWith("&geo");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(geo ? path.replace("&geo", "") : path)
                .accept(geo ? "application/geo+json" : "application/json, text/html;q=0.9, */*;q=0.8");
        if (!user.equals(ANONYMOUS)) {
            request = request.with(user(accounts.loadUserByUsername(user)));
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void every_endpoint_answers_each_role_as_expected_and_leaks_no_secret() throws Exception {
        List<String> failures = new ArrayList<>();
        for (var endpoint : ENDPOINTS.entrySet()) {
            for (int i = 0; i < USERS.size(); i++) {
                String user = USERS.get(i);
                MvcResult result = get(user, endpoint.getKey());
                int status = result.getResponse().getStatus();
                if (status != endpoint.getValue()[i]) {
                    failures.add(endpoint.getKey() + " as " + user + ": " + status + " instead of " + endpoint.getValue()[i]);
                }
                failures.addAll(leaks(user, endpoint.getKey(), result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void every_facility_detail_answers_only_those_who_may_see_it() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Facility f : service.allForAggregates()) {
            for (String user : USERS) {
                String path = "/api/v1/facilities/" + f.id();
                MvcResult result = get(user, path);
                int status = result.getResponse().getStatus();
                boolean visible = FacilityAccess.visibility(FacilityAuthorizationTest.viewerOf(user), f)
                        != nl.thuisbasis.facility.domain.Visibility.NONE;
                if (status != (visible ? 200 : 404)) {
                    failures.add(path + " (" + f.name() + ") as " + user + ": " + status);
                }
                failures.addAll(leaks(user, path, result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void every_facility_page_and_edit_form_answers_only_those_who_may_see_or_change_it() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Facility f : service.allForAggregates()) {
            for (String user : USERS) {
                nl.thuisbasis.identity.Viewer viewer = viewerOf(user);
                boolean visible = FacilityAccess.visibility(viewer, f) != nl.thuisbasis.facility.domain.Visibility.NONE;
                boolean editable = FacilityAccess.mayEdit(viewer, f);
                String detail = "/voorzieningen/" + f.id();
                MvcResult page = get(user, detail);
                int expected = user.equals(ANONYMOUS) ? 302 : visible ? 200 : 404;
                if (page.getResponse().getStatus() != expected) {
                    failures.add(detail + " (" + f.name() + ") as " + user + ": " + page.getResponse().getStatus());
                }
                failures.addAll(leaks(user, detail, page.getResponse().getContentAsString(StandardCharsets.UTF_8)));
                MvcResult edit = get(user, detail + "/bewerken");
                int expectedEdit = user.equals(ANONYMOUS) ? 302 : !visible ? 404 : editable ? 200 : 403;
                if (edit.getResponse().getStatus() != expectedEdit) {
                    failures.add(detail + "/bewerken (" + f.name() + ") as " + user + ": " + edit.getResponse().getStatus());
                }
                failures.addAll(leaks(user, detail + "/bewerken", edit.getResponse().getContentAsString(StandardCharsets.UTF_8)));
                MvcResult confirm = get(user, detail + "/verwijderen");
                if (confirm.getResponse().getStatus() != expectedEdit) {
                    failures.add(detail + "/verwijderen (" + f.name() + ") as " + user + ": " + confirm.getResponse().getStatus());
                }
                failures.addAll(leaks(user, detail + "/verwijderen", confirm.getResponse().getContentAsString(StandardCharsets.UTF_8)));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_leak_check_itself_finds_a_secret_in_the_admins_view_and_addresses_in_the_municipalitys_view() throws Exception {
        String adminView = get("beheerder", "/api/v1/facilities?pageSize=1000").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(leaks("gemeente", "check", adminView)).anySatisfy(l -> assertThat(l).contains("name of Opvang huiselijk geweld"))
                .anySatisfy(l -> assertThat(l).contains("street address of Opvang huiselijk geweld"));
        String municipalityView = get("gemeente", "/api/v1/facilities?pageSize=1000").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(leaks(ANONYMOUS, "check", municipalityView)).anySatisfy(l -> assertThat(l).contains("street address of"))
                .anySatisfy(l -> assertThat(l).contains("postcode"));
    }

    static nl.thuisbasis.identity.Viewer viewerOf(String user) {
        return switch (user) {
            case "begeleider" -> new nl.thuisbasis.identity.Viewer(nl.thuisbasis.identity.Role.PROVIDER, "leger-des-heils", null);
            case "corporatie" -> new nl.thuisbasis.identity.Viewer(nl.thuisbasis.identity.Role.CORPORATION, "trivire", null);
            case "gemeente" -> new nl.thuisbasis.identity.Viewer(nl.thuisbasis.identity.Role.MUNICIPALITY, "GM0505", "GM0505");
            case "regio" -> new nl.thuisbasis.identity.Viewer(nl.thuisbasis.identity.Role.REGION_COORDINATOR,
                    "regio-drechtsteden-alblasserwaard", null);
            case "beheerder" -> new nl.thuisbasis.identity.Viewer(nl.thuisbasis.identity.Role.ADMIN, "thuisbasis-beheer", null);
            default -> nl.thuisbasis.identity.Viewer.PUBLIC;
        };
    }

    /** What in this body the user must not see. */
    private List<String> leaks(String user, String path, String body) {
        List<String> leaks = new ArrayList<>();
        List<Facility> all = service.allForAggregates();
        List<String> publicPostcodes = all.stream().filter(FacilityAccess::publiclyShown).map(Facility::postcode).toList();
        for (Facility f : all) {
            boolean secretHidden = f.secretAddress()
                    && FacilityAccess.visibility(viewerOf(user), f) == nl.thuisbasis.facility.domain.Visibility.NONE;
            boolean publicHidden = user.equals(ANONYMOUS) && !FacilityAccess.publiclyShown(f);
            if (secretHidden || publicHidden) {
                if (Pattern.compile(Pattern.quote(f.name()) + "(?![0-9])").matcher(body).find()) {
                    leaks.add(path + " as " + user + " shows the name of " + f.name());
                }
                if (containsAddress(body, f)) {
                    leaks.add(path + " as " + user + " shows the street address of " + f.name());
                }
                if (!publicPostcodes.contains(f.postcode()) && body.contains(f.postcode())) {
                    leaks.add(path + " as " + user + " shows the postcode " + f.postcode() + " of " + f.name());
                }
            }
        }
        return leaks;
    }

    public static boolean containsAddress(String body, Facility f) {
        String number = Pattern.quote(f.houseNumber()) + "(?![0-9a-zA-Z])";
        String street = Pattern.quote(f.street());
        // in HTML or CSV "Street 12", in JSON "street":"Street","houseNumber":"12"
        return Pattern.compile(street + "\\s+" + number).matcher(body).find()
                || Pattern.compile(street + "\"\\s*,\\s*\"houseNumber\"\\s*:\\s*\"" + number).matcher(body).find()
                || (f.street().equals("Geheimstraat") && body.contains("Geheimstraat"));
    }
}
