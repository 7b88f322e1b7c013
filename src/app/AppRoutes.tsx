// Every route of the app. Screens load lazily so the first screen stays small on slow links.
import { lazy, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { paramToId } from '../domain';
import { NotFoundScreen } from './NotFoundScreen';

function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const PartnershipListScreen = screen(() =>
  import('../features/partnerships/PartnershipListScreen').then((m) => m.PartnershipListScreen),
);
const PartnershipFormScreen = screen(() =>
  import('../features/partnerships/PartnershipFormScreen').then((m) => m.PartnershipFormScreen),
);
const PartnershipHomeScreen = screen(() =>
  import('../features/partnerships/PartnershipHomeScreen').then((m) => m.PartnershipHomeScreen),
);
const DeploymentListScreen = screen(() =>
  import('../features/deployments/DeploymentListScreen').then((m) => m.DeploymentListScreen),
);
const DeploymentFormScreen = screen(() =>
  import('../features/deployments/DeploymentFormScreen').then((m) => m.DeploymentFormScreen),
);
const DeploymentDetailScreen = screen(() =>
  import('../features/deployments/DeploymentDetailScreen').then((m) => m.DeploymentDetailScreen),
);
const LogEntryFormScreen = screen(() =>
  import('../features/deployments/LogEntryFormScreen').then((m) => m.LogEntryFormScreen),
);
const LogEntryDetailScreen = screen(() =>
  import('../features/deployments/LogEntryDetailScreen').then((m) => m.LogEntryDetailScreen),
);
const MeetingListScreen = screen(() =>
  import('../features/meetings/MeetingListScreen').then((m) => m.MeetingListScreen),
);
const MeetingFormScreen = screen(() =>
  import('../features/meetings/MeetingFormScreen').then((m) => m.MeetingFormScreen),
);
const MeetingDetailScreen = screen(() =>
  import('../features/meetings/MeetingDetailScreen').then((m) => m.MeetingDetailScreen),
);
const MeasureListScreen = screen(() =>
  import('../features/measures/MeasureListScreen').then((m) => m.MeasureListScreen),
);
const MeasureFormScreen = screen(() =>
  import('../features/measures/MeasureFormScreen').then((m) => m.MeasureFormScreen),
);
const MeasureDetailScreen = screen(() =>
  import('../features/measures/MeasureDetailScreen').then((m) => m.MeasureDetailScreen),
);
const ProgrammeScreen = screen(() =>
  import('../features/programme/ProgrammeScreen').then((m) => m.ProgrammeScreen),
);
const ProgrammeFormScreen = screen(() =>
  import('../features/programme/ProgrammeFormScreen').then((m) => m.ProgrammeFormScreen),
);
const FollowUpsScreen = screen(() =>
  import('../features/followUps/FollowUpsScreen').then((m) => m.FollowUpsScreen),
);
const SearchScreen = screen(() =>
  import('../features/search/SearchScreen').then((m) => m.SearchScreen),
);
const SettingsScreen = screen(() =>
  import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
const SignInScreen = screen(() =>
  import('../features/account/SignInScreen').then((m) => m.SignInScreen),
);
const NewLogEntryShortcut = screen(() =>
  import('../features/deployments/NewLogEntryShortcut').then((m) => m.NewLogEntryShortcut),
);
const SyncScreen = screen(() => import('../features/sync/SyncScreen').then((m) => m.SyncScreen));
const ConflictListScreen = screen(() =>
  import('../features/conflicts/ConflictListScreen').then((m) => m.ConflictListScreen),
);
const ConflictResolveScreen = screen(() =>
  import('../features/conflicts/ConflictResolveScreen').then((m) => m.ConflictResolveScreen),
);

const pid = (param: string) => paramToId('partnership', param);
const did = (param: string) => paramToId('deployment', param);

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <PartnershipListScreen />
      </Route>
      <Route path="/search">
        <SearchScreen />
      </Route>
      <Route path="/settings">
        <SettingsScreen />
      </Route>
      <Route path="/sign-in">
        <SignInScreen />
      </Route>
      {/* The installed app's shortcut "New log entry" (manifest shortcuts in vite.config.ts). */}
      <Route path="/log/new">
        <NewLogEntryShortcut />
      </Route>
      <Route path="/sync">
        <SyncScreen />
      </Route>
      <Route path="/conflicts">
        <ConflictListScreen />
      </Route>
      <Route path="/conflicts/:type/:ulid">
        {(p) => <ConflictResolveScreen type={p.type} ulid={p.ulid} />}
      </Route>
      <Route path="/partnerships/new">
        <PartnershipFormScreen />
      </Route>
      <Route path="/p/:pid">{(p) => <PartnershipHomeScreen partnershipId={pid(p.pid)} />}</Route>
      <Route path="/p/:pid/edit">
        {(p) => <PartnershipFormScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/deployments">
        {(p) => <DeploymentListScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/deployments/new">
        {(p) => <DeploymentFormScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/deployments/:did">
        {(p) => <DeploymentDetailScreen partnershipId={pid(p.pid)} deploymentId={did(p.did)} />}
      </Route>
      <Route path="/p/:pid/deployments/:did/edit">
        {(p) => <DeploymentFormScreen partnershipId={pid(p.pid)} deploymentId={did(p.did)} />}
      </Route>
      <Route path="/p/:pid/deployments/:did/log/new">
        {(p) => <LogEntryFormScreen partnershipId={pid(p.pid)} deploymentId={did(p.did)} />}
      </Route>
      <Route path="/p/:pid/deployments/:did/log/:lid">
        {(p) => (
          <LogEntryDetailScreen
            partnershipId={pid(p.pid)}
            deploymentId={did(p.did)}
            logEntryId={paramToId('logEntry', p.lid)}
          />
        )}
      </Route>
      <Route path="/p/:pid/deployments/:did/log/:lid/edit">
        {(p) => (
          <LogEntryFormScreen
            partnershipId={pid(p.pid)}
            deploymentId={did(p.did)}
            logEntryId={paramToId('logEntry', p.lid)}
          />
        )}
      </Route>
      <Route path="/p/:pid/meetings">
        {(p) => <MeetingListScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/meetings/new">
        {(p) => <MeetingFormScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/meetings/:mid">
        {(p) => (
          <MeetingDetailScreen partnershipId={pid(p.pid)} meetingId={paramToId('meeting', p.mid)} />
        )}
      </Route>
      <Route path="/p/:pid/meetings/:mid/edit">
        {(p) => (
          <MeetingFormScreen partnershipId={pid(p.pid)} meetingId={paramToId('meeting', p.mid)} />
        )}
      </Route>
      <Route path="/p/:pid/measures">
        {(p) => <MeasureListScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/measures/new">
        {(p) => <MeasureFormScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/measures/:mid">
        {(p) => (
          <MeasureDetailScreen partnershipId={pid(p.pid)} measureId={paramToId('measure', p.mid)} />
        )}
      </Route>
      <Route path="/p/:pid/measures/:mid/edit">
        {(p) => (
          <MeasureFormScreen partnershipId={pid(p.pid)} measureId={paramToId('measure', p.mid)} />
        )}
      </Route>
      <Route path="/p/:pid/programme">
        {(p) => <ProgrammeScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/programme/edit">
        {(p) => <ProgrammeFormScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route path="/p/:pid/follow-ups">
        {(p) => <FollowUpsScreen partnershipId={pid(p.pid)} />}
      </Route>
      <Route>
        <NotFoundScreen />
      </Route>
    </Switch>
  );
}
