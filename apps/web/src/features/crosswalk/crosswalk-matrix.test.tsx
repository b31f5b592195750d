import { gcmObjectives, type CrosswalkLinkView } from '@compact-tracker/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { AppRoutes } from '../../app/app-routes';
import { renderWithApp } from '../../test/render-app';
import { crosswalkKeys } from './api';
import { buildMatrix, crosswalkNetworkId, firstObjectiveId, linkToGcmOne, placeholderStrategy } from './crosswalk-fixtures';
import { networkKeys } from './current-network';

const secondGoalFirstObjectiveId = placeholderStrategy.goals[1]?.objectives[0]?.id as string;

const link = (n: number, strategyObjectiveId: string, target: CrosswalkLinkView['target'], fit: CrosswalkLinkView['fit']): CrosswalkLinkView => ({
  id: `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`,
  strategyObjectiveId,
  target,
  fit,
  rationale: `Rationale ${n}`,
  version: 1,
});

/** Objective 1.1 partly covers GCM objective 1 and, by proxy, SDG indicator 10.7.2; objective 2.1 covers GCM 1 directly and GCM 5 by proxy. */
const links: CrosswalkLinkView[] = [
  linkToGcmOne,
  link(1, firstObjectiveId, { kind: 'sdg_indicator', reference: '10.7.2', label: null }, 'proxy'),
  link(2, firstObjectiveId, { kind: 'sdg_target', reference: '10.7', label: null }, 'direct'),
  link(3, secondGoalFirstObjectiveId, { kind: 'gcm_objective', reference: '1', label: gcmObjectives[0]?.title ?? null }, 'direct'),
  link(4, secondGoalFirstObjectiveId, { kind: 'gcm_objective', reference: '5', label: gcmObjectives[4]?.title ?? null }, 'proxy'),
];

const LocationProbe = () => <output data-testid="location">{useLocation().search}</output>;

const renderCrosswalk = (path: string, locale: 'en' | 'ka' = 'en') =>
  renderWithApp(
    <>
      <AppRoutes />
      <LocationProbe />
    </>,
    {
      path,
      locale,
      prepare: (queryClient) => {
        queryClient.setQueryData(networkKeys.list(), [{ id: crosswalkNetworkId, countryCode: 'GE', name: 'UN Network on Migration in Georgia', establishedOn: '2020-01-01', coChairs: [] }]);
        queryClient.setQueryData(crosswalkKeys.strategy(crosswalkNetworkId), placeholderStrategy);
        queryClient.setQueryData(crosswalkKeys.matrix(crosswalkNetworkId), buildMatrix(placeholderStrategy, links));
      },
    },
  );

/** What a cell shows to the eye (the letters) and what a screen reader says (the hidden words). */
const readCell = (cell: HTMLElement) => ({
  shown: [...cell.querySelectorAll('[aria-hidden="true"]')].map((element) => element.textContent).join(' '),
  spoken: [...cell.querySelectorAll('.ct-visually-hidden')].map((element) => element.textContent).join(''),
});

const rowOf = (table: HTMLElement, title: RegExp) => within(table).getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;

