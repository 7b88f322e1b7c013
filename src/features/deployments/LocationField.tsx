import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FieldErrors } from '../../ui/FieldErrors';
import { Notice } from '../../ui/Notice';
import {
  isPoorAccuracy,
  LocationFailure,
  locateDevice,
  type LocationProblem,
  type LogLocation,
} from './geolocation';
import { useLocationText } from './useLocationText';

type Lookup = 'idle' | 'locating' | 'found' | LocationProblem;

const PROBLEMS: ReadonlySet<Lookup> = new Set(['denied', 'unavailable', 'timeout', 'unsupported']);

/**
 * "Add my location" on a log entry. The position is asked for only when the person taps (the
 * browser may then ask for permission), shown with its accuracy, flagged when poor, and can be
 * taken again or removed. It lives in the form's values, so the draft keeps it like the text.
 */
export function LocationField({
  value,
  onChange,
  errors = [],
}: {
  value: LogLocation | null | undefined;
  onChange: (value: LogLocation | null) => void;
  errors?: readonly string[];
}) {
  const { t } = useTranslation();
  const text = useLocationText();
  const [lookup, setLookup] = useState<Lookup>('idle');
  // A reading that arrives after the form has gone is dropped.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const locate = async () => {
    setLookup('locating');
    try {
      const location = await locateDevice();
      if (!mounted.current) return;
      onChange(location);
      setLookup('found');
    } catch (error) {
      if (!mounted.current) return;
      if (!(error instanceof LocationFailure)) console.error('Location failed', error);
      setLookup(error instanceof LocationFailure ? error.problem : 'unavailable');
    }
  };

  const locating = lookup === 'locating';
  let status = '';
  if (locating) status = t('deployments:location.locating');
  else if (lookup === 'found' && value) status = t('deployments:location.added');

  return (
    <fieldset
      className={errors.length > 0 ? 'choices field--invalid' : 'choices'}
      id="location"
      aria-describedby={value ? undefined : 'location-hint'}
    >
      <legend className="field__label">{t('deployments:field.location')}</legend>
      {value ? (
        <p>
          {text.coordinates(value)} <span className="muted">({text.accuracy(value)})</span>
        </p>
      ) : (
        <p id="location-hint" className="field__hint">
          {t('deployments:location.hint')}
        </p>
      )}
      {value && isPoorAccuracy(value) ? (
        <Notice tone="warning">
          {t('deployments:location.poor', { accuracy: text.accuracy(value) })}
        </Notice>
      ) : null}
      {PROBLEMS.has(lookup) ? (
        <Notice tone="error">
          {t(`deployments:location.problem.${lookup as LocationProblem}`)}
        </Notice>
      ) : null}
      <p role="status" className="muted">
        {status}
      </p>
      <div className="button-row">
        <Button disabled={locating} onClick={() => void locate()}>
          {value ? t('deployments:location.again') : t('deployments:location.add')}
        </Button>
        {value ? (
          <Button
            disabled={locating}
            onClick={() => {
              onChange(null);
              setLookup('idle');
            }}
          >
            {t('deployments:location.remove')}
          </Button>
        ) : null}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
