/**
 * ESCO writes a gendered preferred label as "masculine/feminine" ("directeur technique/directrice
 * technique", "المدير الفني / المديرة الفنية", "waiter/waitress"). A person's file shows the form of the
 * person's sex; when it is unknown (or neither), both forms, as ESCO writes them.
 */
export type OccupationSex = 'female' | 'male' | 'other' | null | undefined;

/** The two forms, or null when the label is not one gendered pair. */
export function genderedForms(label: string): { masculine: string; feminine: string } | null {
  const slashes = [...label.matchAll(/\//g)].map((match) => match.index);
  // A form may hold a slash of its own ("formateur «illettrisme/FLE»/formatrice «illettrisme/FLE»"):
  // the pair is split at the middle slash.
  if (slashes.length % 2 === 0) return trailingSlashPair(label, slashes);
  const middle = slashes[(slashes.length - 1) / 2]!;
  const masculine = label.slice(0, middle).trim();
  const feminine = label.slice(middle + 1).trim();
  if (!masculine || !feminine) return null;
  const masculineWords = masculine.split(/\s+/);
  const feminineWords = feminine.split(/\s+/);
  if (masculineWords.length === 1 && feminineWords.length > 1) {
    // "chaudronnier/chaudronnière de cuivre": the complement is written once, after the feminine.
    // "técnico/a de codificación" (a suffix, not a word) is left as ESCO writes it.
    if ((feminineWords[0] ?? '').length <= 2) return null;
    return { masculine: [masculine, ...feminineWords.slice(1)].join(' '), feminine };
  }
  return { masculine, feminine };
}

/** "directora de desarrollo/…/": a stray slash at the end is not a form. */
function trailingSlashPair(label: string, slashes: number[]) {
  const trimmed = label.trim();
  if (slashes.length === 2 && trimmed.endsWith('/')) return genderedForms(trimmed.slice(0, -1));
  return null;
}

/** The label to show for a person of that sex, with a capital letter as the first of a line. */
export function occupationLabelFor(preferredLabel: string, sex: OccupationSex): string {
  const forms = sex === 'female' || sex === 'male' ? genderedForms(preferredLabel) : null;
  const label = forms ? (sex === 'female' ? forms.feminine : forms.masculine) : preferredLabel.trim();
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}
