package nl.thuisbasis.outflow.domain.matching;

/** The hard rules, in the order they are checked and explained. */
public enum Rule {
    BEDROOMS("te weinig slaapkamers"),
    ACCESS("toegankelijkheid past niet"),
    RENT("huur boven de passende grens"),
    MUNICIPALITY("gemeente niet aanvaardbaar voor de kandidaat"),
    EXCLUDED_NEIGHBOURHOOD("buurt uitgesloten"),
    RED_NEIGHBOURHOOD("buurt rood in de draagkrachtscan voor deze plaatsing"),
    CORPORATION_CAP("corporatie heeft haar plafond bereikt"),
    DECLINED("woning eerder geweigerd");

    private final String dutch;

    Rule(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
