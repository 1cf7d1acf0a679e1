package nl.thuisbasis.siting.notes;

import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a note under a scan. The scan page is made from its own address, so the note form always goes back there:
 * with a confirmation, or with the problem next to the note field.
 */
@Controller
class NotePageController {

    private final Notes notes;
    private final Forms forms;
    private final OnceOnly once;

    NotePageController(Notes notes, Forms forms, OnceOnly once) {
        this.once = once;
        this.notes = notes;
        this.forms = forms;
    }

    @PostMapping("/draagkracht/notities")
    String addNote(@ModelAttribute("noteForm") NoteForm form, BindingResult binding, RedirectAttributes redirect) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        form = Forms.entered(form, binding, NoteForm.class);
        if (!notes.areaExists(form.areaCode())) {
            throw Refused.notFound();
        }
        try {
            NoteForm entered = form;
            // a reload or double tap adds the note once
            once.submit(form.onceToken(), "siting.note", () -> {
                notes.add(user, entered.areaCode(), entered.text(), null);
                return "";
            });
            redirect.addFlashAttribute("noteSaved", true);
        } catch (Refused refused) {
            List<Problem> problems = refused.problems();
            redirect.addFlashAttribute(Forms.ERRORS, forms.errors(binding, problems));
            redirect.addFlashAttribute("noteText", form.text());
        }
        String back = form.back();
        // back to the scan, at its notes: the note just saved, or what stands in the way of saving it
        return "redirect:" + (back != null && back.startsWith("/draagkracht") ? back : "/draagkracht") + "#notes";
    }
}
