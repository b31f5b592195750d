import type { IndicatorBaselineView, IndicatorView } from '@compact-tracker/domain';
import type { IndicatorBaselineEntity, IndicatorEntity } from './indicator.entities.js';

export const toIndicatorView = (indicator: IndicatorEntity): IndicatorView => ({
  id: indicator.id,
  networkId: indicator.networkId,
  code: indicator.code,
  name: indicator.name,
  definition: indicator.definition,
  measure: indicator.measure,
  unit: indicator.unit,
  direction: indicator.direction,
  disaggregationDimensions: indicator.disaggregationDimensions,
  custodian: indicator.custodian,
  frequency: indicator.frequency,
  gcmObjectiveNumbers: indicator.gcmObjectiveNumbers,
  gcmPrincipleNumbers: indicator.gcmPrincipleNumbers,
  sdgIndicatorCodes: indicator.sdgIndicatorCodes,
  targets: indicator.targets,
  version: indicator.version,
});

export const toIndicatorAuditRecord = (indicator: IndicatorEntity) => {
  const { id: _id, networkId: _networkId, version: _version, ...record } = toIndicatorView(indicator);
  return record;
};

/** Needs `recordedBy` loaded. */
export const toIndicatorBaselineView = (baseline: IndicatorBaselineEntity): IndicatorBaselineView => ({
  id: baseline.id,
  indicatorId: baseline.indicatorId,
  isDataGap: baseline.isDataGap,
  gapReason: baseline.gapReason,
  value: baseline.value,
  narrative: baseline.narrative,
  referenceYear: baseline.referenceYear,
  referenceDate: baseline.referenceDate,
  disaggregation: baseline.disaggregation,
  total: baseline.total,
  area: baseline.area,
  source: baseline.sourceProvider === null ? null : { provider: baseline.sourceProvider, dataset: baseline.sourceDataset, link: baseline.sourceLink },
  method: baseline.method,
  natureOfData: baseline.natureOfData,
  confidence: baseline.confidence,
  notes: baseline.notes,
  recordedBy: { userId: baseline.recordedByUserId, displayName: baseline.recordedBy?.displayName ?? null },
  recordedAt: baseline.createdAt.toISOString(),
  updatedAt: baseline.updatedAt.toISOString(),
  version: baseline.version,
});

export const toIndicatorBaselineAuditRecord = (baseline: IndicatorBaselineEntity) => {
  const { id: _id, recordedBy: _recordedBy, recordedAt: _recordedAt, updatedAt: _updatedAt, version: _version, ...record } = toIndicatorBaselineView(baseline);
  return record;
};
