package nl.thuisbasis.outflow.monitor;

import nl.thuisbasis.identity.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidateLinks;
import nl.thuisbasis.outflow.candidate.CandidateRepository;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.region.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a figure of the monitor: the same list the figure is counted from, filtered to the figure and its
 * key. Every row is a record of a person, also when it shows only the mark: each one shown is logged as a read.
 */
@Service
class MonitorRecords {

    private final OutflowMonitor monitor;
    private final OutflowSettings settings;
    private final Vacancies vacancies;
    private final CandidateRepository candidates;
    private final CandidateLinks links;
    private final OutflowNames names;
    private final ProcessingLog log;
    private final Messages messages;

    MonitorRecords(OutflowMonitor monitor, OutflowSettings settings, Vacancies vacancies, CandidateRepository candidates,
            CandidateLinks links, OutflowNames names, ProcessingLog log, Messages messages) {
        this.monitor = monitor;
        this.settings = settings;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.links = links;
        this.names = names;
        this.log = log;
        this.messages = messages;
    }

    @Transactional
    public OutflowMonitor.RecordList records(CurrentUser user, String regionCode, int year, OutflowMonitor.Figure figure, String key,
            Integer quarter) {
        OutflowMonitor.aggregates(user);
        Region region = settings.region(regionCode);
        OutflowSettings.Norms norms = settings.norms(region.code());
        OutflowNames.Lookup lookup = names.lookup();
        Locale locale = Messages.locale();
        Function<LocalDate, String> date = d -> d == null ? "-" : DateFormats.date(d, locale);
        Function<String, String> text = k -> messages.text(locale, k);
        Function<Integer, String> quarterOf = q -> messages.text(locale, "out.quarter", q);
        List<OutflowMonitor.RecordRow> rows = new ArrayList<>();
        List<Map.Entry<UUID, CandidateAccess.Level>> shown = new ArrayList<>();
        List<String> columns;
        switch (figure) {
            case WAITS, INFLOW -> {
                List<OutflowMonitor.WaitRecord> list = monitor.waits(region.code(), year, norms, lookup).stream()
                        .filter(w -> figure == OutflowMonitor.Figure.WAITS ? key == null || w.state().name().equals(key)
                                : key != null && String.valueOf(w.urgencyOn().getMonthValue()).equals(key))
                        .toList();
                columns = columns(locale, "decidingMunicipality", "urgencySince", "firstOffer", "days", "state");
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.WaitRecord::candidateId).toList());
                for (OutflowMonitor.WaitRecord w : list) {
                    rows.add(row(w.mark(), w.candidateId(), w.reference(), levels, "/uitstroom/kandidaten/" + w.candidateId(),
                            List.of(w.municipalityName(), date.apply(w.urgencyOn()), date.apply(w.firstOfferOn()),
                                    Long.toString(w.waitingDays()), text.apply(OutflowMonitor.label(w.state().name()))), shown));
                }
            }
            case HOUSED_MUNICIPALITY, HOUSED_CORPORATION, OUTFLOW -> {
                List<OutflowMonitor.HousedRecord> list = monitor.housed(region.code(), year, lookup).stream()
                        .filter(h -> switch (figure) {
                            case HOUSED_MUNICIPALITY -> key == null || h.municipalityCode().equals(key);
                            case HOUSED_CORPORATION -> key == null || h.corporationCode().equals(key);
                            default -> key != null && String.valueOf(h.startsOn().getMonthValue()).equals(key);
                        })
                        .filter(h -> quarter == null || h.quarter() == quarter)
                        .toList();
                columns = columns(locale, "dwellingMunicipality", "corporation", "agreementFrom", "quarter");
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.HousedRecord::candidateId).toList());
                for (OutflowMonitor.HousedRecord h : list) {
                    rows.add(row(h.mark(), h.candidateId(), h.reference(), levels, "/uitstroom/huurzorg/" + h.tenancyId(),
                            List.of(h.municipalityName(), h.corporationName(), date.apply(h.startsOn()), quarterOf.apply(h.quarter())),
                            shown));
                }
            }
            case CAP -> {
                columns = columns(locale, "corporation", "quarter", "reportedVacancies", "reportedBy");
                String code = key == null ? "" : key;
                for (Vacancies.Total t : vacancies.totals(code, year)) {
                    rows.add(new OutflowMonitor.RecordRow("T-" + t.year() + "K" + t.quarter(), null, null, List.of(lookup.organisation(code),
                            quarterOf.apply(t.quarter()), Integer.toString(t.total()), t.reportedBy())));
                }
                List<OutflowMonitor.HousedRecord> let = monitor.housed(region.code(), year, lookup).stream().filter(h -> h.corporationCode().equals(code)).toList();
                Map<UUID, CandidateAccess.Level> levels = levels(user, let.stream().map(OutflowMonitor.HousedRecord::candidateId).toList());
                for (OutflowMonitor.HousedRecord h : let) {
                    rows.add(row(h.mark(), h.candidateId(), h.reference(), levels, "/uitstroom/huurzorg/" + h.tenancyId(),
                            List.of(h.corporationName(), quarterOf.apply(h.quarter()),
                                    messages.text(locale, "out.monitor.cell.let", h.startsOn()), ""), shown));
                }
            }
            case OUTCOME -> {
                List<OutflowMonitor.OutcomeRecord> list = monitor.outcomes(region.code(), year, lookup).stream()
                        .filter(o -> key == null || o.outcome().equals(key)).toList();
                columns = columns(locale, "dwellingMunicipality", "corporation", "from", "agreedEnd", "outcome", "decidedOn");
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.OutcomeRecord::candidateId).toList());
                for (OutflowMonitor.OutcomeRecord o : list) {
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/huurzorg/" + o.tenancyId(),
                            List.of(o.municipalityName(), o.corporationName(), date.apply(o.startsOn()), date.apply(o.agreedEndsOn()),
                                    messages.has(OutflowMonitor.label(o.outcome())) ? text.apply(OutflowMonitor.label(o.outcome()))
                                            : "-", date.apply(o.decidedOn())), shown));
                }
            }
            case SIGNALS, EVICTION_PREVENTED -> {
                // the signals counted in a tenancy outcome: of the agreements with that outcome (all, or closed as prevented)
                Map<UUID, OutflowMonitor.OutcomeRecord> agreements = new HashMap<>();
                monitor.outcomes(region.code(), year, lookup).stream().filter(o -> key == null || o.outcome().equals(key))
                        .forEach(o -> agreements.put(o.tenancyId(), o));
                List<MonitorRepository.Signal> list = monitor.signals(region.code(), year).stream()
                        .filter(x -> agreements.containsKey(x.tenancyId()))
                        .filter(x -> figure == OutflowMonitor.Figure.SIGNALS || "EVICTION_PREVENTED".equals(x.outcome())).toList();
                columns = columns(locale, "corporation", "signalType", "receivedOn", "signalOutcome", "outcome");
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream()
                        .map(x -> agreements.get(x.tenancyId()).candidateId()).toList());
                for (MonitorRepository.Signal x : list) {
                    OutflowMonitor.OutcomeRecord o = agreements.get(x.tenancyId());
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/signalen/" + x.signalId(),
                            List.of(o.corporationName(), text.apply("out.signal.type." + x.type()),
                                    date.apply(x.receivedOn()), x.outcome() == null ? text.apply("out.signal.status.open")
                                            : text.apply("out.signal.outcome." + x.outcome()),
                                    messages.has(OutflowMonitor.label(o.outcome())) ? text.apply(OutflowMonitor.label(o.outcome()))
                                            : "-"), shown));
                }
            }
            case COMMITTED -> {
                List<MonitorRepository.Committed> list = monitor.committed(region.code()).stream()
                        .filter(c -> key == null || c.corporationCode().equals(key)).toList();
                columns = columns(locale, "corporation", "dwellingMunicipality", "stage", "since");
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(MonitorRepository.Committed::candidateId).toList());
                for (MonitorRepository.Committed c : list) {
                    rows.add(row(c.mark(), c.candidateId(), c.reference(), levels, "/uitstroom/kandidaten/" + c.candidateId(),
                            List.of(lookup.organisation(c.corporationCode()), lookup.area(c.municipalityCode()),
                                    text.apply("out.vacancy." + c.vacancyStatus()), date.apply(c.since())), shown));
                }
            }
            case OPEN_OFFERS, STALLED_OFFERS -> {
                List<OutflowMonitor.OpenOfferRecord> list = monitor.openOffers(region.code(), norms, lookup).stream()
                        .filter(o -> key == null || o.corporationCode().equals(key))
                        .filter(o -> figure == OutflowMonitor.Figure.OPEN_OFFERS || o.stalled()).toList();
                columns = columns(locale, "corporation", "dwellingMunicipality", "offeredOn", "daysWithoutAnswer", "stalled");
                Map<UUID, CandidateAccess.Level> levels = levels(user, list.stream().map(OutflowMonitor.OpenOfferRecord::candidateId).toList());
                for (OutflowMonitor.OpenOfferRecord o : list) {
                    rows.add(row(o.mark(), o.candidateId(), o.reference(), levels, "/uitstroom/kandidaten/" + o.candidateId(),
                            List.of(o.corporationName(), o.municipalityName(), date.apply(o.offeredOn()), Long.toString(o.daysOpen()),
                                    text.apply(o.stalled() ? "out.yes" : "out.no")), shown));
                }
            }
            default -> throw new IllegalArgumentException(figure.name());
        }
        String title = messages.text(locale, "out.monitor.records." + figure.name(), norms.stalledOfferDays());
        // every row is a record of a person, also when it shows only the mark (pseudonymised): each one is logged
        log.recordEach(shown.stream().map(read -> Processing.of("outflow.candidate.read", "candidate", read.getKey().toString(),
                OutflowAccess.PURPOSE, LegalBasis.PRIORITY_SCHEME).withDetailsKey(read.getValue() == CandidateAccess.Level.NONE
                        ? "out.log.monitor.markOnly" : "out.log.monitor.read", Problem.label("out.log.figure." + figure.name()),
                        Problem.label("out.log.level." + read.getValue().name()))).toList());
        return new OutflowMonitor.RecordList(figure, key, quarter, title, columns, rows, keyLabel(figure, key, lookup, locale));
    }

    /** What the selection of a record list is, in words: a state, a month, a municipality, a corporation, an outcome. */
    private String keyLabel(OutflowMonitor.Figure figure, String key, OutflowNames.Lookup lookup, Locale locale) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String labelKey = switch (figure) {
            case WAITS, OUTCOME, SIGNALS, EVICTION_PREVENTED -> OutflowMonitor.label(key);
            case INFLOW, OUTFLOW -> "out.month." + key;
            default -> null;
        };
        if (labelKey != null) {
            return messages.has(labelKey) ? messages.text(locale, labelKey) : null;
        }
        return figure == OutflowMonitor.Figure.HOUSED_MUNICIPALITY ? lookup.area(key) : lookup.organisation(key);
    }

    /** The column headings of a record list, in the reader's language. */
    private List<String> columns(Locale locale, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> messages.text(locale, "out.monitor.column." + c)).toList();
    }

    /**
     * A row of a record list: the reference and the link to the record only for whoever may see the candidate (who may
     * see the candidate may see its offers and agreement); for everyone else the mark alone.
     */
    private static OutflowMonitor.RecordRow row(String mark, UUID candidate, String reference, Map<UUID, CandidateAccess.Level> levels,
            String link, List<String> cells, List<Map.Entry<UUID, CandidateAccess.Level>> shown) {
        CandidateAccess.Level level = levels.getOrDefault(candidate, CandidateAccess.Level.NONE);
        boolean seen = level != CandidateAccess.Level.NONE;
        shown.add(Map.entry(candidate, level));
        return new OutflowMonitor.RecordRow(mark, seen ? reference : null, seen ? link : null, cells);
    }

    private Map<UUID, CandidateAccess.Level> levels(CurrentUser user, List<UUID> ids) {
        Map<UUID, CandidateAccess.Level> levels = new HashMap<>();
        if (ids.isEmpty()) {
            return levels;
        }
        Map<UUID, Set<String>> linked = links.linkedCorporations(ids);
        Viewer viewer = OutflowAccess.viewer(user);
        candidates.findAll(ids).forEach((id, row) -> levels.put(id, CandidateAccess.level(viewer,
                row.subject(linked.getOrDefault(id, Set.of())))));
        return levels;
    }

}
