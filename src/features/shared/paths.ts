// The app's URLs, built in one place. Record ids appear in URLs by their ULID part only.
import { idToParam } from '../../domain';

const p = (partnershipId: string) => `/p/${idToParam(partnershipId)}`;

export const paths = {
  home: () => '/',
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  settings: () => '/settings',
  newPartnership: () => '/partnerships/new',
  partnership: (pid: string) => p(pid),
  editPartnership: (pid: string) => `${p(pid)}/edit`,
  deployments: (pid: string) => `${p(pid)}/deployments`,
  newDeployment: (pid: string) => `${p(pid)}/deployments/new`,
  deployment: (pid: string, did: string) => `${p(pid)}/deployments/${idToParam(did)}`,
  editDeployment: (pid: string, did: string) => `${p(pid)}/deployments/${idToParam(did)}/edit`,
  newLogEntry: (pid: string, did: string) => `${p(pid)}/deployments/${idToParam(did)}/log/new`,
  logEntry: (pid: string, did: string, lid: string) =>
    `${p(pid)}/deployments/${idToParam(did)}/log/${idToParam(lid)}`,
  editLogEntry: (pid: string, did: string, lid: string) =>
    `${p(pid)}/deployments/${idToParam(did)}/log/${idToParam(lid)}/edit`,
  meetings: (pid: string) => `${p(pid)}/meetings`,
  newMeeting: (pid: string) => `${p(pid)}/meetings/new`,
  meeting: (pid: string, mid: string) => `${p(pid)}/meetings/${idToParam(mid)}`,
  editMeeting: (pid: string, mid: string) => `${p(pid)}/meetings/${idToParam(mid)}/edit`,
  measures: (pid: string) => `${p(pid)}/measures`,
  newMeasure: (pid: string) => `${p(pid)}/measures/new`,
  measure: (pid: string, mid: string) => `${p(pid)}/measures/${idToParam(mid)}`,
  editMeasure: (pid: string, mid: string) => `${p(pid)}/measures/${idToParam(mid)}/edit`,
  programme: (pid: string) => `${p(pid)}/programme`,
  editProgramme: (pid: string) => `${p(pid)}/programme/edit`,
  followUps: (pid: string) => `${p(pid)}/follow-ups`,
};
