package nl.thuisbasis.trajectory.domain;

/**
 * The kind of home a trajectory works toward: an ordinary tenancy, one with a tenancy-with-care agreement, Housing
 * First, a shared home with support nearby, or protected housing for now.
 */
public enum TargetHousing {
    INDEPENDENT, TENANCY_WITH_CARE, HOUSING_FIRST, SHARED_SUPPORTED, PROTECTED_HOUSING
}
