package org.crosscheck;

/** How firmly a claim is put. */
public enum Modality {
  /** Stated as a fact: "Russia backs Assad". */
  ASSERTED,
  /** Hedged: may, might, could, reportedly, seems; قد، ربما، من الممكن، يبدو. */
  HEDGED,
  /** Under a condition: "if necessary", "in the event of"; إذا، في حال، إذا لزم الأمر. */
  CONDITIONAL,
  /** About the future or an intention: will, plans to, intends to; سـ، سوف، تعتزم، تنوي. */
  FUTURE;

  /** Whether the claim is weaker than a plain assertion (hedged or conditional). */
  public boolean isQualified() {
    return this == HEDGED || this == CONDITIONAL;
  }
}
