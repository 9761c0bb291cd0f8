/** Placeholder until the module's screen lands in this file. */
export function FollowUpTab(_props: { personId: string }) {
  return null;
}
