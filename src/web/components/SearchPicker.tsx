import { Badge, Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickerOption {
  value: string;
  label: string;
  hint?: string;
  /** A short tag shown before the label (e.g. the classification an occupation comes from). */
  badge?: string;
}

/**
 * Search-as-you-type against the API (e.g. ESCO occupations): the list updates as the person
 * types, and the chosen option's value is kept, not the typed text.
 */
export function SearchPicker({
  label,
  description,
  queryKey,
  search,
  value,
  onChange,
  error,
  minLength = 2,
  text: controlledText,
  onTextChange,
}: {
  label: string;
  description?: string;
  queryKey: string;
  search: (text: string, signal: AbortSignal) => Promise<PickerOption[]>;
  value: PickerOption | null;
  onChange: (option: PickerOption | null) => void;
  error?: string;
  minLength?: number;
  /** When given, the typed text is controlled by the caller (e.g. to keep free text when nothing matches). */
  text?: string;
  onTextChange?: (text: string) => void;
}) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [ownText, setOwnText] = useState(value?.label ?? '');
  const text = controlledText ?? ownText;
  const setText = (next: string) => {
    setOwnText(next);
    onTextChange?.(next);
  };
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const options = useQuery({
    queryKey: ['picker', queryKey, debounced],
    queryFn: ({ signal }) => search(debounced, signal),
    enabled: debounced.length >= minLength,
    staleTime: 5 * 60_000,
  });
  const items = options.data ?? [];
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(selected) => {
        const option = items.find((item) => item.value === selected) ?? null;
        onChange(option);
        setOwnText(option?.label ?? '');
        combobox.closeDropdown();
      }}
    >
      {/* role="combobox" and aria-expanded: screen readers announce the list, and it is the field's popup. */}
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={label}
          description={description}
          error={error}
          value={text}
          autoComplete="off"
          rightSection={options.isFetching ? <Loader size={16} aria-hidden /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < minLength}>
        {/* Never taller than half the screen: a list running past the window's bottom moved (flipped above
            the field) as the page scrolled under a click, and the click then landed on nothing. */}
        <Combobox.Options aria-label={label} mah="min(24rem, 50vh)" style={{ overflowY: 'auto' }}>
          {items.length === 0 && !options.isFetching ? (
            <Combobox.Empty>{t('app.none')}</Combobox.Empty>
          ) : null}
          {items.map((item) => (
            <Combobox.Option value={item.value} key={item.value}>
              {item.badge ? (
                <Badge size="xs" variant="light" mr={6} component="span">
                  {item.badge}
                </Badge>
              ) : null}
              {item.label}
              {item.hint ? (
                <span
                  style={{
                    display: 'block',
                    fontSize: 'var(--mantine-font-size-xs)',
                    color: 'var(--mantine-color-dimmed)',
                  }}
                >
                  {item.hint}
                </span>
              ) : null}
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
