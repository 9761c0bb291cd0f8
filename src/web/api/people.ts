import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { listStaffRoute } from '../../contracts/accounts.js';
import { defineRoute } from '../../contracts/define.js';
import { call } from './client.js';
import { useSession } from './session.js';

// Provisional: replaced by src/contracts/people.ts and programs.ts as soon as they land.
const listPeople = defineRoute({
  method: 'GET',
  path: '/api/people',
  policy: 'session',
  summary: '',
  tags: [],
  query: z.record(z.string(), z.unknown()),
  response: z.unknown(),
});

export const immigrationStatuses = [
  'refugee',
  'subsidiary_protection',
  'asylum_seeker',
  'csq_holder_abroad',
  'permanent_resident',
  'work_permit',
  'naturalized_citizen',
  'other',
] as const;
export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const caseloadSorts = ['name', 'recent', 'birthDate', 'enrolledAt'] as const;

export interface CaseloadFilters {
  q?: string;
  programId?: string;
  status?: string;
  referent?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface CaseloadRow {
  id: string;
  displayName: string;
  originalScriptName: string | null;
  birthDate: string | null;
  referentName: string | null;
  updatedAt: string | null;
  enrolments: { programName: string; status: string }[];
}

export interface IntakeDraft {
  firstName: string;
  lastName: string;
  originalFirstName: string;
  originalLastName: string;
  birthDate: string;
  immigrationStatus: string;
  asylumApplicationDate: string;
  statusDate: string;
  arrivalDate: string;
  languages: { language: string; level: string }[];
  educationLevel: string;
  hasForeignDegree: boolean;
  referralSource: string;
  partnerName: string;
  sourceNote: string;
}

export function useCaseload(filters: CaseloadFilters) {
  const session = useSession();
  return useQuery({
    queryKey: ['caseload', session.organization.id, filters],
    queryFn: async ({ signal }) =>
      (await call(listPeople, { signal, query: { ...filters } })) as { items: CaseloadRow[]; total: number },
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useStaffOptions() {
  const session = useSession();
  return useQuery({
    queryKey: ['staff', session.organization.id],
    queryFn: ({ signal }) => call(listStaffRoute, { signal }),
    select: (data) => data.items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (_draft: IntakeDraft): Promise<{ id: string }> => {
      throw new Error('not available');
    },
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['caseload'] }),
  });
}

export interface PersonFileView {
  id: string;
  firstName: string;
  lastName: string;
  originalFirstName: string | null;
  originalLastName: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  status: {
    hidden: boolean;
    immigrationStatus: string | null;
    asylumApplicationDate: string | null;
    statusDate: string | null;
    arrivalDate: string | null;
  };
  languages: { id: string; language: string; level: string | null }[];
  education: {
    id: string;
    level: string | null;
    degree: string | null;
    country: string | null;
    year: number | null;
    foreign: boolean;
  }[];
  experience: {
    id: string;
    occupation: string;
    employer: string | null;
    from: string | null;
    to: string | null;
  }[];
  barriers: { id: string; category: string; note: string | null }[];
  household: { size: number | null; children: number | null };
  consents: { id: string; purpose: string; givenAt: string; withdrawnAt: string | null }[];
  enrolments: {
    id: string;
    programName: string;
    status: string;
    enrolledAt: string | null;
    override: boolean;
  }[];
}

export function usePersonFile(personId: string) {
  return useQuery({
    queryKey: ['person', personId],
    queryFn: async (): Promise<PersonFileView> => {
      throw new Error('not available');
    },
    meta: { inlineErrors: true },
    retry: false,
  });
}

export interface IdentityPatch {
  firstName: string;
  lastName: string;
  originalFirstName: string;
  originalLastName: string;
  birthDate: string;
  email: string;
  phone: string;
}

export function useUpdateIdentity(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (_patch: IdentityPatch): Promise<void> => {
      throw new Error('not available');
    },
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['person', personId] }),
  });
}
