import { defineError } from '../../core/errors.js';

/**
 * The employers directory's refusals, each with a stable code. Messages never carry a contact's name
 * (contacts are personal data): only the employer's name, a number or a field.
 */
export const employerErrors = {
  employerNotFound: defineError('EMPLOYER_NOT_FOUND', 'not_found', {
    en: 'This employer does not exist or is not shared with your organization.',
    fr: "Cet employeur n'existe pas ou n'est pas partagé avec votre structure.",
  }),
  readOnly: defineError<{ organization: string }>('EMPLOYER_SHARED_READ_ONLY', 'forbidden', {
    en: '{organization} shares this employer with your consortium to read only. Ask them to record the change.',
    fr: '{organization} partage cet employeur avec votre consortium en lecture seule. Demandez-lui d’enregistrer la modification.',
  }),
  legalIdentifierTaken: defineError<{ identifier: string }>('EMPLOYER_LEGAL_ID_TAKEN', 'conflict', {
    en: 'Your directory already has an employer with the identifier {identifier}. Open it rather than creating it again. Nothing was saved.',
    fr: 'Votre répertoire contient déjà un employeur avec l’identifiant {identifier}. Ouvrez-le plutôt que de le créer à nouveau. Rien n’a été enregistré.',
  }),
  siretInvalid: defineError('EMPLOYER_LEGAL_ID_INVALID', 'bad_request', {
    en: 'This is not a valid SIRET: 14 digits whose check key (Luhn) is right. Copy it from the company’s Kbis or from annuaire-entreprises.data.gouv.fr.',
    fr: 'Ce n’est pas un SIRET valide : 14 chiffres dont la clé de contrôle (Luhn) est juste. Recopiez-le depuis le Kbis de l’entreprise ou annuaire-entreprises.data.gouv.fr.',
  }),
  einInvalid: defineError('EMPLOYER_LEGAL_ID_INVALID', 'bad_request', {
    en: 'This is not a valid EIN: 9 digits written NN-NNNNNNN, beginning with a prefix the IRS assigns.',
    fr: 'Ce n’est pas un EIN valide : 9 chiffres écrits NN-NNNNNNN, commençant par un préfixe attribué par l’IRS.',
  }),
  neqInvalid: defineError('EMPLOYER_LEGAL_ID_INVALID', 'bad_request', {
    en: 'This is not a valid NEQ: 10 digits beginning with 11, 22, 33 or 88, as the Registraire des entreprises du Québec gives it.',
    fr: 'Ce n’est pas un NEQ valide : 10 chiffres commençant par 11, 22, 33 ou 88, tel que le Registraire des entreprises du Québec l’attribue.',
  }),
  sectorCodeInvalid: defineError<{ scheme: string }>('EMPLOYER_SECTOR_CODE_INVALID', 'bad_request', {
    en: 'This is not a {scheme} code: a NAF code reads like 88.99B, a NAICS or SCIAN code has 2 to 6 digits (e.g. 622110).',
    fr: 'Ce n’est pas un code {scheme} : un code NAF s’écrit comme 88.99B, un code SCIAN ou NAICS compte 2 à 6 chiffres (par ex. 622110).',
  }),
  postalCodeInvalid: defineError('EMPLOYER_POSTAL_CODE_INVALID', 'bad_request', {
    en: 'This postal code does not exist in the employer’s country: 5 digits in France, a ZIP code (12345 or 12345-6789) in the United States, A1A 1A1 in Canada.',
    fr: 'Ce code postal n’existe pas dans le pays de l’employeur : 5 chiffres en France, un ZIP code (12345 ou 12345-6789) aux États-Unis, A1A 1A1 au Canada.',
  }),
  siaeOutsideFrance: defineError('EMPLOYER_SIAE_OUTSIDE_FRANCE', 'bad_request', {
    en: 'Only an employer in France can be an SIAE (a French work-integration structure).',
    fr: 'Seul un employeur situé en France peut être une SIAE.',
  }),
  consortiumUnknown: defineError('EMPLOYER_CONSORTIUM_UNKNOWN', 'bad_request', {
    en: 'Choose one of the consortia your organization belongs to.',
    fr: 'Choisissez l’un des consortiums dont votre structure fait partie.',
  }),
  siteNotFound: defineError('EMPLOYER_SITE_NOT_FOUND', 'not_found', {
    en: 'This site does not exist or was removed.',
    fr: "Ce site n'existe pas ou a été retiré.",
  }),
  contactNotFound: defineError('EMPLOYER_CONTACT_NOT_FOUND', 'not_found', {
    en: 'This contact does not exist at this employer.',
    fr: "Ce contact n'existe pas chez cet employeur.",
  }),
  commitmentNotFound: defineError('EMPLOYER_COMMITMENT_NOT_FOUND', 'not_found', {
    en: 'This commitment does not exist at this employer.',
    fr: "Cet engagement n'existe pas chez cet employeur.",
  }),
  commitmentMoveRefused: defineError('EMPLOYER_COMMITMENT_MOVE_REFUSED', 'conflict', {
    en: 'This commitment cannot take that status now. A withdrawn commitment stays withdrawn (record a new one); a fulfilled or unfulfilled one can only be reopened as in progress.',
    fr: 'Cet engagement ne peut pas prendre ce statut maintenant. Un engagement retiré le reste (enregistrez-en un nouveau) ; un engagement tenu ou non tenu peut seulement être rouvert (en cours).',
  }),
};
