package nl.thuisbasis.facility;

import java.util.List;
import nl.thuisbasis.facility.domain.FieldProblem;

/** The input was refused; {@code problems} lists each wrong field. Nothing was saved. */
class FacilityRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    FacilityRejected(List<FieldProblem> problems) {
        super("Facility input refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
