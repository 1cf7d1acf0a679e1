package nl.thuisbasis.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reply templates: shared ones for everybody plus each organisation's own. */
@Service
public class ReplyTemplates {

    private final JdbcClient jdbc;

    ReplyTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Template(UUID id, String organisationCode, String title, String body) {
    }

    @Transactional(readOnly = true)
    public List<Template> forUser(CurrentUser user) {
        staff(user);
        return jdbc.sql("select * from reply_template where organisation_code is null or organisation_code = ? order by organisation_code nulls first, title")
                .param(user.organisationCode())
                .query((rs, n) -> new Template(rs.getObject("id", UUID.class), rs.getString("organisation_code"),
                        rs.getString("title"), rs.getString("body"))).list();
    }

    /** Adds a template for the user's own organisation. */
    @Transactional
    public UUID add(CurrentUser user, String title, String body) {
        staff(user);
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add("Geef een titel van hoogstens 200 tekens.");
        }
        if (body == null || body.isBlank() || body.length() > 2000) {
            problems.add("Geef de tekst van het antwoord (hoogstens 2000 tekens).");
        }
        if (!problems.isEmpty()) {
            throw new Reports.StaffRefused(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into reply_template (id, organisation_code, title, body, created_by) values (?, ?, ?, ?, ?)")
                .params(id, user.organisationCode(), title.trim(), body.trim(), user.getUsername()).update();
        return id;
    }

    /** Removes one of the organisation's own templates (shared ones stay). */
    @Transactional
    public void remove(CurrentUser user, UUID id) {
        staff(user);
        if (jdbc.sql("delete from reply_template where id = ? and organisation_code = ?").params(id, user.organisationCode()).update() == 0) {
            throw new Reports.StaffRefused(List.of("Alleen eigen sjablonen kunnen worden verwijderd."));
        }
    }

    private static void staff(CurrentUser user) {
        if (!ReportHandling.STAFF.contains(user.role())) {
            throw new org.springframework.security.access.AccessDeniedException("reply templates are for staff handling reports");
        }
    }
}
