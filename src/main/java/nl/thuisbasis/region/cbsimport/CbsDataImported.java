package nl.thuisbasis.region.cbsimport;

/** CBS areas, geometry or figures changed: whoever derived something from them derives it again. */
public record CbsDataImported(String fileName, int year) {
}
