import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LoadedRecord } from '../../db';
import type { Measure } from '../../domain';
import { Button } from '../../ui/Button';
import { MeasureStatusBadge } from '../measures/MeasureStatusBadge';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';
import { useVocabLabel } from '../shared/useVocabOptions';
import { controlId } from './measureControls';
import { measureTitle } from './programmeModel';

/** The partnership's measures that are not in the programme, each ready to be taken in. */
export function OutsideMeasureList({
  items,
  onAdd,
}: {
  items: readonly LoadedRecord<Measure>[];
  onAdd: (item: LoadedRecord<Measure>, index: number) => void;
}) {
  const { t } = useTranslation();
  const vocab = useVocabLabel();
  return (
    <ul className="stack">
      {items.map((item, index) => {
        const title = measureTitle(item);
        return (
          <li key={item.id} className="card programme-outside__item">
            {item.ok ? (
              <div>
                <p className="card__title">
                  <Link
                    href={paths.measure(item.record.partnershipId, item.id)}
                    lang={item.record.lang}
                    dir="auto"
                  >
                    {item.record.title}
                  </Link>
                </p>
                <p className="card__meta">
                  <span>{vocab('fieldOfAction', item.record.fieldOfAction)}</span>
                  <MeasureStatusBadge status={item.record.status} />
                </p>
              </div>
            ) : (
              <BrokenRecord id={item.id} errors={item.errors} />
            )}
            <Button
              id={controlId('add', item.id)}
              aria-label={t('programme:order.addLabel', { title })}
              onClick={() => onAdd(item, index)}
            >
              {t('programme:order.add')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
