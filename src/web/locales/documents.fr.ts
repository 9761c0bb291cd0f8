import type { documentsTimelineKindsEn } from './documents.en.js';
import type { Messages } from './en.js';

/** Textes français : the person's documents (upload, download, types). */
export const documentsFr: Messages['documents'] = {
  tab: 'Documents',
};

export const documentsTimelineKindsFr: Record<keyof typeof documentsTimelineKindsEn, string> = {};
