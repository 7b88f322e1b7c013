// Everything still to do in a partnership: follow-ups from deployment logs and action items from
// meetings in one list, most urgent first, ticked off right here.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { listRecords, validRecords, type LoadedRecord } from '../../db';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecordList } from '../shared/BrokenRecordList';
import { brokenRecords } from '../shared/brokenRecords';
import { localDateString } from '../shared/dates';
import { Loading } from '../shared/Loading';
import { isOverdue, selectTasks, type CollectedTask, type TaskRecord } from './openTasks';
import { TaskItem } from './TaskItem';
import { TaskSourceLink } from './TaskSourceLink';
import { useTaskToggle } from './useTaskToggle';

async function loadTaskRecords(partnershipId: string): Promise<LoadedRecord<TaskRecord>[]> {
  const meetings = await listRecords('meeting', partnershipId);
  const logEntries = await listRecords('logEntry', partnershipId);
  return [...meetings, ...logEntries];
}

export function FollowUpsScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  // Kept in the URL so that coming back from a meeting or log entry keeps the choice.
  const [params, setParams] = useSearchParams();
  const showDone = params.get('done') === '1';
  const loaded = useLiveQuery(() => loadTaskRecords(partnershipId), [partnershipId]);
  const { toggle, error } = useTaskToggle();
  const [justDone, setJustDone] = useState<CollectedTask | null>(null);

  if (loaded === undefined) {
    return <Loading />;
  }

  const records = validRecords(loaded);
  const broken = brokenRecords(loaded);
  const today = localDateString(new Date());
  const items = selectTasks(records, { includeDone: showDone });
  const open = items.filter((item) => !item.task.done);
  const overdue = open.filter((item) => isOverdue(item.task, today)).length;

  const onToggle = async (item: CollectedTask, done: boolean) => {
    const saved = await toggle(item, done);
    if (saved) setJustDone(done && !showDone ? item : null);
  };

  return (
    <>
      <PageHeader
        title={t('followUps:title')}
        actions={
          <>
            <Badge tone={open.length > 0 ? 'info' : 'success'}>
              {t('followUps:count', { count: open.length })}
            </Badge>
            {overdue > 0 ? (
              <Badge tone="danger">{t('followUps:overdueCount', { count: overdue })}</Badge>
            ) : null}
          </>
        }
      />
      <p className="muted">{t('followUps:intro')}</p>
      <CheckboxField
        id="showDone"
        label={t('followUps:showDone')}
        checked={showDone}
        onCheckedChange={(checked) => {
          setJustDone(null);
          setParams(checked ? { done: '1' } : {}, { replace: true });
        }}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {justDone ? (
        <Notice tone="success">
          <p>{t('followUps:markedDone', { text: justDone.task.text })}</p>
          <Button
            onClick={() => {
              setJustDone(null);
              void toggle(justDone, false);
            }}
          >
            {t('followUps:undo')}
          </Button>
        </Notice>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title={showDone ? t('followUps:emptyWithDone') : t('followUps:empty')}>
          <p>{t('followUps:emptyHint')}</p>
        </EmptyState>
      ) : (
        <ul className="stack">
          {items.map((item) => (
            <TaskItem
              key={item.key}
              item={item}
              today={today}
              onToggle={(done) => void onToggle(item, done)}
              source={<TaskSourceLink record={item.record} />}
            />
          ))}
        </ul>
      )}
      {broken.length > 0 ? (
        <>
          <p className="muted">{t('followUps:brokenHint')}</p>
          <BrokenRecordList items={broken} />
        </>
      ) : null}
    </>
  );
}
