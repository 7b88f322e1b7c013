import { useTranslation } from 'react-i18next';
import type { LoadedRecord } from '../../db';
import type { Measure, Partnership } from '../../domain';
import { Button } from '../../ui/Button';
import { BrokenRecord } from '../shared/BrokenRecord';
import { controlId } from './measureControls';
import { measureTitle } from './programmeModel';
import { ProgrammeMeasureItem } from './ProgrammeMeasureItem';

export interface IncludedMeasureListProps {
  items: readonly LoadedRecord<Measure>[];
  partnership: Partnership;
  reordering: boolean;
  onMove: (item: LoadedRecord<Measure>, index: number, offset: -1 | 1) => void;
  onRemove: (item: LoadedRecord<Measure>, index: number) => void;
}

/** The programme's measures in their order; while reordering, each with move and remove buttons. */
export function IncludedMeasureList({
  items,
  partnership,
  reordering,
  onMove,
  onRemove,
}: IncludedMeasureListProps) {
  const { t } = useTranslation();
  return (
    <ol className="stack programme-measures">
      {items.map((item, index) => {
        const title = measureTitle(item);
        return (
          <li key={item.id} className="card programme-measure">
            {item.ok ? (
              <ProgrammeMeasureItem
                measure={item.record}
                position={index + 1}
                partnership={partnership}
              />
            ) : (
              <BrokenRecord id={item.id} errors={item.errors} />
            )}
            {reordering ? (
              <div className="button-row programme-measure__controls">
                <Button
                  id={controlId('up', item.id)}
                  disabled={index === 0}
                  aria-label={t('programme:order.moveUpLabel', { title })}
                  onClick={() => onMove(item, index, -1)}
                >
                  {t('common:actions.moveUp')}
                </Button>
                <Button
                  id={controlId('down', item.id)}
                  disabled={index === items.length - 1}
                  aria-label={t('programme:order.moveDownLabel', { title })}
                  onClick={() => onMove(item, index, 1)}
                >
                  {t('common:actions.moveDown')}
                </Button>
                <Button
                  id={controlId('remove', item.id)}
                  variant="danger"
                  aria-label={t('programme:order.removeLabel', { title })}
                  onClick={() => onRemove(item, index)}
                >
                  {t('programme:order.remove')}
                </Button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
