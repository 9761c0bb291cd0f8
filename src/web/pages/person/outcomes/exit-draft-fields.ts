import type { ExitDraft } from './exit-draft.js';

/** What each part of the exit form is given: the draft, a way to change one of its fields, the errors. */
export interface ExitDraftFieldsProps {
  draft: ExitDraft;
  set: <K extends keyof ExitDraft>(key: K, value: ExitDraft[K]) => void;
  /** Error messages by the request's paths (`contractEndOn`, `evidence.placementId`…). */
  errors: Record<string, string>;
}
