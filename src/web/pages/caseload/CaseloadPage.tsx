import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PageTitle } from '../../components/PageTitle.js';

export const caseloadSearch = z.object({
  q: z.string().optional().catch(undefined),
  programId: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  referent: z.string().optional().catch(undefined),
  sort: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export function CaseloadPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('caseload.title')} />;
}
