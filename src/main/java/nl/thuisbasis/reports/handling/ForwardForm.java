package nl.thuisbasis.reports.handling;

/** Forwarding a report to another queue: the queue (an organisation code, or REGION) and why. */
record ForwardForm(String forwardTo, String reason) {

    static final ForwardForm EMPTY = new ForwardForm(null, null);

    Handling.Forward forward() {
        return new Handling.Forward(forwardTo, reason);
    }
}
