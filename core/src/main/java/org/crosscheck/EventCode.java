package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The CAMEO event a claim's cue reports: "accused … of terrorism" is 1124, "Accuse", under root 11, "Disapprove".
 * Codes 03–08 are cooperation, 11–20 conflict, as in the CAMEO codebook. Immutable and thread-safe.
 *
 * @param code the CAMEO code, two to four digits
 * @param label the code's name in the CAMEO codebook
 */
public record EventCode(String code, String label) {

  public EventCode {
    requireNonNull(code, "code");
    checkArgument(code.matches("\\d{2,4}"), "code must be a CAMEO code of 2 to 4 digits, got %s", code);
    requireNonNull(label, "label");
    checkArgument(!label.isBlank(), "label must not be blank");
  }

  /** The two-digit root ("11" for 1124). */
  public String root() {
    return code.substring(0, 2);
  }
}
