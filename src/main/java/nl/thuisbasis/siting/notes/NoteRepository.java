package nl.thuisbasis.siting.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the neighbourhood notes. */
@Repository
class NoteRepository {

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NeighbourhoodNote> forArea(String areaCode) {
        return jdbc.sql("select * from neighbourhood_note where area_code = ? order by noted_on desc, created_at desc")
                .param(areaCode)
                .query((rs, row) -> new NeighbourhoodNote(rs.getObject("id", UUID.class), rs.getString("area_code"),
                        rs.getString("text"), rs.getString("author"), rs.getString("organisation"),
                        rs.getObject("noted_on", LocalDate.class)))
                .list();
    }

    void insert(NeighbourhoodNote note) {
        jdbc.sql("insert into neighbourhood_note (id, area_code, text, author, organisation, noted_on) values (?, ?, ?, ?, ?, ?)")
                .params(note.id(), note.areaCode(), note.text(), note.author(), note.organisation(), note.notedOn()).update();
    }
}
