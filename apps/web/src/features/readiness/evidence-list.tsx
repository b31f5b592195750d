import { toEvidenceLinkKey, type EvidenceLinkView } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const EvidenceLink = ({ link }: { link: EvidenceLinkView }) => {
  const { t } = useTranslation();
  const kind = t(`readiness.evidenceKind.${link.kind}`);
  const gone = <span className="muted">{t('readiness.evidence.gone')}</span>;
  switch (link.kind) {
    case 'activity':
      return <>{kind}: {link.title ? <Link to={`/activities/${link.activityId}`}>{link.title}</Link> : gone}</>;
    case 'deliverable':
      return (
        <>
          {kind}: {link.title && link.activityId ? <Link to={`/activities/${link.activityId}`}>{link.title}</Link> : gone}
          {link.status ? <span className="muted"> ({t(`deliverableStatus.${link.status}`)})</span> : null}
        </>
      );
    case 'indicator':
      return <>{kind}: {link.code ? <Link to={`/indicators/${link.indicatorId}`}>{link.code} {link.name}</Link> : gone}</>;
    case 'document':
      return <>{kind}: <a href={link.url} rel="noreferrer noopener" target="_blank">{link.title}</a></>;
  }
};

/** What backs a criterion: links to the tracker's activities, deliverables and indicators, and outside documents. */
export const EvidenceList = ({ evidence }: { evidence: readonly EvidenceLinkView[] }) => {
  const { t } = useTranslation();
  if (evidence.length === 0) return <p className="muted">{t('readiness.evidence.none')}</p>;
  return (
    <ul className="plain-list evidence-list">
      {evidence.map((link) => (
        <li key={toEvidenceLinkKey(link)}>
          <EvidenceLink link={link} />
        </li>
      ))}
    </ul>
  );
};
