package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Item;
import org.junit.jupiter.api.Test;

class ReadinessChecklistTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final List<Item> ITEMS = List.of(new Item("A", "a", "a", true), new Item("B", "b", "b", true),
            new Item("OLD", "old", "old", false), new Item(ReadinessChecklist.PRIORITY_SCHEME, "p", "p", true));

    @Test
    void ready_when_every_active_item_is_confirmed_on_the_latest_day_of_the_items_other_than_registration() {
        Map<String, Confirmation> c = new LinkedHashMap<>();
        c.put("A", new Confirmation("A", TODAY.minusDays(20), "x"));
        assertThat(ReadinessChecklist.summary(ITEMS, c, false)).satisfies(s -> {
            assertThat(s.total()).isEqualTo(3);
            assertThat(s.confirmed()).isEqualTo(1);
            assertThat(s.complete()).isFalse();
            assertThat(s.readyOn()).isNull();
        });
        c.put("B", new Confirmation("B", TODAY.minusDays(10), "y"));
        c.put(ReadinessChecklist.PRIORITY_SCHEME, new Confirmation(ReadinessChecklist.PRIORITY_SCHEME, TODAY, "z"));
        assertThat(ReadinessChecklist.summary(ITEMS, c, false)).satisfies(s -> {
            assertThat(s.complete()).isTrue();
            assertThat(s.readyOn()).isEqualTo(TODAY.minusDays(10));
        });
    }

    @Test
    void an_item_has_a_day_and_who_or_neither() {
        Set<String> codes = Set.of("A", "B");
        LocalDate born = LocalDate.of(1990, 1, 1);
        Map<String, Confirmation> entered = new LinkedHashMap<>();
        entered.put("A", new Confirmation("A", TODAY, null));
        entered.put("B", new Confirmation("B", null, "Iemand"));
        entered.put("C", new Confirmation("C", TODAY, "x"));
        assertThat(ReadinessChecklist.problems(entered, codes, TODAY, born)).extracting(Problem::field)
                .containsExactly("by[A]", "on[B]", "on[C]"); // an item not on the list: at its day
        assertThat(ReadinessChecklist.problems(Map.of("A", new Confirmation("A", TODAY.plusDays(1), "x")), codes, TODAY, born))
                .extracting(Problem::field).containsExactly("on[A]");
        assertThat(ReadinessChecklist.problems(Map.of("A", new Confirmation("A", null, null)), codes, TODAY, born)).isEmpty();
    }
}
