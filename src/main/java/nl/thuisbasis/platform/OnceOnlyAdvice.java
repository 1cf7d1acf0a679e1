package nl.thuisbasis.platform;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page a fresh token for its forms ({@code fragments/forms :: once}), see {@link OnceOnly}. */
@ControllerAdvice
class OnceOnlyAdvice {

    @ModelAttribute
    void token(Model model) {
        if (!model.containsAttribute(OnceOnly.TOKEN)) {
            model.addAttribute(OnceOnly.TOKEN, OnceOnly.newToken());
        }
    }
}
