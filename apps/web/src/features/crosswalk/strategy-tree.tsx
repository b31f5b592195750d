import type { CrosswalkLinkView, StrategyGoalView, StrategyObjectiveView, StrategyView } from '@compact-tracker/domain';
import { ConflictNotice } from '@compact-tracker/ui';
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteConfirmation } from '../../app/delete-confirmation';
import { useLoadLatest as useLoadLatestFrom } from '../../app/use-load-latest';
import { ErrorState } from '../../app/query-states';
import { isVersionConflict } from '../../lib/api-client';
import { useIdempotencyKey } from '../../lib/idempotency';
import {
  strategyQueryOptions,
  useCreateGoal,
  useCreateObjective,
  useDeleteGoal,
  useDeleteObjective,
  useRenameGoal,
  useRenameObjective,
} from './api';
import { CrosswalkLinks } from './crosswalk-links';
import { LinkForm } from './link-form';
import { TitleForm } from './title-form';

type ItemKind = 'goal' | 'objective';
type StrategyItem = { id: string; title: string; isPlaceholder: boolean; version: number };

const findItem = (strategy: StrategyView, kind: ItemKind, id: string): StrategyItem | undefined =>
  kind === 'goal' ? strategy.goals.find((goal) => goal.id === id) : strategy.goals.flatMap((goal) => goal.objectives).find((objective) => objective.id === id);

/** The goal or objective as it is saved now; undefined when it could not be loaded or is gone. */
const useLoadLatestItem = (networkId: string, kind: ItemKind, id: string) =>
  useLoadLatestFrom(strategyQueryOptions(networkId), (strategy) => findItem(strategy, kind, id));

export const PlaceholderBadge = () => {
  const { t } = useTranslation();
  return <span className="ct-badge placeholder-badge" title={t('crosswalk.placeholderHint')}>{t('crosswalk.placeholder')}</span>;
};

type ItemPanelProps = { networkId: string; kind: ItemKind; item: StrategyItem; label: string; onClose: (notice?: string) => void };

const RenameItem = ({ networkId, kind, item, label, onClose }: ItemPanelProps) => {
  const { t } = useTranslation();
  const renameGoal = useRenameGoal();
  const renameObjective = useRenameObjective();
  const rename = kind === 'goal' ? renameGoal : renameObjective;
  const latest = useLoadLatestItem(networkId, kind, item.id);
  const [version, setVersion] = useState(item.version);

  const reload = async () => {
    const fresh = await latest.load();
    if (!fresh) return onClose();
    setVersion(fresh.version);
    rename.reset();
  };

  return (
    <TitleForm
      heading={t('crosswalk.renameHeading', { item: label })}
      label={t(kind === 'goal' ? 'crosswalk.goalTitle' : 'crosswalk.objectiveTitle')}
      {...(item.isPlaceholder ? { hint: t('crosswalk.renamePlaceholderHint') } : {})}
      defaultTitle={item.title}
      submitLabel={t('form.save')}
      isPending={rename.isPending}
      notices={
        <>
          {isVersionConflict(rename.error) ? (
            <ConflictNotice
              title={t('conflict.title')}
              message={t('crosswalk.strategyConflict')}
              reloadLabel={t('conflict.reload')}
              reloadingLabel={t('conflict.reloading')}
              isReloading={latest.isLoading}
              onReload={() => void reload()}
            />
          ) : null}
          {rename.isError && !isVersionConflict(rename.error) ? <ErrorState error={rename.error} headingLevel={3} /> : null}
        </>
      }
      onSubmit={(input, onServerError) => rename.mutate({ id: item.id, input, version }, { onSuccess: () => onClose(t('crosswalk.renamed')), onError: onServerError })}
      onCancel={() => onClose()}
    />
  );
};

const DeleteItem = ({ networkId, kind, item, label, onClose, body }: ItemPanelProps & { body: string }) => {
  const { t } = useTranslation();
  const deleteGoal = useDeleteGoal();
  const deleteObjective = useDeleteObjective();
  const remove = kind === 'goal' ? deleteGoal : deleteObjective;
  const latest = useLoadLatestItem(networkId, kind, item.id);
  const [version, setVersion] = useState(item.version);

  const reload = async () => {
    const fresh = await latest.load();
    if (!fresh) return onClose(t('crosswalk.deleted', { item: label }));
    setVersion(fresh.version);
    remove.reset();
  };

  return (
    <DeleteConfirmation
      className="subpanel stack"
      conflictMessage={t('crosswalk.strategyConflict')}
      isReloading={latest.isLoading}
      onReload={() => void reload()}
      error={remove.error}
      body={body}
      confirmLabel={t('crosswalk.confirmDelete', { item: label })}
      pendingLabel={t('crosswalk.deleting')}
      isPending={remove.isPending}
      onConfirm={() => remove.mutate({ id: item.id, version }, { onSuccess: () => onClose(t('crosswalk.deleted', { item: label })) })}
      onCancel={() => onClose()}
    />
  );
};

