/**
 * The scenario editor: the scenario JSON in a textarea with live, debounced
 * validation (each problem as `path: message`), load from a file, download,
 * and Apply. A broken edit never loses the text (it is also kept in
 * localStorage) and never stops the running view: the app keeps running the
 * last valid scenario until an Apply succeeds.
 */
import type { ScenarioProblem } from '../../sim/scenario/parse.ts';
import { el } from '../ui/dom.ts';

/** The largest file Load file reads: the scenario file limit (sim/scenario/schema.ts LIMITS.maxFileBytes). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadFileOutcome = { readonly ok: true; readonly text: string; readonly note: string } | { readonly ok: false; readonly message: string };

/**
 * Reads a chosen file as scenario text, by the CLI's rules: at most the file limit (checked before reading), UTF-8
 * or refused, and a byte-order mark removed with a note (the browser would drop it silently).
 */
export async function readScenarioFile(file: Blob & { readonly name: string }): Promise<ReadFileOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for a scenario; it was not loaded (is it the right file?).` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${file.name} is not UTF-8 text, so it is not a scenario; it was not loaded.` };
  }
  if (text.startsWith('\uFEFF')) {
    return { ok: true, text: text.slice(1), note: ` It started with a byte-order mark (U+FEFF), which was removed.` };
  }
  return { ok: true, text, note: '' };
}

const STORAGE_KEY = 'reciprocity-lab:scenario-text';
const VALIDATE_DELAY_MS = 300;

/** What the editor needs from the app. */
export interface EditorActions {
  /** Problems with this text ([] when valid); runs in the worker. */
  validate(text: string): Promise<readonly ScenarioProblem[]>;
  /** Runs this text; resolves to its problems ([] when it now runs). */
  apply(text: string): Promise<readonly ScenarioProblem[]>;
  download(text: string): void;
}

/** The text saved from the last session, if any. */
export function savedScenarioText(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function saveScenarioText(text: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Storage full or disabled: the text stays in the textarea, which is what matters.
  }
}

export class ScenarioEditor {
  readonly textarea: HTMLTextAreaElement;
  private readonly problemList: HTMLUListElement;
  private readonly status: HTMLParagraphElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private validation = 0;
  /** The text of the scenario that is running (edits differ from it until applied). */
  private runningText = '';

  constructor(
    container: HTMLElement,
    private readonly actions: EditorActions,
  ) {
    this.textarea = el('textarea', { id: 'scenario-text', spellcheck: 'false', wrap: 'off', 'aria-describedby': 'scenario-status scenario-problems', rows: 18 });
    this.textarea.addEventListener('input', () => this.edited());
    this.status = el('p', { id: 'scenario-status', class: 'editor-status', role: 'status' });
    this.problemList = el('ul', { id: 'scenario-problems', class: 'problems', 'aria-live': 'polite' });

    const apply = el('button', { type: 'button', class: 'primary', id: 'apply-scenario' }, 'Apply and run');
    apply.addEventListener('click', () => void this.applyText());
    const fileInput = el('input', { type: 'file', accept: '.json,application/json', id: 'scenario-file', class: 'visually-hidden', tabindex: -1 });
    fileInput.addEventListener('change', () => void this.loadFile(fileInput));
    const load = el('button', { type: 'button' }, 'Load file…');
    load.addEventListener('click', () => fileInput.click());
    const download = el('button', { type: 'button', id: 'download-scenario' }, 'Download');
    download.addEventListener('click', () => this.actions.download(this.textarea.value));

    container.append(
      el('label', { for: 'scenario-text', class: 'panel-title' }, 'Scenario (JSON)'),
      this.textarea,
      el('div', { class: 'editor-actions' }, apply, load, download, fileInput),
      this.status,
      this.problemList,
    );
  }

  /** Shows the running scenario's text, unless the person has unapplied edits (never overwrite their work). */
  showRunning(text: string, force = false): void {
    const dirty = this.textarea.value !== this.runningText;
    this.runningText = text;
    if (dirty && !force) {
      this.status.textContent = 'The running scenario changed (a lever was moved); your unapplied edits are kept. Apply them, or download the running scenario from Export.';
      return;
    }
    this.textarea.value = text;
    saveScenarioText(text);
    this.showProblems([]);
  }

  /** Puts text in the editor without running it (a saved edit restored at start-up). */
  setText(text: string): void {
    this.textarea.value = text;
    this.edited();
  }

  private edited(): void {
    saveScenarioText(this.textarea.value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.validateNow(), VALIDATE_DELAY_MS);
  }

  private async validateNow(): Promise<void> {
    const ticket = ++this.validation;
    const text = this.textarea.value;
    try {
      const problems = await this.actions.validate(text);
      if (ticket === this.validation) this.showProblems(problems);
    } catch {
      if (ticket === this.validation) this.status.textContent = 'Cannot check the scenario while the simulation is stopped; restart it first.';
    }
  }

  private async applyText(): Promise<void> {
    clearTimeout(this.timer);
    const text = this.textarea.value;
    try {
      const problems = await this.actions.apply(text);
      this.showProblems(problems);
      if (problems.length === 0) {
        this.runningText = text;
        this.status.textContent = 'Applied: the scenario is running from week 0.';
      }
    } catch {
      this.status.textContent = 'The simulation is not running; restart it, then apply again. Your text is kept.';
    }
  }

  private async loadFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readScenarioFile(file);
    if (!read.ok) {
      this.status.textContent = `${read.message} Your text is unchanged.`;
      return;
    }
    this.setText(read.text);
    this.status.textContent = `Loaded ${file.name}; check it, then Apply.${read.note}`;
  }

  private showProblems(problems: readonly ScenarioProblem[]): void {
    this.problemList.replaceChildren(...problems.slice(0, 50).map((p) => el('li', { class: 'problem' }, el('code', {}, p.path), `: ${p.message}`)));
    const unapplied = this.textarea.value !== this.runningText;
    if (problems.length > 0) {
      this.status.textContent = `${problems.length} problem${problems.length === 1 ? '' : 's'}; the last valid scenario keeps running.`;
    } else {
      this.status.textContent = unapplied ? 'Valid. Apply to run it.' : 'This is the scenario that is running.';
    }
    this.textarea.setAttribute('aria-invalid', String(problems.length > 0));
  }
}
