import { z } from 'zod';
import { offerBody } from '../../../contracts/offers.js';
import { AppError } from '../../../core/errors.js';
import { type Translated, translate } from '../../../core/i18n/locale.js';
import { type ImportColumn, importBoolean } from '../domain/import-columns.js';
import { parsePayAmount } from '../domain/pay.js';
import type { OfferInput } from './offer-terms.js';

export interface Refusal {
  code: string;
  column: string | null;
  message: Translated;
}

/** A row's cells by column; a column the file lacks, or an empty cell, is undefined. */
export type Cells = Partial<Record<ImportColumn, string>>;

const unreadable = (column: ImportColumn, what: Translated): Refusal => ({
  code: 'OFFER_IMPORT_VALUE_UNREADABLE',
  column,
  message: {
    en: `The value of ${column} does not read: ${what.en}.`,
    fr: `La valeur de ${column} ne se lit pas : ${what.fr}.`,
  },
});

const expected = {
  number: { en: 'write a number, like 35 or 17.5', fr: 'écrivez un nombre, comme 35 ou 17,5' },
  amount: { en: 'write an amount, like 1766.92', fr: 'écrivez un montant, comme 1766,92' },
  yesNo: { en: 'write yes or no', fr: 'écrivez oui ou non' },
  date: { en: 'write a date as 2027-01-31', fr: 'écrivez une date comme 2027-01-31' },
};

/** The employer columns as the employers module's import row takes them (undefined: left as it is). */
export function employerRowOf(cells: Cells): { row: Record<string, unknown> } | { refusal: Refusal } {
  let siae: boolean | undefined;
  if (cells.siae !== undefined) {
    const value = importBoolean(cells.siae);
    if (value === null) return { refusal: unreadable('siae', expected.yesNo) };
    siae = value;
  }
  return {
    row: {
      legalIdentifier: cells.legal_identifier,
      name: cells.employer_name,
      country: cells.country?.toUpperCase(),
      sectorCode: cells.sector_code,
      sectorLabel: cells.sector_label,
      sizeBand: cells.size_band,
      website: cells.website,
      siae,
      siaeKind: cells.siae_kind?.toLowerCase(),
    },
  };
}

/** The employer's fields as the employers module names them, and the file's columns. */
const employerColumnOf: Record<string, ImportColumn> = {
  legalIdentifier: 'legal_identifier',
  name: 'employer_name',
  country: 'country',
  sectorCode: 'sector_code',
  sectorLabel: 'sector_label',
  sizeBand: 'size_band',
  website: 'website',
  siae: 'siae',
  siaeKind: 'siae_kind',
};
export const employerColumn = (field: string | null): string | null =>
  field ? (employerColumnOf[field.split('.')[0] ?? ''] ?? null) : null;

const offerColumnOf: Record<string, ImportColumn> = {
  title: 'offer_title',
  description: 'description',
  escoId: 'esco_id',
  place: 'postal_code',
  'place.postalCode': 'postal_code',
  'place.city': 'city',
  remote: 'remote',
  contractType: 'contract_type',
  contractMonths: 'contract_months',
  workingTime: 'working_time',
  hoursPerWeek: 'hours_per_week',
  pay: 'pay_min',
  'pay.minCents': 'pay_min',
  'pay.maxCents': 'pay_max',
  'pay.period': 'pay_period',
  language: 'language',
  'language.language': 'language',
  'language.scale': 'language_scale',
  'language.level': 'language_level',
  requiredCredentials: 'credentials',
  skills: 'skills',
  startsOn: 'starts_on',
  expiresOn: 'expires_on',
  positions: 'positions',
  source: 'source',
  sourceReference: 'source_reference',
};

/** The file's column of an offer field's path (`body.pay.minCents`, `language.level`). */
export function offerColumn(path: string | null | undefined): string | null {
  if (!path) return null;
  const parts = path.replace(/^body\.?/, '').split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const column = offerColumnOf[parts.slice(0, n).join('.')];
    if (column) return column;
  }
  return null;
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

const codeOf = (label: string) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'credential';

const offerInputSchema = offerBody.omit({ employerId: true });