const AddObjective = ({ goal, onClose }: { goal: StrategyGoalView; onClose: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const create = useCreateObjective();
  const idempotency = useIdempotencyKey();
  return (
    <TitleForm
      heading={t('crosswalk.addObjectiveHeading')}
      label={t('crosswalk.objectiveTitle')}
      defaultTitle=""
      submitLabel={t('crosswalk.addObjective')}
      isPending={create.isPending}
      notices={create.isError ? <ErrorState error={create.error} headingLevel={3} /> : null}
      onSubmit={(input, onServerError) =>
        create.mutate(
          { parentId: goal.id, input, idempotencyKey: idempotency.getKeyFor(input) },
          {
            onSuccess: () => {
              idempotency.reset();
              onClose(t('crosswalk.objectiveAdded'));
            },
            onError: onServerError,
          },
        )
      }
      onCancel={() => onClose()}
    />
  );
};

export const AddGoal = ({ networkId, onClose }: { networkId: string; onClose: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const create = useCreateGoal();
  const idempotency = useIdempotencyKey();
  return (
    <TitleForm
      heading={t('crosswalk.addGoalHeading')}
      label={t('crosswalk.goalTitle')}
      defaultTitle=""
      submitLabel={t('crosswalk.addGoal')}
      isPending={create.isPending}
      notices={create.isError ? <ErrorState error={create.error} headingLevel={3} /> : null}
      onSubmit={(input, onServerError) =>
        create.mutate(
          { parentId: networkId, input, idempotencyKey: idempotency.getKeyFor(input) },
          {
            onSuccess: () => {
              idempotency.reset();
              onClose(t('crosswalk.goalAdded'));
            },
            onError: onServerError,
          },
        )
      }
      onCancel={() => onClose()}
    />
  );
};

type Mode = 'rename' | 'delete' | 'add';

type ToolButtonProps = {
  mode: Mode;
  current: Mode | null;
  label: string;
  context: string;
  isDanger?: boolean;
  onToggle: (mode: Mode) => void;
  buttons: RefObject<Partial<Record<Mode, HTMLButtonElement | null>>>;
};

/** A tool whose visible label is short ("Rename"); its accessible name says which item it acts on. */
const ToolButton = ({ mode, current, label, context, isDanger = false, onToggle, buttons }: ToolButtonProps) => (
  <button
    type="button"
    ref={(element) => {
      buttons.current[mode] = element;
    }}
    className={isDanger ? 'button button--danger-quiet' : 'button'}
    aria-label={`${label} ${context}`}
    aria-expanded={current === mode}
    onClick={() => onToggle(mode)}
  >
    {label}
  </button>
);

/** One panel open at a time per item; closing it returns the focus to the tool that opened it. */
const useItemPanel = (onNotice: (notice: string) => void) => {
  const [mode, setMode] = useState<Mode | null>(null);
  const buttons = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  const toggle = (next: Mode) => setMode((current) => (current === next ? null : next));
  const close = (notice?: string) => {
    const opener = mode;
    setMode(null);
    if (notice) onNotice(notice);
    if (opener) buttons.current[opener]?.focus();
  };
  return { mode, buttons, toggle, close };
};

type ObjectiveItemProps = {
  networkId: string;
  objective: StrategyObjectiveView;
  label: string;
  links: readonly CrosswalkLinkView[];
  canWrite: boolean;
  onNotice: (notice: string) => void;
};

const ObjectiveItem = ({ networkId, objective, label, links, canWrite, onNotice }: ObjectiveItemProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const { mode, buttons, toggle, close } = useItemPanel(onNotice);

  return (
    <li className="strategy-objective" aria-labelledby={titleId} data-placeholder={objective.isPlaceholder || undefined} data-linked={links.length > 0 || undefined}>
      <div className="strategy-item__head">
        <h4 id={titleId} className="strategy-objective__title">{objective.title}</h4>
        <div className="strategy-item__meta">
          {objective.isPlaceholder ? <PlaceholderBadge /> : null}
          <span className="strategy-objective__count">{t('crosswalk.linkCount', { count: links.length })}</span>
        </div>
      </div>
      {canWrite ? (
        <div className="strategy-item__tools" role="group" aria-label={t('crosswalk.toolsFor', { item: label })}>
          <ToolButton mode="add" current={mode} label={t('crosswalk.addLink')} context={t('crosswalk.toItem', { item: label })} onToggle={toggle} buttons={buttons} />
          <ToolButton mode="rename" current={mode} label={t('crosswalk.rename')} context={label} onToggle={toggle} buttons={buttons} />
          <ToolButton mode="delete" current={mode} label={t('crosswalk.delete')} context={label} isDanger onToggle={toggle} buttons={buttons} />
        </div>
      ) : null}
      {mode === 'add' ? <LinkForm strategyObjectiveId={objective.id} objectiveTitle={label} onClose={close} /> : null}
      {mode === 'rename' ? <RenameItem networkId={networkId} kind="objective" item={objective} label={label} onClose={close} /> : null}
      {mode === 'delete' ? (
        <DeleteItem networkId={networkId} kind="objective" item={objective} label={label} onClose={close} body={t('crosswalk.deleteObjectiveBody', { count: links.length })} />
      ) : null}
      <CrosswalkLinks networkId={networkId} objectiveTitle={objective.title} links={links} canWrite={canWrite} onNotice={onNotice} />
    </li>
  );
};

type GoalItemProps = {
  networkId: string;
  goal: StrategyGoalView;
  goalNumber: number;
  linksByObjective: ReadonlyMap<string, readonly CrosswalkLinkView[]>;
  canWrite: boolean;
  onNotice: (notice: string) => void;
};

const GoalItem = ({ networkId, goal, goalNumber, linksByObjective, canWrite, onNotice }: GoalItemProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const { mode, buttons, toggle, close } = useItemPanel(onNotice);
  const label = t('crosswalk.goalLabel', { number: goalNumber });

  return (
    <li className="strategy-goal" aria-labelledby={titleId} data-placeholder={goal.isPlaceholder || undefined}>
      <div className="strategy-item__head">
        <h3 id={titleId} className="strategy-goal__title">{goal.title}</h3>
        {goal.isPlaceholder ? <div className="strategy-item__meta"><PlaceholderBadge /></div> : null}
      </div>
      {canWrite ? (
        <div className="strategy-item__tools" role="group" aria-label={t('crosswalk.toolsFor', { item: label })}>
          <ToolButton mode="add" current={mode} label={t('crosswalk.addObjective')} context={t('crosswalk.toItem', { item: label })} onToggle={toggle} buttons={buttons} />
          <ToolButton mode="rename" current={mode} label={t('crosswalk.rename')} context={label} onToggle={toggle} buttons={buttons} />
          <ToolButton mode="delete" current={mode} label={t('crosswalk.delete')} context={label} isDanger onToggle={toggle} buttons={buttons} />
        </div>
      ) : null}
      {mode === 'add' ? <AddObjective goal={goal} onClose={close} /> : null}
      {mode === 'rename' ? <RenameItem networkId={networkId} kind="goal" item={goal} label={label} onClose={close} /> : null}
      {mode === 'delete' ? (
        <DeleteItem networkId={networkId} kind="goal" item={goal} label={label} onClose={close} body={t('crosswalk.deleteGoalBody', { count: goal.objectives.length })} />
      ) : null}
      {goal.objectives.length === 0 ? <p className="muted">{t('crosswalk.noObjectives')}</p> : (
        <ol className="strategy-objectives">
          {goal.objectives.map((objective, index) => (
            <ObjectiveItem
              key={objective.id}
              networkId={networkId}
              objective={objective}
              label={t('crosswalk.objectiveLabel', { goal: goalNumber, number: index + 1 })}
              links={linksByObjective.get(objective.id) ?? []}
              canWrite={canWrite}
              onNotice={onNotice}
            />
          ))}
        </ol>
      )}
    </li>
  );
};

type StrategyTreeProps = {
  networkId: string;
  strategy: StrategyView;
  linksByObjective: ReadonlyMap<string, readonly CrosswalkLinkView[]>;
  canWrite: boolean;
  onNotice: (notice: string) => void;
};

/** The national strategy's goals and objectives, each objective with its crosswalk links. */
export const StrategyTree = ({ networkId, strategy, linksByObjective, canWrite, onNotice }: StrategyTreeProps) => {
  const { t } = useTranslation();
  const [isAddingGoal, setIsAddingGoal] = useState(false);
  const addGoalButton = useRef<HTMLButtonElement | null>(null);
  return (
    <>
      {strategy.goals.length === 0 ? <p className="muted">{t('crosswalk.noGoals')}</p> : (
        <ol className="strategy-tree">
          {strategy.goals.map((goal, index) => (
            <GoalItem key={goal.id} networkId={networkId} goal={goal} goalNumber={index + 1} linksByObjective={linksByObjective} canWrite={canWrite} onNotice={onNotice} />
          ))}
        </ol>
      )}
      {canWrite ? (
        <div>
          {isAddingGoal ? (
            <AddGoal
              networkId={networkId}
              onClose={(notice) => {
                setIsAddingGoal(false);
                if (notice) onNotice(notice);
                requestAnimationFrame(() => addGoalButton.current?.focus());
              }}
            />
          ) : (
            <button ref={addGoalButton} type="button" className="button" onClick={() => setIsAddingGoal(true)}>{t('crosswalk.addGoal')}</button>
          )}
        </div>
      ) : null}
    </>
  );
};
