import { evidenceLinkKinds, toEvidenceLinkKey, type EvidenceLink, type EvidenceLinkView } from '@compact-tracker/domain';
import { FieldGroup } from '@compact-tracker/ui';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorListQueryOptions } from '../indicators/api';
import { workplanDetailQueryOptions, workplanListQueryOptions } from '../workplans/api';

type AddableKind = Exclude<(typeof evidenceLinkKinds)[number], 'deliverable'>;
const addableKinds: readonly AddableKind[] = ['activity', 'indicator', 'document'];

type EvidenceEditorProps = {
  networkId: string;
  value: readonly EvidenceLink[];
  /** How the links read now, to name the ones already saved. */
  known: readonly EvidenceLinkView[];
  error: string | undefined;
  onChange: (next: EvidenceLink[]) => void;
};

/**
 * The evidence of a criterion: remove a link, or add an activity of the workplan, an indicator of the network, or a
 * document by title and address. (Deliverables already linked stay listed; they are added from seeded criteria.)
 */
export const EvidenceEditor = ({ networkId, value, known, error, onChange }: EvidenceEditorProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<AddableKind>('activity');
  const [recordId, setRecordId] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const workplans = useQuery(workplanListQueryOptions());
  const workplanId = workplans.data?.[0]?.id;
  const workplan = useQuery({ ...workplanDetailQueryOptions(workplanId ?? ''), enabled: workplanId !== undefined && kind === 'activity' });
  const indicators = useQuery({ ...indicatorListQueryOptions(networkId), enabled: kind === 'indicator' });

  const describe = (link: EvidenceLink): string => {
    const key = toEvidenceLinkKey(link);
    const view = known.find((candidate) => toEvidenceLinkKey(candidate as EvidenceLink) === key);
    const kindLabel = t(`readiness.evidenceKind.${link.kind}`);
    switch (link.kind) {
      case 'activity':
        return `${kindLabel}: ${(view?.kind === 'activity' ? view.title : null) ?? workplan.data?.activities.find((activity) => activity.id === link.activityId)?.title ?? link.activityId}`;
      case 'deliverable':
        return `${kindLabel}: ${(view?.kind === 'deliverable' ? view.title : null) ?? link.deliverableId}`;
      case 'indicator': {
        const indicator = indicators.data?.find((candidate) => candidate.id === link.indicatorId);
        return `${kindLabel}: ${(view?.kind === 'indicator' ? view.code : null) ?? indicator?.code ?? link.indicatorId}`;
      }
      case 'document':
        return `${kindLabel}: ${link.title} (${link.url})`;
    }
  };

  const candidate = (): EvidenceLink | null => {
    if (kind === 'document') return title.trim() && url.trim() ? { kind, title: title.trim(), url: url.trim() } : null;
    if (!recordId) return null;
    return kind === 'activity' ? { kind, activityId: recordId } : { kind, indicatorId: recordId };
  };
  const add = () => {
    const link = candidate();
    if (!link) return;
    onChange([...value, link]);
    setRecordId('');
    setTitle('');
    setUrl('');
  };

  return (
    <FieldGroup legend={t('readiness.edit.evidence')} hint={t('readiness.edit.evidenceHint')} error={error}>
      {value.length === 0 ? <p className="muted">{t('readiness.evidence.none')}</p> : (
        <ul className="plain-list evidence-editor__list">
          {value.map((link, index) => (
            <li key={toEvidenceLinkKey(link)} className="evidence-editor__item">
              <span>{describe(link)}</span>
              <button type="button" className="button button--quiet button--compact" onClick={() => onChange(value.filter((_, at) => at !== index))}>
                {t('readiness.edit.removeEvidence', { name: describe(link) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form__row evidence-editor__add">
        <div className="ct-field">
          <label className="ct-field__label" htmlFor={`${id}-kind`}>{t('readiness.edit.evidenceKind')}</label>
          <select id={`${id}-kind`} className="input" value={kind} onChange={(event) => { setKind(event.target.value as AddableKind); setRecordId(''); }}>
            {addableKinds.map((option) => <option key={option} value={option}>{t(`readiness.evidenceKind.${option}`)}</option>)}
          </select>
        </div>
        {kind === 'activity' ? (
          <div className="ct-field">
            <label className="ct-field__label" htmlFor={`${id}-activity`}>{t('readiness.evidenceKind.activity')}</label>
            <select id={`${id}-activity`} className="input" value={recordId} onChange={(event) => setRecordId(event.target.value)}>
              <option value="">{t('form.choose')}</option>
              {workplan.data?.activities.map((activity) => <option key={activity.id} value={activity.id}>{activity.title}</option>)}
            </select>
          </div>
        ) : null}
        {kind === 'indicator' ? (
          <div className="ct-field">
            <label className="ct-field__label" htmlFor={`${id}-indicator`}>{t('readiness.evidenceKind.indicator')}</label>
            <select id={`${id}-indicator`} className="input" value={recordId} onChange={(event) => setRecordId(event.target.value)}>
              <option value="">{t('form.choose')}</option>
              {indicators.data?.map((indicator) => <option key={indicator.id} value={indicator.id}>{indicator.code} {indicator.name}</option>)}
            </select>
          </div>
        ) : null}
        {kind === 'document' ? (
          <>
            <div className="ct-field">
              <label className="ct-field__label" htmlFor={`${id}-title`}>{t('readiness.edit.documentTitle')}</label>
              <input id={`${id}-title`} className="input" value={title} onChange={(event) => setTitle(event.target.value)} />
            </div>
            <div className="ct-field">
              <label className="ct-field__label" htmlFor={`${id}-url`}>{t('readiness.edit.documentUrl')}</label>
              <input id={`${id}-url`} className="input" type="url" inputMode="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />
            </div>
          </>
        ) : null}
        <div className="evidence-editor__add-button">
          <button type="button" className="button" disabled={candidate() === null} onClick={add}>{t('readiness.edit.addEvidence')}</button>
        </div>
      </div>
    </FieldGroup>
  );
};
