package nl.thuisbasis.trajectory.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * Clients as the API answers them: the codes of the record with the names a person reads next to them (the phase and
 * the kind of home in the reader's language, municipalities, the provider and the people by name), each looked up once
 * per answer.
 */
@Component
class ClientResponses {

    private final Messages messages;
    private final People people;
    private final Organisations organisations;
    private final RegionCatalog regions;

    ClientResponses(Messages messages, People people, Organisations organisations, RegionCatalog regions) {
        this.messages = messages;
        this.people = people;
        this.organisations = organisations;
        this.regions = regions;
    }

    ClientResponse one(Clients.Overview overview) {
        Names names = names(List.of(overview.client()));
        List<ClientResponse.PhaseStep> phases = overview.phases().stream()
                .map(p -> new ClientResponse.PhaseStep(p.phase(), phaseName(p.phase()), p.since(), p.note(), p.changedBy(),
                        names.person(p.changedBy())))
                .toList();
        return response(overview.client(), names, phases, null, null);
    }

    /** A page of a caseload, each client with the work that waits as of {@code today}. */
    List<ClientResponse> list(List<Clients.Entry> entries, java.time.LocalDate today) {
        Names names = names(entries.stream().map(Clients.Entry::client).toList());
        return entries.stream().map(e -> response(e.client(), names, null, e, today)).toList();
    }

    private ClientResponse response(ClientView c, Names names, List<ClientResponse.PhaseStep> phases, Clients.Entry work,
            java.time.LocalDate today) {
        return new ClientResponse(c.id(), c.clientNumber(), c.name(), c.birthDate(), c.targetHousing(),
                c.targetHousing() == null ? null : messages.text("traj.housing." + c.targetHousing().name()),
                c.preferredMunicipality(), names.area(c.preferredMunicipality()), c.originMunicipality(),
                names.area(c.originMunicipality()), c.originReason(), c.facilityId(), c.providerCode(),
                organisations.nameOf(c.providerCode()), c.keyWorker(), names.person(c.keyWorker()), c.standIn(),
                names.person(c.standIn()), c.phase(), phaseName(c.phase()), c.phaseSince(), c.candidateId(), c.version(),
                work == null ? null : work.overdueActions(), work == null ? null : work.nextEvaluation(),
                work == null ? null : work.evaluationOverdue(today), work == null ? null : work.daysInFacility(), phases,
                work == null ? null : work.signals().stream().map(s -> new ClientResponse.ClientSignal(s.id(), s.type(),
                        messages.text(s.typeKey()), s.receivedOn(), s.deadline(), s.repeat(), s.overdue())).toList());
    }

    private String phaseName(nl.thuisbasis.trajectory.domain.Phase phase) {
        return messages.text("traj.phase." + phase.name());
    }

    /** The names of the municipalities and the provider's staff of these clients, read once. */
    private Names names(List<ClientView> clients) {
        Map<String, String> areas = new HashMap<>();
        List<String> codes = clients.stream().flatMap(c -> Stream.of(c.preferredMunicipality(), c.originMunicipality()))
                .filter(Objects::nonNull).distinct().toList();
        if (!codes.isEmpty()) {
            regions.areas(codes).forEach(a -> areas.put(a.code(), a.name()));
        }
        Map<String, String> staff = new HashMap<>();
        clients.stream().map(ClientView::providerCode).distinct()
                .forEach(p -> people.staffOf(p).forEach(m -> staff.put(m.username(), m.displayName())));
        return new Names(areas, staff, people);
    }

    private record Names(Map<String, String> areas, Map<String, String> staff, People people) {

        String area(String code) {
            return code == null ? null : areas.getOrDefault(code, code);
        }

        /** Someone no longer on the staff (or never: the system) still has a name, or their username. */
        String person(String username) {
            return username == null ? null : staff.computeIfAbsent(username, people::nameOf);
        }
    }
}
