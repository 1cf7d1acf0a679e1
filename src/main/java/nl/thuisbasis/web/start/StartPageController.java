package nl.thuisbasis.web.start;

import java.util.Comparator;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.web.WorkItem;
import nl.thuisbasis.web.WorkSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page of a member of staff: what needs them now, gathered from every module that offers a
 * {@link WorkSource} (overdue reports, overdue actions, candidates waiting for a decision, offers without an answer,
 * evaluations due), past deadlines first, each line linking to its records. Where staff land after logging in.
 */
@Controller
class StartPageController {

    private final List<WorkSource> sources;
    private final Messages messages;

    StartPageController(List<WorkSource> sources, Messages messages) {
        this.sources = sources;
        this.messages = messages;
    }

    /** A line as the page shows it. */
    record Line(String text, String href, boolean overdue) {
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Line> lines = sources.stream().flatMap(source -> source.work(user).stream())
                .sorted(Comparator.comparing(WorkItem::overdue).reversed())
                // a line may repeat a text someone typed (an action's description): cut short like a refusal's
                .map(item -> new Line(messages.refusal(new Problem(null, null, item.key(), item.args()), Messages.locale()),
                        item.href(), item.overdue()))
                .toList();
        model.addAttribute("lines", lines);
        return "start";
    }
}
