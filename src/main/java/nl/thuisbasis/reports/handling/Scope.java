package nl.thuisbasis.reports.handling;

/** Which part of the queue: routed to my organisation, or everything I may see. */
enum Scope {
    MINE, ALL
}