describe('the crosswalk matrix', () => {
  it('shows each strategy objective’s fit per GCM objective, its SDG links, and the coverage counts at the foot', async () => {
    renderCrosswalk('/crosswalk?view=matrix');
    const table = await screen.findByRole('table', { name: 'Crosswalk matrix: strategy objectives × the 23 GCM objectives' });

    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(25);
    expect(headers[0]?.textContent).toBe('Strategy objective');
    expect(headers[1]?.querySelector('abbr')?.textContent).toBe('1');
    expect(headers[1]?.querySelector('abbr')?.getAttribute('title')).toBe(gcmObjectives[0]?.title);
    expect(within(table).getByRole('columnheader', { name: `GCM objective 23: ${gcmObjectives[22]?.title} (No link)` }).querySelector('abbr')?.textContent).toBe('23');
    expect(headers[24]?.textContent).toBe('SDG targets and indicators');

    const goalHeader = within(table).getByRole('rowheader', { name: /^Goal 1 \(placeholder/ });
    expect(goalHeader.getAttribute('scope')).toBe('rowgroup');
    expect(within(goalHeader).getByText('Placeholder')).toBeTruthy();

    const first = within(rowOf(table, /^Objective 1\.1 /)).getAllByRole('cell');
    expect(first).toHaveLength(24);
    expect(readCell(first[0] as HTMLElement)).toEqual({ shown: 'P', spoken: 'Partial' });
    expect((first[0] as HTMLElement).getAttribute('title')).toBe('Partial: Both concern migration data');
    expect(first.slice(1, 23).every((cell) => cell.textContent === '')).toBe(true);
    expect(readCell(first[23] as HTMLElement)).toEqual({ shown: '10.7.2 X 10.7 D', spoken: 'SDG indicator 10.7.2, ProxySDG target 10.7, Direct' });
    expect(within(rowOf(table, /^Objective 1\.1 /)).getByText('Placeholder')).toBeTruthy();

    const secondGoal = within(rowOf(table, /^Objective 2\.1 /)).getAllByRole('cell');
    expect(readCell(secondGoal[0] as HTMLElement)).toEqual({ shown: 'D', spoken: 'Direct' });
    expect(readCell(secondGoal[4] as HTMLElement)).toEqual({ shown: 'X', spoken: 'Proxy' });
    expect(secondGoal[23]?.textContent).toBe('');

    const foot = rowOf(table, /^Strategy objectives linked$/);
    expect(foot.parentElement?.tagName).toBe('TFOOT');
    const counts = within(foot).getAllByRole('cell').slice(0, 23).map((cell) => cell.textContent);
    expect(counts).toEqual(['2', '0', '0', '0', '1', ...Array.from({ length: 18 }, () => '0')]);

    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['D Direct', 'P Partial', 'X Proxy', ' Hatched column: no strategy objective linked yet']);
  });

  it('marks the columns of GCM objectives with no link in the header’s words and on every cell, not by colour alone', async () => {
    renderCrosswalk('/crosswalk?view=matrix');
    const table = await screen.findByRole('table', { name: /^Crosswalk matrix/ });
    expect(screen.getByText(/^21 of 23 GCM objectives have no link yet: objectives 2, 3, 4, 6,/)).toBeTruthy();

    const linkedHeader = within(table).getByRole('columnheader', { name: `GCM objective 5: ${gcmObjectives[4]?.title}` });
    expect(linkedHeader.hasAttribute('data-unlinked')).toBe(false);
    const unlinkedHeader = within(table).getByRole('columnheader', { name: `GCM objective 2: ${gcmObjectives[1]?.title} (No link)` });
    expect(unlinkedHeader.hasAttribute('data-unlinked')).toBe(true);

    // Goal rows hold one cell across the table; every other row has a cell per column.
    const columnOf = (index: number) => within(table).getAllByRole('row').filter((row) => row.children.length > 1).map((row) => row.children.item(index) as Element);
    const secondColumn = columnOf(2);
    expect(secondColumn).toHaveLength(1 + 6 + 1);
    expect(secondColumn.every((cell) => cell.hasAttribute('data-unlinked'))).toBe(true);
    expect(columnOf(1).some((cell) => cell.hasAttribute('data-unlinked'))).toBe(false);
    expect(columnOf(5).some((cell) => cell.hasAttribute('data-unlinked'))).toBe(false);
  });

  it('switches between the tree and the matrix, keeping the choice in the address', async () => {
    renderCrosswalk('/crosswalk');
    const views = await screen.findByRole('group', { name: 'Show the crosswalk as' });
    expect(within(views).getByRole('button', { name: 'Tree' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('table', { name: /^Crosswalk matrix/ })).toBeNull();

    fireEvent.click(within(views).getByRole('button', { name: 'Matrix' }));
    expect(await screen.findByRole('table', { name: /^Crosswalk matrix/ })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('?view=matrix');
    expect(within(views).getByRole('button', { name: 'Matrix' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('listitem', { name: /^Goal 1 / })).toBeNull();

    fireEvent.click(within(views).getByRole('button', { name: 'Tree' }));
    expect(await screen.findByRole('listitem', { name: /^Goal 1 / })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('');
  });

  it('speaks Georgian: the caption, the fit letters and the footer', async () => {
    renderCrosswalk('/crosswalk?view=matrix', 'ka');
    const table = await screen.findByRole('table', { name: 'შესაბამისობის მატრიცა: სტრატეგიის ამოცანები × GCM-ის 23 მიზანი' });
    const first = within(rowOf(table, /^Objective 1\.1 /)).getAllByRole('cell');
    expect(readCell(first[0] as HTMLElement)).toEqual({ shown: 'ნ', spoken: 'ნაწილობრივი' });
    expect(within(table).getByRole('rowheader', { name: 'დაკავშირებული ამოცანები' })).toBeTruthy();
  });
});
