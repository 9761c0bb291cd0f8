import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  communityKinds,
  communityNeeds,
  frontDoorStatuses,
  quebecRegions,
} from '../../../modules/front-door/domain/vocabulary.js';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import type { FrontDoorLanguage } from './form-i18n.js';
import { offScreen, Section, touch } from './form-section.js';
import { useSubmitFrontDoorRequest } from './front-door-form-api.js';
import { HouseholdSection } from './HouseholdSection.js';
import { LanguagesSection } from './LanguagesSection.js';
import { MunicipalityPicker } from './MunicipalityPicker.js';
import { emptyDraft, type RequestDraft, requestBodyOf } from './request-draft.js';

/** The request: who they are, where they live, their status, languages, the regions and community sought, the household, consent. */
export function RequestForm({
  slug,
  language,
  consortiumName,
  onSent,
}: {
  slug: string;
  language: FrontDoorLanguage;
  consortiumName: string;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RequestDraft>(emptyDraft);
  const submit = useSubmitFrontDoorRequest(slug);
  const set = <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const fieldErrors = submit.error instanceof ApiError ? submit.error.fieldErrors() : {};
  const error = (field: string) => fieldErrors[field];
  const k = (key: string) => t(`frontDoorForm.${key}`);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate(requestBodyOf(draft, language), { onSuccess: onSent });
      }}
    >
      <Stack gap="lg">
        <Text size="sm">{k('required')}</Text>
        <Section legend={k('you.legend')} help={k('you.contactHelp')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={k('you.givenName')}
              required
              autoComplete="given-name"
              value={draft.givenName}
              onChange={(e) => set('givenName', e.currentTarget.value)}
              error={error('givenName')}
              styles={touch}
            />
            <TextInput
              label={k('you.familyName')}
              autoComplete="family-name"
              value={draft.familyName}
              onChange={(e) => set('familyName', e.currentTarget.value)}
              error={error('familyName')}
              styles={touch}
            />
            <TextInput
              label={k('you.email')}
              type="email"
              autoComplete="email"
              dir="ltr"
              value={draft.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={error('email')}
              styles={touch}
            />
            <TextInput
              label={k('you.phone')}
              type="tel"
              autoComplete="tel"
              dir="ltr"
              value={draft.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={error('phone')}
              styles={touch}
            />
            <TextInput
              label={k('you.birthYear')}
              inputMode="numeric"
              maxLength={4}
              value={draft.birthYear}
              onChange={(e) => set('birthYear', e.currentTarget.value)}
              error={error('birthYear')}
              styles={touch}
            />
          </SimpleGrid>
        </Section>

        <Section legend={k('residence.legend')}>
          <Radio.Group
            label={k('residence.country')}
            value={draft.livesIn}
            onChange={(value) => set('livesIn', value as RequestDraft['livesIn'])}
          >
            <Group gap="lg" mt={4}>
              <Radio value="canada" label={k('residence.inCanada')} />
              <Radio value="abroad" label={k('residence.abroad')} />
            </Group>
          </Radio.Group>
          {draft.livesIn === 'canada' ? (
            <MunicipalityPicker
              slug={slug}
              value={draft.placeCode}
              onChange={(code) => set('placeCode', code)}
              error={error('residence.placeCode')}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={k('residence.countryCode')}
                maxLength={2}
                dir="ltr"
                value={draft.country}
                onChange={(e) => set('country', e.currentTarget.value.toUpperCase())}
                error={error('residence.country')}
                styles={touch}
              />
              <TextInput
                label={k('residence.city')}
                value={draft.city}
                onChange={(e) => set('city', e.currentTarget.value)}
                error={error('residence.city')}
                styles={touch}
              />
            </SimpleGrid>
          )}
        </Section>

        <Section legend={k('status.legend')} help={k('status.help')}>
          <NativeSelect
            label={k('status.legend')}
            value={draft.status}
            onChange={(e) => set('status', e.currentTarget.value)}
            data={[
              { value: '', label: k('status.none') },
              ...frontDoorStatuses.map((status) => ({ value: status, label: k(`status.${status}`) })),
            ]}
            error={error('status')}
            styles={touch}
          />
        </Section>

        <LanguagesSection slug={slug} language={language} draft={draft} set={set} error={error} />

        <Section legend={k('regions.legend')} help={k('regions.help')}>
          <Checkbox
            label={k('regions.anyRegion')}
            checked={draft.anyRegion}
            onChange={(e) => set('anyRegion', e.currentTarget.checked)}
          />
          <Checkbox.Group
            label={k('regions.legend')}
            value={draft.regionsSought}
            onChange={(value) =>
              // Kept in the order ticked: the first is the one most wanted.
              set('regionsSought', value)
            }
            error={error('regionsSought')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6}>
              {quebecRegions
                .filter((region) => region.code !== '06')
                .map((region) => (
                  <Checkbox
                    key={region.code}
                    value={region.code}
                    label={region.name}
                    disabled={draft.anyRegion}
                  />
                ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Section>

        <Section legend={k('community.legend')}>
          <Checkbox.Group
            label={k('community.kinds')}
            value={draft.communityKinds}
            onChange={(value) => set('communityKinds', value)}
          >
            <Group gap="lg" mt={6}>
              {communityKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={k(`community.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            label={k('community.needs')}
            value={draft.communityNeeds}
            onChange={(value) => set('communityNeeds', value)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6}>
              {communityNeeds.map((need) => (
                <Checkbox key={need} value={need} label={k(`community.${need}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Section>

        <HouseholdSection draft={draft} set={set} error={error} />

        <Textarea
          label={k('message.label')}
          autosize
          minRows={3}
          maxLength={2000}
          value={draft.message}
          onChange={(e) => set('message', e.currentTarget.value)}
          error={error('message')}
        />

        <div style={offScreen} aria-hidden="true">
          <label htmlFor="front-door-website">{k('website')}</label>
          <input
            id="front-door-website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={draft.website}
            onChange={(e) => set('website', e.currentTarget.value)}
          />
        </div>

        <Section legend={k('consent.legend')}>
          <Text size="sm" id="front-door-consent-text">
            {t('frontDoorForm.consent.text', { consortium: consortiumName })}
          </Text>
          <Checkbox
            label={k('consent.label')}
            required
            aria-describedby="front-door-consent-text"
            checked={draft.consent}
            onChange={(e) => set('consent', e.currentTarget.checked)}
            error={error('consent')}
          />
        </Section>

        {submit.error ? (
          <Alert color="red" role="alert" title={k('errorTitle')}>
            {Object.keys(fieldErrors).length > 0 ? k('fixFields') : errorMessage(submit.error)}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" size="md" loading={submit.isPending} disabled={!draft.consent}>
            {submit.isPending ? k('sending') : k('send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
