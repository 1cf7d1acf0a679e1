package nl.thuisbasis.trajectory.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.domain.TrajectoryAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care worker's pages of client trajectories: the caseload (mine or the team's, by phase, paged), registering a
 * client, and a client's trajectory with its phase. Only the provider's own staff; every client shown is in the
 * processing log (the use cases write it).
 */
@Controller
class TrajectoryPageController {

    static final String PATH = "/trajecten";
    static final int PAGE_SIZE = 25;

    private final Clients clients;
    private final People people;
    private final RegionCatalog regions;
    private final TrajectoryPages pages;
    private final Forms forms;
    private final OnceOnly once;
    private final Messages messages;
    private final FacilityRegister facilities;
    private final nl.thuisbasis.trajectory.consent.Consents consents;
    private final nl.thuisbasis.trajectory.sharing.VitalInterest vital;

    TrajectoryPageController(Clients clients, People people, RegionCatalog regions, TrajectoryPages pages, Forms forms,
            OnceOnly once, Messages messages, FacilityRegister facilities, nl.thuisbasis.trajectory.consent.Consents consents,
            nl.thuisbasis.trajectory.sharing.VitalInterest vital) {
        this.consents = consents;
        this.vital = vital;
        this.facilities = facilities;
        this.messages = messages;
        this.clients = clients;
        this.people = people;
        this.regions = regions;
        this.pages = pages;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping(PATH)
    String caseload(@RequestParam(required = false) String team, @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) Clients.CaseloadOrder volgorde, @RequestParam(required = false) String achterstand,
            @RequestParam(required = false) Integer pagina, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletRequest request) {
        requireStaff(user);
        // mine, the whole team's ("ja"), or a colleague's (their user name): the team view of the provider
        List<People.Member> staff = people.staffOf(user.organisationCode());
        boolean whole = "ja".equals(team);
        String colleague = staff.stream().map(People.Member::username)
                .filter(u -> u.equals(team) && !u.equals(user.getUsername())).findFirst().orElse(null);
        boolean overdue = "ja".equals(achterstand) || "true".equals(achterstand);
        PageQuery paging = PageQuery.of(pagina, null, PAGE_SIZE, PAGE_SIZE);
        Clients.Caseload caseload = clients.caseload(user, new Clients.CaseloadQuery(whole ? null
                : colleague != null ? colleague : user.getUsername(), phase, overdue, volgorde), paging);
        model.addAttribute("caseload", caseload);
        // consents that end within 30 days: ask the client again in time
        model.addAttribute("consentsEnding", consents.endingSoon(caseload.clients().stream()
                .map(nl.thuisbasis.trajectory.client.ClientView::id).toList()));
        model.addAttribute("vitalWaiting", vital.counts(user).waiting());
        // the key workers' names in one query, not one per row
        model.addAttribute("keyWorkers", people.namesOf(caseload.clients().stream()
                .map(nl.thuisbasis.trajectory.client.ClientView::keyWorker).toList()));
        model.addAttribute("today", clients.today());
        model.addAttribute("team", whole || colleague != null);
        model.addAttribute("teamValue", whole ? "ja" : colleague != null ? colleague : "");
        model.addAttribute("heading", whole ? messages.text("traj.caseload.team") : colleague != null
                ? messages.text("traj.caseload.of", people.nameOf(colleague)) : messages.text("traj.caseload.mine"));
        List<Choice> whose = new ArrayList<>(List.of(new Choice("", messages.text("traj.caseload.mine")),
                new Choice("ja", messages.text("traj.caseload.team"))));
        staff.stream().filter(m -> !m.username().equals(user.getUsername()))
                .forEach(m -> whose.add(new Choice(m.username(), messages.text("traj.caseload.of", m.displayName()))));
        model.addAttribute("whose", whose);
        model.addAttribute("phase", phase == null ? "" : phase.name());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("order", volgorde == null ? Clients.CaseloadOrder.NAME.name() : volgorde.name());
        model.addAttribute("orders", Clients.CaseloadOrder.values());
        model.addAttribute("overdue", overdue);
        model.addAttribute("pager", ListPage.of(paging, (int) Math.min(Integer.MAX_VALUE, caseload.total()), request));
        return "trajectory/caseload";
    }

    @GetMapping(PATH + "/nieuw")
    String newClient(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireStaff(user);
        return clientForm(user, model, ClientForm.empty(user.getUsername()));
    }

    @PostMapping(PATH)
    String register(@ModelAttribute("clientForm") ClientForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        requireStaff(user);
        ClientForm entered = Forms.entered(form, binding, ClientForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Clients.REFUSED, clients.problems(user, entered.draft(), null));
            }
            // once per form: a reload or a second tap registers no second client
            return "redirect:" + once.submit(entered.onceToken(), "trajectory.client.register",
                    () -> PATH + "/" + clients.register(user, entered.draft()) + "?aangemeld");
        } catch (Refused e) {
            if (e.kind() != Refused.Kind.INVALID) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return clientForm(user, model, entered);
        }
    }

    @GetMapping(PATH + "/{id}")
    String client(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return pages.overview(user, id.value(), model, null);
    }

    @PostMapping(PATH + "/{id}/fase")
    String phase(@PathVariable ClientId id, @ModelAttribute("phaseForm") PhaseForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        PhaseForm entered = Forms.entered(form, binding, PhaseForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Clients.REFUSED, List.of());
            }
            clients.changePhase(user, id.value(), entered.version() == null ? -1 : entered.version(), entered.phase(),
                    entered.since(), entered.note());
            return "redirect:" + PATH + "/" + id + "?fase";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT
                    ? List.of(Problem.of("traj.page.stale")) : e.problems());
            return pages.overview(user, id.value(), model, entered);
        }
    }

    private String clientForm(CurrentUser user, Model model, ClientForm form) {
        model.addAttribute("clientForm", form);
        model.addAttribute("housings", TargetHousing.values());
        List<Choice> staff = people.staffOf(user.organisationCode()).stream()
                .map(m -> new Choice(m.username(), m.displayName())).toList();
        model.addAttribute("staff", staff);
        model.addAttribute("facilities", facilities.inUseOf(user.organisationCode()).stream()
                .map(f -> new Choice(f.id().toString(), f.name() + ", " + f.place())).toList());
        List<Choice> municipalities = new ArrayList<>();
        for (Region region : regions.regions()) {
            regions.areas(region.municipalityCodes()).forEach(a -> municipalities.add(new Choice(a.code(), a.name())));
        }
        municipalities.sort(java.util.Comparator.comparing(Choice::label));
        model.addAttribute("municipalities", municipalities);
        return "trajectory/client-form";
    }

    static void requireStaff(CurrentUser user) {
        if (user == null || !TrajectoryAccess.mayRegister(user.viewer())) {
            throw new AccessDeniedException("only care-provider staff work on trajectories");
        }
    }
}
