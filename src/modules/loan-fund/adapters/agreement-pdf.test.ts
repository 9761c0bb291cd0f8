import { describe, expect, it } from 'vitest';
import {
  drawnLines,
  infoEntry,
  pageCount,
  prose,
  textLines,
  usedFonts,
} from '../../../../test/support/pdf-text.js';
import { type AgreementData, type AgreementInstallment, renderLoanAgreementPdf } from './agreement-pdf.js';

/** Builds a level schedule: equal principal parts (the remainder on the last), due on the 1st or 15th. */
function schedule(count: number, principalCents: number, interestCents: number): AgreementInstallment[] {
  const part = Math.floor(principalCents / count);
  let balance = principalCents;
  return Array.from({ length: count }, (_, i) => {
    const principal = i === count - 1 ? balance : part;
    balance -= principal;
    const year = 2027 + Math.floor(i / 12);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = i % 2 === 0 ? '01' : '15';
    return {
      number: i + 1,
      dueOn: `${year}-${month}-${day}`,
      principalCents: principal,
      interestCents: interestCents,
      feeCents: i === 0 ? 2500 : 0,
      balanceAfterCents: balance,
    };
  });
}

const english: AgreementData = {
  locale: 'en',
  loanReference: 'LN-2026-0042',
  fundName: 'Bridge Credential Loan Fund',
  operatorName: 'Passerelle Newcomer Services',
  currency: 'USD',
  borrowerName: 'Amara Okonkwo',
  principalCents: 200_000,
  annualRateBps: 450,
  termMonths: 12,
  graceMonths: 0,
  originationFeeCents: 2500,
  firstDueOn: '2027-01-01',
  purposes: [
    { label: 'Bar exam fee', amountCents: 150_000, payee: 'State Board of Law Examiners' },
    { label: 'Study materials', amountCents: 50_000, payee: null },
  ],
  installments: schedule(12, 200_000, 375),
  scheduleVersion: 1,
  generatedOn: '2026-11-02',
};

const french: AgreementData = {
  ...english,
  locale: 'fr',
  fundName: 'Fonds de prêt pour la reconnaissance des acquis',
  operatorName: 'Passerelle Québec',
  currency: 'CAD',
  borrowerName: 'Hélène Tremblay',
  annualRateBps: 0,
  graceMonths: 3,
  purposes: [{ label: 'Examen de l’Ordre des infirmières', amountCents: 200_000, payee: 'OIIQ' }],
  installments: schedule(12, 200_000, 0),
};

const money = (locale: string, currency: string, cents: number) =>
  // Printed as Intl writes it, narrow no-break spaces included (the embedded fonts have them).
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
const longDate = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

