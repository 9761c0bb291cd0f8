/** Placeholder until the module's screen lands in this file. */
export function TimelineTab(_props: { personId: string }) {
  return null;
}
