import type { BreakdownKey, Localized } from './indicator.js';

/** How a report's file names its breakdowns and their categories (the web app has its own, through i18n). */
export const breakdownLabels: Record<BreakdownKey, Localized> = {
  member_organization: { fr: 'Structure membre', en: 'Member organization' },
  sex: { fr: 'Sexe', en: 'Sex' },
  age_band: { fr: "Tranche d'âge", en: 'Age band' },
  nationality: { fr: 'Nationalité', en: 'Nationality' },
  nationality_group: { fr: 'Région du monde de la nationalité', en: 'Nationality by world region' },
  immigration_status: { fr: 'Statut', en: 'Immigration status' },
  intake_source: { fr: 'Source de repérage', en: 'Intake source' },
  language_level_at_entry: { fr: "Niveau de langue à l'entrée", en: 'Language level at entry' },
};

const labels: Partial<Record<BreakdownKey, Record<string, Localized>>> = {
  sex: {
    female: { fr: 'Femme', en: 'Female' },
    male: { fr: 'Homme', en: 'Male' },
    other: { fr: 'Autre', en: 'Other' },
  },
  age_band: {
    under_26: { fr: 'Moins de 26 ans', en: 'Under 26' },
    '26_44': { fr: '26 à 44 ans', en: '26 to 44' },
    '45_54': { fr: '45 à 54 ans', en: '45 to 54' },
    '55_plus': { fr: '55 ans et plus', en: '55 and over' },
  },
  intake_source: {
    partner_referral: { fr: 'Orientation par un partenaire', en: 'Referral by a partner' },
    outreach_event: { fr: 'Action de repérage (aller-vers)', en: 'Outreach event' },
    walk_in: { fr: 'Venue spontanée', en: 'Walk-in' },
    web_form: { fr: 'Formulaire en ligne', en: 'Web form' },
    other: { fr: 'Autre', en: 'Other' },
  },
  immigration_status: {
    refugee: { fr: 'Réfugié·e', en: 'Refugee' },
    subsidiary_protection: { fr: 'Protection subsidiaire', en: 'Subsidiary protection' },
    asylum_seeker: { fr: "Demandeur·se d'asile", en: 'Asylum seeker' },
    csq_holder_abroad: {
      fr: 'Titulaire du CSQ (à l’étranger)',
      en: 'Québec selection certificate holder (abroad)',
    },
    permanent_resident: { fr: 'Résident·e permanent·e', en: 'Permanent resident' },
    work_permit: { fr: 'Permis de travail', en: 'Work permit' },
    naturalized_citizen: { fr: 'Naturalisé·e', en: 'Naturalized citizen' },
    other: { fr: 'Autre', en: 'Other' },
    asylee: { fr: 'Asilé·e (asylee)', en: 'Asylee' },
    special_immigrant_visa: { fr: 'Visa spécial d’immigrant (SIV)', en: 'Special Immigrant Visa (SIV)' },
    parolee: { fr: 'Admission humanitaire (parole)', en: 'Humanitarian parolee' },
    temporary_protected_status: {
      fr: 'Statut de protection temporaire (TPS)',
      en: 'Temporary Protected Status (TPS)',
    },
    protected_person: { fr: 'Personne protégée', en: 'Protected person' },
    residence_permit: { fr: 'Titre de séjour', en: 'Residence permit' },
  },
};

const unknown: Localized = { fr: 'Non renseigné', en: 'Not recorded' };

/** A category's name in a language; member organizations by their names, countries and world regions by Intl. */
export function categoryLabel(
  key: BreakdownKey,
  category: string,
  language: 'fr' | 'en',
  organizationNames: ReadonlyMap<string, string>,
): string {
  if (category === 'unknown') return unknown[language];
  if (key === 'member_organization') return organizationNames.get(category) ?? category;
  if (key === 'nationality' || key === 'nationality_group') {
    try {
      return new Intl.DisplayNames([language], { type: 'region' }).of(category) ?? category;
    } catch {
      return category;
    }
  }
  return labels[key]?.[category]?.[language] ?? category;
}
