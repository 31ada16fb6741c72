package org.dischargehub.calls;

import java.util.Collection;
import java.util.Map;

/**
 * Where the calls read how to reach people. The handover module keeps contact details and answers this (it
 * implements this port rather than the calls reading it, so that letters there can ask the calls for dates).
 */
public interface CallContacts {

    /** By referral id; a referral with no details recorded is left out. Writes no audit row: the calls do. */
    Map<String, CallContact> forCalls(Collection<String> referralIds);
}
