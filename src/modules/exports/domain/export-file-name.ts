import type { ExportFormat, ExportKind } from '../../../contracts/exports.js';

/** `caseload-2026-12-06.xlsx`: what the list is and the organization's day it was taken. */
export function exportFileName(
  kind: ExportKind,
  day: string,
  format: ExportFormat,
  qualifier?: string,
): string {
  const slug = qualifier
    ? `-${qualifier
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase()
        .slice(0, 40)}`
    : '';
  return `${kind}${slug === '-' ? '' : slug}-${day}.${format}`;
}
