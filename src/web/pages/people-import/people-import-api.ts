import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importPeopleRoute } from '../../../contracts/people-import.js';
import { upload } from '../../api/client.js';

export type PeopleImportReport = Awaited<ReturnType<typeof importFile>>;
export type PeopleImportRow = PeopleImportReport['rows'][number];

const importFile = (file: File, dryRun: boolean, skip: readonly number[]) =>
  upload(importPeopleRoute, {
    query: {
      dryRun: dryRun ? 'true' : 'false',
      fileName: file.name.slice(0, 300),
      ...(skip.length > 0 ? { skip: [...skip].sort((a, b) => a - b).join(',') } : {}),
    },
    file,
  });

/** Sends a people file: the preview first, then the import of the rows kept. */
export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, skip }: { file: File; dryRun: boolean; skip: readonly number[] }) =>
      importFile(file, dryRun, skip),
    meta: { inlineErrors: true },
    onSuccess: async (report) => {
      if (report.committed) await queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}
