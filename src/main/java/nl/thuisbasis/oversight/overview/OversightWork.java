package nl.thuisbasis.oversight.overview;

import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.oversight.improvement.Improvements;
import nl.thuisbasis.web.WorkItem;
import nl.thuisbasis.web.WorkSource;
import org.springframework.stereotype.Component;

/** Oversight on the start page: improvement actions past their deadline at the user's locations, each to its location. */
@Component
class OversightWork implements WorkSource {

    private final Improvements improvements;

    OversightWork(Improvements improvements) {
        this.improvements = improvements;
    }

    @Override
    public List<WorkItem> work(CurrentUser user) {
        if (user.role() != Role.MUNICIPALITY && user.role() != Role.REGION_COORDINATOR && user.role() != Role.ADMIN) {
            return List.of();
        }
        return improvements.overdueActions(user, null).stream()
                .map(a -> WorkItem.of("oversight.work.overdueAction", "/toezicht/locaties/" + a.facilityId(), true,
                        a.facilityName(), a.description(), a.deadline()))
                .toList();
    }
}
