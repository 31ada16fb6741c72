package org.dischargehub.providerstatus;

import java.util.List;

/** A provider's rating and the rules that made it so. */
public record Rating(Rag rag, List<String> because) {
}
