package nl.thuisbasis.reports.handling;

import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;

/** Which part of the queue: routed to my organisation, or everything I may see. */
enum Scope {
    MINE, ALL;

    /**
     * The part the queue page opens on: what needs this organisation. A municipality answers for what happens on its
     * territory, so it opens on every report it may see (those about its locations routed to a provider included),
     * not on the few routed to itself; everyone else on what was routed to them.
     */
    static Scope openingFor(CurrentUser user) {
        return user.role() == Role.MUNICIPALITY ? ALL : MINE;
    }
}
