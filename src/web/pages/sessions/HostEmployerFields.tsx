import { Anchor, NativeSelect } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { listEmployersRoute } from '../../../contracts/employers.js';
import { call } from '../../api/client.js';
import { useEmployer } from '../../api/employers.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';

export interface HostEmployer {
  employer: PickerOption | null;
  siteId: string;
}

const searchEmployers = async (text: string, signal: AbortSignal): Promise<PickerOption[]> => {
  const page = await call(listEmployersRoute, { query: { q: text, pageSize: 10 }, signal });
  return page.items.map((e) => ({ value: e.id, label: e.name, hint: e.city ?? undefined }));
};

/**
 * A job visit: the employer of the directory that hosts the session, and optionally the site where it
 * meets (the session form). Left empty, the session is not at an employer.
 */
export function HostEmployerFields({
  value,
  onChange,
  errors,
}: {
  value: HostEmployer;
  onChange: (next: HostEmployer) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const details = useEmployer(value.employer?.value ?? '');
  const sites = value.employer && details.data ? details.data.sites : [];
  return (
    <>
      <SearchPicker
        label={t('sessions.field.hostEmployer')}
        description={t('sessions.field.hostEmployerHint')}
        queryKey="session-host-employer"
        search={searchEmployers}
        value={value.employer}
        onChange={(employer) => onChange({ employer, siteId: '' })}
        error={errors.employerId}
      />
      {value.employer ? (
        <NativeSelect
          label={t('sessions.field.hostSite')}
          value={value.siteId}
          error={errors.employerSiteId}
          onChange={(event) => onChange({ ...value, siteId: event.currentTarget.value })}
          data={[
            { value: '', label: t('sessions.field.hostNoSite') },
            ...sites.map((s) => ({ value: s.id, label: `${s.name}, ${s.city}` })),
          ]}
        />
      ) : null}
    </>
  );
}

/** The host of a job visit on the session page: the employer (a link to its page) and its site. */
export function HostEmployerLink({
  employer,
}: {
  employer: { id: string; name: string; site: { name: string; city: string } | null };
}) {
  return (
    <>
      <Anchor
        renderRoot={(props) => (
          <Link to="/employers/$employerId" params={{ employerId: employer.id }} {...props} />
        )}
      >
        {employer.name}
      </Anchor>
      {employer.site ? ` — ${employer.site.name}, ${employer.site.city}` : ''}
    </>
  );
}
