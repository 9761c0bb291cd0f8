/** Placeholder until the module's screen lands in this file. */
export function DocumentsTab(_props: { personId: string }) {
  return null;
}
