package nl.thuisbasis.siting.shared;

import java.util.List;
import nl.thuisbasis.platform.Problem;
import org.springframework.validation.BindingResult;

/** Small helpers for the module's forms, on top of the platform's {@code Forms}. */
public final class FormChecks {

    private FormChecks() {
    }

    /**
     * The policy's problems, except those on a field whose value could not be read: binding already says what is wrong
     * there ("Vul een getal in."), and the policy only saw an empty value.
     */
    public static List<Problem> besides(BindingResult binding, List<Problem> problems) {
        if (binding == null || !binding.hasFieldErrors()) {
            return problems;
        }
        return problems.stream().filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList();
    }
}
