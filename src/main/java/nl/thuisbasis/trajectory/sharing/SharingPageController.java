package nl.thuisbasis.trajectory.sharing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The partner's side of sharing: the clients who share something with its organisation, and one client's shared data
 * for a purpose (exactly the categories given; 403 otherwise); opening a client's contact details or crisis plan on vital
 * interest; and, for the provider's staff, the reports of those accesses to review.
 */
@Controller
class SharingPageController {

    private final Sharing sharing;
    private final VitalInterest vital;
    private final Organisations organisations;
    private final Forms forms;
    private final OnceOnly once;

    SharingPageController(Sharing sharing, VitalInterest vital, Organisations organisations, Forms forms, OnceOnly once) {
        this.sharing = sharing;
        this.vital = vital;
        this.organisations = organisations;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/gedeeld")
    String list(@RequestParam(required = false) Purpose doel, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        PageQuery query = ListPage.query(pagina);
        Sharing.Page page = sharing.clients(user, doel, query);
        model.addAttribute("shared", page.clients());
        model.addAttribute("total", page.total());
        model.addAttribute("pager", ListPage.of(query, (int) page.total(), request));
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("purpose", doel == null ? "" : doel.name());
        return "trajectory/shared-list";
    }

    @GetMapping("/gedeeld/{id}")
    String client(@PathVariable ClientId id, @RequestParam(required = false) Purpose doel,
            @RequestParam(required = false) DataCategory categorie, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(sharing.view(user, id.value(), doel, categorie), model);
    }

    /** An access on vital interest as entered; every field starts empty. */
    record VitalForm(String onceToken, String provider, String clientNumber, LocalDate birthDate, DataCategory category,
            String reason) {
    }

    @GetMapping("/gedeeld/vitaal-belang")
    String vitalForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        sharing.requirePartner(user, null, "vital.form");
        return vitalPage(model, new VitalForm(null, null, null, null, null, null));
    }

    @PostMapping("/gedeeld/vitaal-belang")
    String openVital(@ModelAttribute("vitalForm") VitalForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        VitalForm entered = Forms.entered(form, binding, VitalForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(VitalInterest.REFUSED, List.of());
            }
            return "redirect:" + once.submit(entered.onceToken(), "trajectory.vital.record", () -> "/gedeeld/vitaal-belang/"
                    + vital.open(user, new VitalInterest.Draft(entered.provider(), entered.clientNumber(), entered.birthDate(),
                            entered.category(), entered.reason())));
        } catch (Refused e) {
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return vitalPage(model, entered);
        }
    }

    @GetMapping("/gedeeld/vitaal-belang/{access}")
    String vitalView(@PathVariable UUID access, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(sharing.vitalView(user, access), model);
    }

    @GetMapping("/trajecten/vitaal-belang")
    String reports(@RequestParam(required = false) Integer pagina, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletRequest request) {
        return reportsPage(user, pagina, model, request);
    }

    /** A review by the privacy contact: a note and the version read. */
    record ReviewForm(Integer version, String note) {
    }

    @PostMapping("/trajecten/vitaal-belang/{access}/beoordeeld")
    String review(@PathVariable UUID access, @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
        ReviewForm entered = Forms.entered(form, binding, ReviewForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(VitalInterest.REFUSED, List.of());
            }
            vital.review(user, access, entered.version() == null ? -1 : entered.version(), entered.note());
            return "redirect:/trajecten/vitaal-belang?beoordeeld";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("traj.vital.stale")) : e.problems());
            model.addAttribute("failedReport", access);
            return reportsPage(user, null, model, request);
        }
    }

    private String reportsPage(CurrentUser user, Integer pagina, Model model, HttpServletRequest request) {
        PageQuery query = ListPage.query(pagina);
        List<VitalInterest.Report> reports = vital.reports(user, query);
        VitalInterest.Counts counts = vital.counts(user);
        model.addAttribute("reports", reports);
        model.addAttribute("waiting", counts.waiting());
        model.addAttribute("pager", ListPage.of(query, (int) counts.all(), request));
        return "trajectory/vital-reports";
    }

    private String show(SharedView view, Model model) {
        model.addAttribute("view", view);
        if (view.plan() != null) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("domainNames", SupportPlans.domainNames(view.plan(), locale));
        }
        if (view.scores() != null) {
            model.addAttribute("scoreDomains", view.scores().instrument().domains());
        }
        return "trajectory/shared-client";
    }

    private String vitalPage(Model model, VitalForm form) {
        model.addAttribute("vitalForm", form);
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .map(o -> new Choice(o.code(), o.name())).toList());
        model.addAttribute("vitalCategories", List.of(DataCategory.CONTACT, DataCategory.CRISIS_PLAN));
        return "trajectory/vital-form";
    }
}