/**
 * The offer columns of a row as the offers' body takes them, checked by the same schema as the form
 * (so the same limits), or the first refusal with its column.
 */
export function offerInputOf(cells: Cells): { input: OfferInput } | { refusal: Refusal } {
  const numberOf = (column: ImportColumn) => {
    const cell = cells[column];
    if (cell === undefined) return { value: undefined };
    const value = Number(cell.replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(value) ? { value } : { refusal: unreadable(column, expected.number) };
  };
  const numbers: Partial<Record<ImportColumn, number>> = {};
  for (const column of ['contract_months', 'hours_per_week', 'positions'] as const) {
    const read = numberOf(column);
    if ('refusal' in read && read.refusal) return { refusal: read.refusal };
    if (read.value !== undefined) numbers[column] = read.value;
  }
  const amounts: Partial<Record<'pay_min' | 'pay_max', number>> = {};
  for (const column of ['pay_min', 'pay_max'] as const) {
    const cell = cells[column];
    if (cell === undefined) continue;
    const cents = parsePayAmount(cell);
    if (cents === null) return { refusal: unreadable(column, expected.amount) };
    amounts[column] = cents;
  }
  let remote = false;
  if (cells.remote !== undefined) {
    const value = importBoolean(cells.remote);
    if (value === null) return { refusal: unreadable('remote', expected.yesNo) };
    remote = value;
  }
  for (const column of ['starts_on', 'expires_on'] as const)
    if (cells[column] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(cells[column] as string))
      return { refusal: unreadable(column, expected.date) };
  const hasPay = amounts.pay_min !== undefined || amounts.pay_max !== undefined || cells.pay_period;
  const raw = {
    title: cells.offer_title,
    description: cells.description,
    escoId: cells.esco_id,
    place: cells.postal_code || cells.city ? { postalCode: cells.postal_code, city: cells.city } : null,
    remote,
    contractType: cells.contract_type?.toLowerCase(),
    contractMonths: numbers.contract_months,
    workingTime: cells.working_time?.toLowerCase(),
    hoursPerWeek: numbers.hours_per_week,
    pay: hasPay
      ? { minCents: amounts.pay_min, maxCents: amounts.pay_max, period: cells.pay_period?.toLowerCase() }
      : null,
    language: cells.language
      ? {
          language: cells.language,
          scale: cells.language_scale?.toLowerCase() ?? 'cefr',
          level: (cells.language_level ?? '').toUpperCase(),
        }
      : null,
    requiredCredentials: list(cells.credentials).map((label) => ({ code: codeOf(label), label })),
    skills: list(cells.skills),
    startsOn: cells.starts_on,
    expiresOn: cells.expires_on,
    positions: numbers.positions,
    source: cells.source?.toLowerCase(),
    sourceReference: cells.source_reference,
  };
  const parsed = offerInputSchema.safeParse(raw);
  if (parsed.success) return { input: parsed.data };
  return { refusal: zodRefusal(parsed.error, (path) => offerColumn(path)) };
}

export function zodRefusal(error: z.ZodError, columnOf: (path: string) => string | null): Refusal {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const detail = issue?.message ?? '';
  return {
    code: 'VALIDATION_FAILED',
    column: columnOf(path),
    message: {
      en: `This value is missing or invalid: ${detail}`,
      fr: `Cette valeur est manquante ou invalide : ${detail}`,
    },
  };
}

/** An error of the offers' rules (incoherent terms, unknown town…) as a row's refusal. */
export function appErrorRefusal(error: unknown): Refusal {
  if (error instanceof z.ZodError) return zodRefusal(error, offerColumn);
  if (!(error instanceof AppError)) throw error;
  const details = Array.isArray(error.details) ? (error.details as { path?: string; code?: string }[]) : [];
  const first = details[0];
  const code = first?.code && error.code === 'OFFER_INCOHERENT' ? first.code : null;
  return {
    code: error.code,
    column: offerColumn(first?.path),
    message: {
      en: translate(error.messages, 'en', error.params) + (code ? ` (${code})` : ''),
      fr: translate(error.messages, 'fr', error.params) + (code ? ` (${code})` : ''),
    },
  };
}
