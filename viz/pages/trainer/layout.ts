/**
 * The page's fixed furniture: the header (scenario picker, exports, presenter
 * toggle) and the side panel's tabs (levers, scenario editor, notes).
 */
import { byId, el } from '../../ui/dom.ts';
import { installPresenterToggle } from './presenter-mode.ts';
import { ScenarioPicker } from '../../scenario/picker.ts';
import { libraryScenarios, type LibraryScenario } from '../../scenario/library.ts';

export interface HeaderActions {
  pick(scenario: LibraryScenario, variant?: string): void;
  exportCsv(): void;
  exportScenario(): void;
  shareLink(): void;
  openCompare(): void;
  presenterChanged(): void;
}

/** Builds the header; returns a function that shows the running scenario's name. */
export function buildHeader(actions: HeaderActions): (name: string) => void {
  const picker = new ScenarioPicker(byId('scenario-picker'), libraryScenarios(), (s, variant) => actions.pick(s, variant));
  const actionsHost = byId('header-actions');
  const csv = el('button', { type: 'button', id: 'export-csv', 'aria-label': 'Download the run as CSV (one row per week and team)' }, 'Export CSV');
  csv.addEventListener('click', () => actions.exportCsv());
  const json = el('button', { type: 'button', id: 'export-scenario', 'aria-label': 'Download the running scenario as JSON' }, 'Export scenario');
  json.addEventListener('click', () => actions.exportScenario());
  const share = el('button', { type: 'button', id: 'share-link', 'aria-label': 'Copy a link that carries the whole running scenario' }, 'Copy link');
  share.addEventListener('click', () => actions.shareLink());
  const compare = el('button', { type: 'button', id: 'open-compare', 'aria-label': 'Compare policies side by side on the running scenario' }, 'Compare policies');
  compare.addEventListener('click', () => actions.openCompare());
  actionsHost.append(compare, csv, json, share);
  installPresenterToggle(actionsHost, () => actions.presenterChanged());
  return (name) => picker.showCurrent(name);
}

/**
 * The side panel: a place for the guided session at the top (its offer, or the session itself), then tabs (levers,
 * scenario editor, facilitator notes); returns the parts to fill.
 */
export function buildSidePanel(side: HTMLElement): { guide: HTMLElement; levers: HTMLElement; editor: HTMLElement; notes: HTMLElement } {
  const tabs = [
    { id: 'levers', label: 'Levers' },
    { id: 'editor', label: 'Scenario' },
    { id: 'notes', label: 'Notes' },
  ] as const;
  const tabList = el('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Side panel' });
  const panels: Record<string, HTMLElement> = {};
  const buttons: HTMLButtonElement[] = [];
  const select = (index: number, focus: boolean) => {
    buttons.forEach((button, i) => {
      const selected = i === index;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      panels[tabs[i].id].hidden = !selected;
    });
    if (focus) buttons[index].focus();
  };
  tabs.forEach((tab, index) => {
    const button = el('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}` }, tab.label);
    button.addEventListener('click', () => select(index, false));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        select((index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length, true);
      }
    });
    buttons.push(button);
    tabList.append(button);
    panels[tab.id] = el('div', { role: 'tabpanel', id: `panel-${tab.id}`, class: 'tab-panel', 'aria-labelledby': `tab-${tab.id}` });
  });
  const guide = el('div', { class: 'guide-host' });
  side.append(guide, tabList, ...tabs.map((t) => panels[t.id]));
  select(0, false);
  return { guide, levers: panels.levers, editor: panels.editor, notes: panels.notes };
}
