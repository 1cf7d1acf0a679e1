package nl.thuisbasis.web;

import java.util.List;
import nl.thuisbasis.identity.CurrentUser;

/**
 * What a module has waiting for a member of staff, for their start page ("what needs me now"): a module offers it by
 * providing a bean of this type; the start page does not need to know the module. Only what this user may see, and no
 * personal data of clients: a count links to the list that shows (and logs) the records.
 */
public interface WorkSource {

    /** The work waiting for this user, most urgent first; empty when there is none. */
    List<WorkItem> work(CurrentUser user);
}
