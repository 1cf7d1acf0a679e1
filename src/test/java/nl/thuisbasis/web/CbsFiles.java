package nl.thuisbasis.web;


/** Small CBS files in the PDOK municipality layout, with real 2023 values from the shipped data. */
final class CbsFiles {

    /** Two municipalities with their own 2023 figures: importing it changes nothing visible. */
    static final String VALID_MUNICIPALITIES = """
            gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar
            GM0482,Alblasserdam,20356,8484,2023
            GM0505,Dordrecht,121434,56730,2023
            """;

    /** A good first row that would change Dordrecht, then a bad code and a non-numeric figure. */
    static final String MALFORMED_MUNICIPALITIES = """
            gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar
            GM0505,Dordrecht,1,1,2023
            GM05X5,Nergensdorp,100,50,2023
            GM0482,Alblasserdam,veel,8484,2023
            """;

    private CbsFiles() {
    }

}
