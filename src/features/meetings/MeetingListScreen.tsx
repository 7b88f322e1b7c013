// The meetings of a partnership: the coming ones first, then the past ones, the latest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listRecords, validRecords } from '../../db';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { BrokenRecordList } from '../shared/BrokenRecordList';
import { brokenRecords } from '../shared/brokenRecords';
import { localDateString } from '../shared/dates';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { MeetingCard } from './MeetingCard';
import { groupMeetings } from './meetingOrder';

export function MeetingListScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const loaded = useLiveQuery(() => listRecords('meeting', partnershipId), [partnershipId]);
  const newMeeting = (
    <Link href={paths.newMeeting(partnershipId)} className="button button--primary">
      {t('meetings:list.new')}
    </Link>
  );

  if (loaded === undefined) {
    return <Loading />;
  }

  const meetings = validRecords(loaded);
  const broken = brokenRecords(loaded);
  const { upcoming, past } = groupMeetings(meetings, localDateString(new Date()));

  return (
    <>
      <PageHeader title={t('meetings:list.title')} actions={newMeeting} />
      <BrokenRecordList items={broken} />
      {meetings.length === 0 && broken.length === 0 ? (
        <EmptyState title={t('meetings:list.empty')}>
          <p>{t('meetings:list.emptyHint')}</p>
          {newMeeting}
        </EmptyState>
      ) : null}
      {meetings.length > 0 ? (
        <Section id="upcoming" title={t('meetings:list.upcoming')}>
          {upcoming.length > 0 ? (
            <ul className="stack">
              {upcoming.map((meeting) => (
                <MeetingCard key={meeting.id} meeting={meeting} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('meetings:list.noUpcoming')}</p>
          )}
        </Section>
      ) : null}
      {past.length > 0 ? (
        <Section id="past" title={t('meetings:list.past')}>
          <ul className="stack">
            {past.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
