// The programme's fixed vocabularies. Values are stable codes; their names live in locales/*/vocab.json.

/** The eight fields of action named by the programme, then those seen in real programmes. */
export const FIELDS_OF_ACTION = [
  'renewableEnergy',
  'energyEfficiency',
  'wasteRecycling',
  'waterWastewater',
  'lowCarbonMobility',
  'renaturation',
  'sustainableTourism',
  'agricultureForestry',
  'adaptation',
  'biodiversity',
  'urbanPlanning',
  'environmentalEducation',
  'other',
] as const;
export type FieldOfAction = (typeof FIELDS_OF_ACTION)[number];

/** The 17 Sustainable Development Goals, by number. */
export const SDGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type Sdg = (typeof SDGS)[number];

export const PARTNERSHIP_STATUSES = ['preparing', 'active', 'implementation', 'completed'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const DEPLOYMENT_DIRECTIONS = ['toPartner', 'toGermany'] as const;
export type DeploymentDirection = (typeof DEPLOYMENT_DIRECTIONS)[number];

export const DEPLOYMENT_STATUSES = ['planned', 'underway', 'completed'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const LOG_ENTRY_KINDS = [
  'siteVisit',
  'meeting',
  'workshopSession',
  'interview',
  'observation',
  'other',
] as const;
export type LogEntryKind = (typeof LOG_ENTRY_KINDS)[number];

export const MEETING_KINDS = [
  'kickoffWorkshop',
  'networkMeeting',
  'resultsWorkshop',
  'partnerMeeting',
  'onlineMeeting',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEASURE_SIDES = ['germanSide', 'partnerSide', 'both'] as const;
export type MeasureSide = (typeof MEASURE_SIDES)[number];

export const ACTOR_GROUPS = ['politics', 'business', 'science', 'civilSociety'] as const;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

export const RESOURCE_KINDS = ['staff', 'financial', 'material', 'institutional', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_SOURCES = ['own', 'appliedFor', 'granted', 'thirdParty'] as const;
export type ResourceSource = (typeof RESOURCE_SOURCES)[number];

export const CLIMATE_FOCUS = ['mitigation', 'adaptation', 'both'] as const;
export type ClimateFocus = (typeof CLIMATE_FOCUS)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const REVIEW_STATES = ['unreviewed', 'changesRequested', 'approved'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const COMMENT_KINDS = ['comment', 'changesRequested', 'approved'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** Currencies offered in forms; amounts keep any ISO 4217 code. */
export const COMMON_CURRENCIES = [
  'EUR',
  'XOF',
  'XAF',
  'TZS',
  'KES',
  'GHS',
  'ZAR',
  'RWF',
  'NAD',
  'LSL',
  'TND',
  'ZWL',
  'NIO',
  'GTQ',
  'BRL',
  'ARS',
  'PHP',
  'VND',
  'NPR',
  'USD',
] as const;

/** Partner countries of the programme so far (ISO 3166-1 alpha-2); names come from Intl.DisplayNames. */
export const PARTNER_COUNTRIES = [
  'GH',
  'ZA',
  'TZ',
  'KE',
  'RW',
  'NA',
  'SN',
  'BF',
  'CM',
  'LS',
  'TN',
  'ZW',
  'NI',
  'GT',
  'BR',
  'AR',
  'PH',
  'VN',
  'NP',
] as const;
