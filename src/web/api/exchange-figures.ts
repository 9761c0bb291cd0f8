import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import { handoffFiguresRoute, referralFiguresRoute } from '../../contracts/exchange-figures.js';
import { call } from './client.js';

export type ReferralFigures = Output<typeof referralFiguresRoute>;
export type HandoffFigures = Output<typeof handoffFiguresRoute>;

/** A program's referrals over a period, counts only (small cells null). */
export function useReferralFigures(programId: string, period: { from: string; to: string }, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['referral-figures', programId, period],
    queryFn: ({ signal }) => call(referralFiguresRoute, { params: { id: programId }, query: period, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** A program's hand-offs over a period, counts only (small cells null). */
export function useHandoffFigures(programId: string, period: { from: string; to: string }, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['handoff-figures', programId, period],
    queryFn: ({ signal }) => call(handoffFiguresRoute, { params: { id: programId }, query: period, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}
