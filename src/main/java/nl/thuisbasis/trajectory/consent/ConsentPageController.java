package nl.thuisbasis.trajectory.consent;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Evidence;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A client's consents to share: the list with what each gives to whom, for what, until when, and how it was given;
 * recording a new one (with the signed form or a witness; every choice starts empty); revoking one with a reason.
 */
@Controller
class ConsentPageController {

    static final String PATH = "/trajecten/{id}/toestemmingen";

    private final Consents consents;
    private final Clients clients;
    private final Organisations organisations;
    private final Forms forms;
    private final OnceOnly once;

    ConsentPageController(Consents consents, Clients clients, Organisations organisations, Forms forms, OnceOnly once) {
        this.consents = consents;
        this.clients = clients;
        this.organisations = organisations;
        this.forms = forms;
        this.once = once;
    }

    /** A consent as entered on the form. */
    record ConsentForm(String onceToken, List<DataCategory> categories, String recipientOrganisation,
            OrganisationType recipientType, Purpose purpose, LocalDate validFrom, LocalDate validUntil, Evidence evidence,
            String witness) {

        ConsentRules.Draft draft(boolean attached) {
            Set<DataCategory> set = categories == null || categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
            return new ConsentRules.Draft(set, recipientOrganisation, recipientType, purpose, validFrom, validUntil, evidence,
                    witness, attached);
        }
    }

    @GetMapping(PATH)
    String page(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, id.value(), model, new ConsentForm(null, List.of(), null, null, null, null, null, null, null));
    }

    @PostMapping(PATH)
    String record(@PathVariable ClientId id, @ModelAttribute("consentForm") ConsentForm form, BindingResult binding,
            @RequestParam(name = "signedForm", required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) throws IOException {
        ConsentForm entered = Forms.entered(form, binding, ConsentForm.class);
        Consents.SignedForm signed = file == null || file.isEmpty() ? null
                : new Consents.SignedForm(clean(file.getOriginalFilename()), String.valueOf(file.getContentType()), file.getBytes());
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Consents.REFUSED, List.of());
            }
            return "redirect:" + once.submit(entered.onceToken(), "trajectory.consent.record", () -> {
                consents.record(user, id.value(), entered.draft(signed != null), signed);
                return "/trajecten/" + id + "/toestemmingen?vastgelegd";
            });
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return page(user, id.value(), model, entered);
        }
    }

    /** A revocation: the reason, and the version the consent was read at. */
    record RevokeForm(Integer version, String reason) {
    }

    @PostMapping(PATH + "/{consent}/intrekken")
    String revoke(@PathVariable ClientId id, @PathVariable UUID consent, @ModelAttribute("revokeForm") RevokeForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        RevokeForm entered = Forms.entered(form, binding, RevokeForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Consents.REFUSED, List.of());
            }
            consents.revoke(user, id.value(), consent, entered.version() == null ? -1 : entered.version(), entered.reason());
            return "redirect:/trajecten/" + id + "/toestemmingen?ingetrokken";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("traj.consent.stale")) : e.problems());
            // the reason's problem shows at the form of this consent only
            model.addAttribute("failedConsent", consent);
            return page(user, id.value(), model, new ConsentForm(null, List.of(), null, null, null, null, null, null, null));
        }
    }

    @GetMapping(PATH + "/{consent}/formulier")
    ResponseEntity<byte[]> signedForm(@PathVariable ClientId id, @PathVariable UUID consent,
            @AuthenticationPrincipal CurrentUser user) {
        Consents.SignedForm form = consents.signedForm(user, id.value(), consent);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(form.type()))
                .header("Content-Disposition", ContentDisposition.attachment().filename(form.name()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(form.content());
    }

    private String page(CurrentUser user, UUID id, Model model, ConsentForm form) {
        ClientView client = clients.require(user, id, "consent.read");
        model.addAttribute("client", client);
        model.addAttribute("consents", consents.list(user, id));
        model.addAttribute("today", clients.today());
        model.addAttribute("now", consents.now());
        model.addAttribute("consentForm", form);
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("evidences", Evidence.values());
        model.addAttribute("types", List.of(OrganisationType.HOUSING_CORPORATION, OrganisationType.MUNICIPALITY,
                OrganisationType.CARE_PROVIDER));
        List<Choice> recipients = new ArrayList<>();
        for (OrganisationType type : List.of(OrganisationType.HOUSING_CORPORATION, OrganisationType.MUNICIPALITY,
                OrganisationType.CARE_PROVIDER)) {
            organisations.ofType(type).stream().filter(o -> !o.code().equals(user.organisationCode()))
                    .forEach(o -> recipients.add(new Choice(o.code(), o.name())));
        }
        model.addAttribute("recipients", recipients);
        return "trajectory/consents";
    }

    private static String clean(String name) {
        String n = name == null ? "formulier" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