describe('renderLoanAgreementPdf', () => {
  it('produces a compressed PDF by default', async () => {
    const pdf = await renderLoanAgreementPdf(english);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Filter /FlateDecode');
    expect(pdf.toString('latin1')).not.toMatch(/\] TJ/);
    expect(drawnLines(pdf)).toContain('Borrower: Amara Okonkwo');
  });

  it('prints the English agreement: parties, terms, purposes, every installment and the totals', async () => {
    const pdf = await renderLoanAgreementPdf(english, { compress: false });
    const lines = drawnLines(pdf);
    const text = prose(lines);
    const usd = (cents: number) => money('en-US', 'USD', cents);

    expect(lines).toContain('Loan agreement');
    expect(lines).toContain('Reference: LN-2026-0042');
    expect(lines).toContain('Generated on November 2, 2026');
    expect(lines).toContain('Borrower: Amara Okonkwo');
    expect(text).toContain('Lender: Bridge Credential Loan Fund, operated by Passerelle Newcomer Services');
    expect(usd(english.principalCents)).toBe('$2,000.00');
    expect(lines).toContain(usd(english.principalCents));
    expect(lines).toContain('4.50%');
    expect(lines).toContain('12 months');
    expect(lines).toContain('none');
    expect(lines).toContain('January 1, 2027');
    expect(lines).toContain('Bar exam fee (paid to State Board of Law Examiners)');
    expect(lines).toContain('Study materials (paid to the borrower)');
    expect(lines).toContain(usd(150_000));
    expect(text).not.toContain('restructured');

    for (const installment of english.installments) {
      expect(lines).toContain(longDate('en-US', installment.dueOn));
      expect(lines).toContain(usd(installment.balanceAfterCents));
    }
    const sum = (pick: (i: AgreementInstallment) => number) =>
      english.installments.reduce((total, i) => total + pick(i), 0);
    const totalRow = lines.indexOf('Total');
    expect(lines.slice(totalRow + 1, totalRow + 5)).toEqual([
      usd(sum((i) => i.principalCents)),
      usd(sum((i) => i.interestCents)),
      usd(sum((i) => i.feeCents)),
      usd(sum((i) => i.principalCents + i.interestCents + i.feeCents)),
    ]);

    expect(text).toContain(
      'applied first to fees, then to interest, then to principal, starting with the oldest',
    );
    expect(text).toContain('settles the next installments in the order of their due dates');
    expect(text).toContain('held as a credit');
    expect(text).toContain('No penalty interest is charged');
    expect(text).toContain('contact their counselor');
    expect(text).toContain('at any time, without penalty or fee');
    expect(lines).toContain('For the borrower — Amara Okonkwo');
    expect(lines).toContain('For the fund — Bridge Credential Loan Fund');
    expect(lines.filter((line) => line.startsWith('Date: ____'))).toHaveLength(2);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
  });

  it('prints the French agreement with accents, French dates and amounts, and “sans intérêt” at 0 %', async () => {
    const pdf = await renderLoanAgreementPdf(french, { compress: false });
    const lines = drawnLines(pdf);
    const text = prose(lines);
    const cad = (cents: number) => money('fr-FR', 'CAD', cents);

    expect(lines).toContain('Contrat de prêt');
    expect(lines).toContain('Référence : LN-2026-0042');
    expect(lines).toContain('Établi le 2 novembre 2026');
    expect(lines).toContain('Emprunteur : Hélène Tremblay');
    expect(lines).toContain(cad(french.principalCents));
    expect(cad(french.principalCents)).toMatch(/^2\u202F000,00\u00A0/);
    expect(lines).toContain('sans intérêt');
    expect(lines).toContain('3 mois');
    expect(lines).toContain('1 janvier 2027');
    expect(lines).toContain('Examen de l’Ordre des infirmières (versé à OIIQ)');
    for (const installment of french.installments) {
      expect(lines).toContain(longDate('fr-FR', installment.dueOn));
    }
    expect(lines).toContain('Solde restant');
    expect(text).toContain('imputé d’abord sur les frais, puis sur les intérêts, puis sur le capital');
    expect(text).toContain('Aucun intérêt de pénalité');
    expect(text).toContain('sans pénalité ni frais');
    expect(lines).toContain('Pour l’emprunteur — Hélène Tremblay');
    expect(lines.filter((line) => line.startsWith('Date : ____'))).toHaveLength(2);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('marks a restructured schedule with its version', async () => {
    const en = drawnLines(
      await renderLoanAgreementPdf({ ...english, scheduleVersion: 2 }, { compress: false }),
    );
    const fr = drawnLines(
      await renderLoanAgreementPdf({ ...french, scheduleVersion: 3 }, { compress: false }),
    );
    expect(en).toContain('Restructured schedule, version 2');
    expect(fr).toContain('Échéancier restructuré, version 3');
  });

  it('spreads a 60-installment schedule over several pages, repeating the table header', async () => {
    const long = { ...english, termMonths: 60, installments: schedule(60, 200_000, 375) };
    const pdf = await renderLoanAgreementPdf(long, { compress: false });
    const lines = drawnLines(pdf);
    const pages = pageCount(pdf);

    expect(pageCount(await renderLoanAgreementPdf(english, { compress: false }))).toBeLessThan(pages);
    expect(pages).toBeGreaterThan(1);
    expect(lines.filter((line) => line === 'Balance after').length).toBeGreaterThan(1);
    for (const installment of long.installments) {
      expect(lines).toContain(longDate('en-US', installment.dueOn));
    }
    expect(lines).toContain(`LN-2026-0042 — page 1 of ${pages}`);
    expect(lines).toContain(`LN-2026-0042 — page ${pages} of ${pages}`);
  });

  it('sets the metadata from the data and gives the same bytes for the same data', async () => {
    const pdf = await renderLoanAgreementPdf(french, { compress: false });
    expect(infoEntry(pdf, 'Title')).toBe('Contrat de prêt LN-2026-0042');
    expect(infoEntry(pdf, 'Author')).toBe('Passerelle Québec');
    expect(infoEntry(pdf, 'CreationDate')).toBe('D:20261102000000Z');

    const again = await renderLoanAgreementPdf(french, { compress: false });
    expect(again.equals(pdf)).toBe(true);
    const later = await renderLoanAgreementPdf({ ...french, generatedOn: '2026-11-03' }, { compress: false });
    expect(later.equals(pdf)).toBe(false);
  });

  it('prints names in every script as written, in embedded fonts', async () => {
    for (const borrowerName of [
      'Nguyễn Thị Ánh',
      'Zeynep Ağaoğlu',
      'Ольга Иванова',
      'አበበ ደሳለኝ',
      'محمد علي',
    ]) {
      const pdf = await renderLoanAgreementPdf({ ...english, borrowerName }, { compress: false });
      const lines = textLines(pdf);
      expect(lines).toContain(`Borrower: ${borrowerName}`);
      expect(prose(lines)).toContain(`For the borrower — ${borrowerName}`);
      expect(usedFonts(pdf).every((font) => font.embedded)).toBe(true);
    }
    const french = textLines(
      await renderLoanAgreementPdf({ ...english, locale: 'fr', currency: 'EUR' }, { compress: false }),
    );
    // prose() reads every kind of space as a space.
    expect(prose(french)).toContain('Montant prêté2 000,00 €');
  });

  it('prints the same calendar dates whatever the time zone of the server', async () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['Asia/Tokyo', 'Pacific/Honolulu']) {
        process.env.TZ = zone;
        expect(new Date(2027, 0, 1).getTimezoneOffset()).not.toBe(0);
        const lines = drawnLines(await renderLoanAgreementPdf(english, { compress: false }));
        expect(lines).toContain('January 1, 2027');
        expect(lines).toContain('Generated on November 2, 2026');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('rejects a due date that is not a calendar date', async () => {
    const installments = [{ ...english.installments[0]!, dueOn: '2027-02-30' }];
    await expect(renderLoanAgreementPdf({ ...english, installments })).rejects.toThrow(RangeError);
  });
});
