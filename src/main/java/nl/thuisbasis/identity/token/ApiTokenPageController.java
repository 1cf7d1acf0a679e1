package nl.thuisbasis.identity.token;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.account.UserAccountRepository;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of personal API tokens: who has one, what for, until when, when it was last used; issuing
 * one (the token is shown once, right after) and revoking one. Under {@code /beheer}, so for administrators only.
 */
@Controller
class ApiTokenPageController {

    static final String PATH = "/beheer/api-sleutels";

    private final ApiTokens tokens;
    private final UserAccountRepository accounts;
    private final Forms forms;
    private final OnceOnly once;

    ApiTokenPageController(ApiTokens tokens, UserAccountRepository accounts, Forms forms, OnceOnly once) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.forms = forms;
        this.once = once;
    }

    /** The issue form: account, what the token is for, and its last day (empty: the administrator decides). */
    record TokenForm(String account, String name, LocalDate expiresOn, String onceToken) {
    }

    @GetMapping(PATH)
    String list(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null, null, null, null));
        }
        return page(model);
    }

    @PostMapping(PATH)
    String issue(@ModelAttribute("tokenForm") TokenForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser admin,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        TokenForm entered = Forms.entered(form, binding, TokenForm.class);
        model.addAttribute("tokenForm", entered);
        try {
            if (Forms.unreadable(binding)) {
                // a date that could not be read, and with it whatever else is wrong: every problem at once
                throw Refused.invalid(ApiTokens.REFUSED, tokens.problems(entered.account(), entered.name(), entered.expiresOn()));
            }
            // once per form: a reload or a second tap issues no second token
            String path = once.submit(entered.onceToken(), "identity.api-token.issue", () -> {
                ApiTokens.Issued issued = tokens.issue(admin, entered.account(), entered.name(), entered.expiresOn());
                // shown once, on the page the browser is sent to; it is never stored
                redirect.addFlashAttribute("issuedToken", issued.token());
                return PATH + "?uitgegeven=" + issued.id();
            });
            return "redirect:" + path;
        } catch (Refused e) {
            if (e.kind() != Refused.Kind.INVALID) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return page(model);
        }
    }

    @PostMapping(PATH + "/{id}/intrekken")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin) {
        tokens.revoke(admin, id);
        return "redirect:" + PATH + "?ingetrokken=" + id;
    }

    private String page(Model model) {
        LocalDate today = tokens.today();
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("today", today);
        model.addAttribute("maxDate", today.plusDays(ApiTokens.MAX_DAYS));
        model.addAttribute("accounts", accounts.findAll().stream()
                .filter(CurrentUser::isEnabled)
                .sorted(Comparator.comparing((CurrentUser u) -> u.organisation().name()).thenComparing(CurrentUser::displayName))
                .map(u -> new Choice(u.getUsername(), u.displayName() + " (" + u.organisation().name() + ")"))
                .toList());
        return "identity/api-tokens";
    }
}
