/** Placeholder until the module's screen lands in this file. */
export function PlanTab(_props: { personId: string }) {
  return null;
}
