// The measures of the programme in their order, and the partnership's other measures. Every change
// is saved at once; focus stays with the measure that moved and the change is announced.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LoadedRecord } from '../../db';
import type { ActionProgramme, Measure, Partnership } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { paths } from '../shared/paths';
import { IncludedMeasureList } from './IncludedMeasureList';
import { controlId } from './measureControls';
import { OutsideMeasureList } from './OutsideMeasureList';
import { measureLinkId } from './ProgrammeMeasureItem';
import {
  addMeasure,
  byFieldOfAction,
  measureTitle,
  moveAmongShown,
  removeMeasure,
} from './programmeModel';
import { useFocusAfterChange } from './useFocusAfterChange';
import { useMeasureOrder } from './useMeasureOrder';

type Item = LoadedRecord<Measure>;

/** Valid measures by field of action; damaged ones at the end, still listed. */
function byFieldThenBroken(a: Item, b: Item): number {
  if (a.ok && b.ok) return byFieldOfAction(a.record, b.record);
  return Number(!a.ok) - Number(!b.ok) || a.id.localeCompare(b.id);
}

export function ProgrammeMeasureSections({
  programme,
  partnership,
  measures,
}: {
  programme: ActionProgramme;
  partnership: Partnership;
  measures: readonly Item[];
}) {
  const { t } = useTranslation();
  const [reordering, setReordering] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const order = useMeasureOrder(programme.id);
  const focusAfter = useFocusAfterChange(programme.measureIds.join(' '));

  // Ids of measures that were deleted or are not on this device yet are kept, but not shown.
  const byId = new Map(measures.map((item) => [item.id, item]));
  const included = [...new Set(programme.measureIds)].flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const includedIds = new Set(included.map((item) => item.id));
  const outside = measures.filter((item) => !includedIds.has(item.id)).sort(byFieldThenBroken);

  const apply = async (update: (ids: readonly string[]) => string[], message: string) => {
    if (await order.change(update)) setAnnouncement(message);
    else focusAfter([]);
  };

  const move = (item: Item, index: number, offset: -1 | 1) => {
    const [same, other] = offset < 0 ? (['up', 'down'] as const) : (['down', 'up'] as const);
    focusAfter([controlId(same, item.id), controlId(other, item.id)]);
    void apply(
      (ids) => moveAmongShown(ids, item.id, offset, (id) => byId.has(id)),
      t('programme:order.moved', { title: measureTitle(item), position: index + offset + 1 }),
    );
  };

  const remove = (item: Item, index: number) => {
    const neighbour = included[index + 1] ?? included[index - 1];
    focusAfter([
      ...(neighbour ? [controlId('remove', neighbour.id)] : []),
      controlId('add', item.id),
    ]);
    void apply(
      (ids) => removeMeasure(ids, item.id),
      t('programme:order.removed', { title: measureTitle(item) }),
    );
  };

  const add = (item: Item, index: number) => {
    const neighbour = outside[index + 1] ?? outside[index - 1];
    focusAfter([...(neighbour ? [controlId('add', neighbour.id)] : []), measureLinkId(item.id)]);
    void apply(
      (ids) => addMeasure(ids, item.id),
      t('programme:order.added', { title: measureTitle(item), position: included.length + 1 }),
    );
  };

  return (
    <>
      <Section
        id="programme-measures"
        title={t('programme:measures.title')}
        actions={
          included.length > 0 ? (
            <Button
              className="programme__reorder-toggle"
              onClick={() => setReordering((on) => !on)}
            >
              {reordering ? t('programme:order.done') : t('programme:order.start')}
            </Button>
          ) : null
        }
      >
        {order.error ? <Notice tone="error">{order.error}</Notice> : null}
        {included.length === 0 ? (
          <p className="muted">{t('programme:measures.empty')}</p>
        ) : (
          <IncludedMeasureList
            items={included}
            partnership={partnership}
            reordering={reordering}
            onMove={move}
            onRemove={remove}
          />
        )}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </Section>
      <Section id="programme-outside" title={t('programme:outside.title')}>
        {outside.length === 0 ? (
          <p className="muted">{t('programme:outside.empty')}</p>
        ) : (
          <OutsideMeasureList items={outside} onAdd={add} />
        )}
        <Link href={paths.newMeasure(partnership.id)} className="button">
          {t('programme:outside.newMeasure')}
        </Link>
      </Section>
    </>
  );
}
