package nl.thuisbasis.facility;

/** Who a facility is for (doelgroep); a facility has one or more. */
public enum TargetGroup {
    HOMELESS,
    ADDICTION,
    PSYCHIATRIC,
    DOMESTIC_VIOLENCE,
    EX_OFFENDERS,
    INTELLECTUAL_DISABILITY,
    YOUNG_ADULTS,
    FAMILIES,
    ELDERLY,
    OTHER
}
