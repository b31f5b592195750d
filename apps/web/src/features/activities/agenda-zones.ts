import { convertAgendaToZone, type AgendaItemView, type AgendaView, type ZonedAgenda } from '@compact-tracker/domain';

/** The concept note gives every time in the event's zone and in CEST for the Network's European members. */
export const referenceTimeZone = 'Europe/Berlin';

export type AgendaZoneKey = 'event' | 'reference' | 'viewer';

export type ZonedAgendaColumn = { key: AgendaZoneKey; zone: string; agenda: ZonedAgenda<AgendaItemView> };

/**
 * The agenda as seen from the event's zone, the reference zone and the viewer's own zone. The viewer's
 * column stays even when it repeats another, so nobody has to work out which column is theirs.
 */
export const getZonedAgendaColumns = (agenda: AgendaView, viewerTimeZone: string): ZonedAgendaColumn[] => {
  const zones: { key: AgendaZoneKey; zone: string }[] = [
    { key: 'event', zone: agenda.eventTimeZone },
    { key: 'reference', zone: referenceTimeZone },
    { key: 'viewer', zone: viewerTimeZone },
  ];
  return zones.map(({ key, zone }) => ({ key, zone, agenda: convertAgendaToZone(agenda, zone) }));
};
