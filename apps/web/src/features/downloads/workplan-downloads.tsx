import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';
import { getWorkplanDownloads } from './download-links';
import './downloads.css';

/** Copies the feed's full address, which calendar programs ask for when subscribing. */
const CopyLinkButton = ({ path }: { path: string }) => {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.origin).toString());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void copy()}>{t('downloads.copyLink')}</button>
      <span role="status" className="muted">
        {state === 'copied' ? t('downloads.copied') : state === 'failed' ? t('downloads.copyFailed') : ''}
      </span>
    </>
  );
};

export const WorkplanDownloads = ({ workplanId }: { workplanId: string }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const headingId = useId();
  const links = getWorkplanDownloads(workplanId, locale);
  return (
    <section className="panel downloads" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('downloads.heading')}</h2>
      <dl className="downloads__list">
        <div className="downloads__group">
          <dt>{t('downloads.calendarFeed')}</dt>
          <dd>
            <a href={links.calendarFeed}>{t('downloads.subscribe')}</a> <CopyLinkButton path={links.calendarFeed} />
            <p className="muted downloads__hint">{t('downloads.calendarFeedHint')}</p>
          </dd>
        </div>
        <div className="downloads__group">
          <dt>{t('downloads.workplan')}</dt>
          <dd>
            <ul className="downloads__files">
              <li><a href={links.xlsx} download>{t('downloads.xlsx')}</a></li>
              <li><a href={links.csv} download>{t('downloads.csv')}</a></li>
              <li><a href={links.pdf} download>{t('downloads.pdf')}</a></li>
            </ul>
          </dd>
        </div>
        <div className="downloads__group">
          <dt>{t('downloads.actionPoints')}</dt>
          <dd>
            <ul className="downloads__files">
              <li><a href={links.actionPointsXlsx} download>{t('downloads.actionPointsXlsx')}</a></li>
              <li><a href={links.actionPointsCsv} download>{t('downloads.actionPointsCsv')}</a></li>
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
};
