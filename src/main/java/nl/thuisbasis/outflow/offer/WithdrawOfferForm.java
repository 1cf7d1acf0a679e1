package nl.thuisbasis.outflow.offer;

/** The corporation withdraws its unanswered offer (a hidden field names it), on the vacancy's page, with the reason. */
record WithdrawOfferForm(OfferId offer, String withdrawOfferReason) {
}
