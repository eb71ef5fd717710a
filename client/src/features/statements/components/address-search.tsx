import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '@/components/ui/error-state';
import { useSearchAddress, type AddressResult } from '@/features/statements/api/search-address';
import type { GeocoderConfig } from '@/features/statements/hooks/use-geocoder';

interface AddressSearchProps {
  id: string;
  geocoder: GeocoderConfig;
  selected: AddressResult | null;
  onSelect: (address: AddressResult | null) => void;
}

/**
 * Address search as an alternative to the map (DOMAIN §5). It searches on request (button or
 * Enter), never while typing; the chosen address becomes the statement's point.
 */
export function AddressSearch({ id, geocoder, selected, onSelect }: AddressSearchProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useSearchAddress();

  const run = () => {
    const query = q.trim();
    if (query.length >= 3) search.mutate(query);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches instead of sending the whole statement form.
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };

  const results = search.data?.items ?? [];

  return (
    <div className="address-search">
      <div className="field">
        <label htmlFor={id}>{t('statements.location.addressLabel')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('statements.location.addressHint')}
        </span>
        <div className="address-search__row">
          <input
            id={id}
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby={`${id}-hint`}
            autoComplete="street-address"
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={run}
            disabled={search.isPending}
          >
            {t('statements.location.addressSubmit')}
          </button>
        </div>
      </div>
      <div role="status" className="live-message">
        {search.isError ? (
          <p className="notice notice--error">{errorMessage(search.error, t)}</p>
        ) : search.isSuccess ? (
          <p>{t('statements.location.addressResults', { count: results.length })}</p>
        ) : null}
      </div>
      {results.length > 0 ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend fieldset__legend--small">
            {t('statements.location.addressChoose')}
          </legend>
          <div className="radios">
            {results.map((result, index) => (
              <div className="radio" key={`${result.label}:${index}`}>
                <input
                  id={`${id}-result-${index}`}
                  type="radio"
                  name="address-result"
                  checked={
                    selected?.label === result.label &&
                    selected.position[0] === result.position[0] &&
                    selected.position[1] === result.position[1]
                  }
                  onChange={() => onSelect(result)}
                />
                <label htmlFor={`${id}-result-${index}`}>{result.label}</label>
              </div>
            ))}
          </div>
          {geocoder.attribution ? <p className="hint">{geocoder.attribution}</p> : null}
        </fieldset>
      ) : null}
    </div>
  );
}
