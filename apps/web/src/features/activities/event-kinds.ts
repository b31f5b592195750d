import type { ActivityKind } from '@compact-tracker/domain';

/** Kinds that happen at a time: they get a programme, a calendar entry and an outcomes record. */
const eventKinds: readonly ActivityKind[] = ['workshop', 'webinar', 'meeting', 'consultation', 'training', 'expert_engagement'];

export const isEventKind = (kind: ActivityKind): boolean => eventKinds.includes(kind);
