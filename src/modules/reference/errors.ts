import { defineError } from '../../core/errors.js';

export const referenceErrors = {
  occupationNotFound: defineError('OCCUPATION_NOT_FOUND', 'not_found', {
    en: 'This occupation is not in the ESCO classification Passerelle ships. Search for it by name.',
    fr: "Ce métier n'est pas dans la classification ESCO fournie avec Passerelle. Cherchez-le par son nom.",
  }),
  occupationCodeNotFound: defineError('OCCUPATION_CODE_NOT_FOUND', 'not_found', {
    en: 'No occupation has this code in the classifications Passerelle ships (ESCO, ROME, O*NET-SOC, NOC 2021). Search for it by name.',
    fr: "Aucun métier n'a ce code dans les classifications fournies avec Passerelle (ESCO, ROME, O*NET-SOC, CNP 2021). Cherchez-le par son nom.",
  }),
  countryWithoutClassification: defineError('OCCUPATION_COUNTRY_UNSUPPORTED', 'unprocessable', {
    en: 'Equivalent occupations are known for France (ROME), the United States (O*NET-SOC) and Canada (NOC 2021) only. Choose one of these countries.',
    fr: "Les métiers équivalents ne sont connus que pour la France (ROME), les États-Unis (O*NET-SOC) et le Canada (CNP 2021). Choisissez l'un de ces pays.",
  }),
};
