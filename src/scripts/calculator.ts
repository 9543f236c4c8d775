// Calculator island: reads the form (or the URL query on load), validates, recomputes and keeps the URL in sync.
// Text only ever goes in through textContent; values from the URL only ever go into input.value.
import {
  barPercent,
  calculate,
  chartLabel,
  chartTitle,
  calculatorQueryKeys,
  customKey,
  describeOrigin,
  figureIds,
  formatMb,
  formatRange,
  formatTotal,
  formulaText,
  modeLabels,
  parseCalculatorInput,
  invalidNoticeText,
  presetHintText,
  quickTotalText,
  reservedFormula,
  reservedText,
  serializeCalculatorInput,
  summaryText,
  type CalculatorFigures,
  type CalculatorInput,
  type CalculatorResult,
  type FieldError,
  type MeshEstimate,
  type RawInput,
} from '../lib/calculator';

const liveDelayMs = 400;

function setText(element: Element | null, text: string) {
  if (element && element.textContent !== text) element.textContent = text;
}

function readFigures(root: HTMLElement): CalculatorFigures | undefined {
  try {
    const figures = JSON.parse(root.querySelector('script[data-calc-figures]')?.textContent ?? '') as CalculatorFigures;
    return figureIds.every((id) => figures[id]?.presets) ? figures : undefined;
  } catch {
    return undefined;
  }
}

function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[key] = value;
  return values;
}

/** Copies known query parameters into the form (text fields as typed; radios only for a known value). */
function applyQueryToForm(form: HTMLFormElement, params: URLSearchParams) {
  for (const key of calculatorQueryKeys) {
    const value = params.get(key);
    if (value === null) continue;
    const controls = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)];
    const radio = controls.find((control) => control.type === 'radio' && control.value === value);
    if (radio) radio.checked = true;
    for (const control of controls) if (control.type === 'text') control.value = value;
  }
  if (figureIds.some((id) => params.get(customKey(id))?.trim())) {
    const details = form.querySelector<HTMLDetailsElement>('details[data-calc-custom]');
    if (details) details.open = true;
  }
}

function showErrors(root: HTMLElement, errors: FieldError[]) {
  const byField = new Map(errors.map((error) => [error.field, error.message]));
  for (const message of root.querySelectorAll<HTMLElement>('[data-calc-error-for]')) {
    const field = message.dataset.calcErrorFor ?? '';
    const text = byField.get(field);
    setText(message, text ?? '');
    message.hidden = text === undefined;
    const input = root.querySelector<HTMLInputElement>(`input[type="text"][name="${field}"]`);
    const target = input ?? root.querySelector<HTMLElement>(`fieldset[data-calc-group="${field}"]`);
    if (!target) continue;
    const help = target.dataset.calcHelp;
    const describedBy = [text === undefined ? '' : message.id, help ?? ''].filter(Boolean).join(' ');
    if (describedBy) target.setAttribute('aria-describedby', describedBy);
    else target.removeAttribute('aria-describedby');
    if (input) {
      if (text === undefined) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    }
  }
}

function renderEstimate(card: HTMLElement, estimate: MeshEstimate, input: CalculatorInput) {
  setText(card.querySelector('[data-calc-mode]'), modeLabels[input.mode]);
  setText(card.querySelector('[data-calc-total]'), formatTotal(estimate.total));
  setText(card.querySelector('[data-calc-total-cell]'), formatMb(estimate.total));
  setText(card.querySelector('[data-calc-range]'), formatRange(estimate.range));
  setText(card.querySelector('[data-calc-formula]'), formulaText(estimate));
  setText(card.querySelector('[data-calc-reserved]'), reservedText(estimate.reserved));
  setText(card.querySelector('[data-calc-reserved-formula]'), reservedFormula(estimate.reserved));
  for (const row of card.querySelectorAll<HTMLElement>('[data-calc-line]')) {
    const line = estimate.lines.find((candidate) => candidate.id === row.dataset.calcLine);
    row.hidden = !line;
    if (!line) continue;
    setText(row.querySelector('[data-calc-cell="count"]'), line.countText);
    setText(row.querySelector('[data-calc-cell="each"]'), formatMb(line.mbEach));
    setText(row.querySelector('[data-calc-cell="origin"]'), describeOrigin(line.figure));
    setText(row.querySelector('[data-calc-cell="subtotal"]'), formatMb(line.subtotal));
  }
}

function renderChart(root: HTMLElement, result: CalculatorResult, input: CalculatorInput) {
  const largest = Math.max(result.istio.total, result.linkerd.total);
  for (const estimate of [result.istio, result.linkerd]) {
    setText(root.querySelector(`[data-calc-bar-label="${estimate.mesh}"]`), chartLabel(estimate));
    root.querySelector(`[data-calc-bar="${estimate.mesh}"]`)?.setAttribute('width', `${barPercent(estimate.total, largest).toFixed(2)}%`);
  }
  setText(root.querySelector('[data-calc-chart-title]'), chartTitle(result, input.mode));
}

function renderFigures(root: HTMLElement, result: CalculatorResult, input: CalculatorInput, figures: CalculatorFigures) {
  const used = new Set([...result.istio.lines, ...result.linkerd.lines].map((line) => line.figureId));
  for (const id of figureIds) {
    const custom = input.custom[id];
    const block = root.querySelector<HTMLElement>(`[data-calc-figure="${id}"]`);
    if (block) {
      block.hidden = !used.has(id);
      for (const variant of block.querySelectorAll<HTMLElement>('[data-calc-variant]')) {
        variant.hidden = custom === undefined ? variant.dataset.calcVariant !== input.preset : variant.dataset.calcVariant !== 'custom';
      }
      setText(block.querySelector('[data-calc-custom-value]'), custom === undefined ? '' : formatMb(custom).replace(/ MB$/, ''));
    }
    setText(root.querySelector(`[data-calc-preset-hint="${id}"]`), presetHintText(figures[id].presets[input.preset], input.preset));
  }
}

/** Writes our parameters into the URL, keeping any others and the fragment. */
function syncUrl(input: CalculatorInput) {
  const params = new URLSearchParams(window.location.search);
  for (const key of calculatorQueryKeys) params.delete(key);
  for (const [key, value] of new URLSearchParams(serializeCalculatorInput(input))) params.append(key, value);
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', url);
  }
}

function init(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[data-calc-form]');
  const figures = readFigures(root);
  const summary = root.querySelector('[data-calc-summary]');
  const notice = root.querySelector<HTMLElement>('[data-calc-notice]');
  if (!form || !figures) return;
  let liveTimer: number | undefined;
  let hadValidInput = false;

  const announce = (summaryTextValue: string | undefined, noticeValue: string | undefined, immediately: boolean) => {
    window.clearTimeout(liveTimer);
    const write = () => {
      if (summaryTextValue !== undefined) setText(summary, summaryTextValue);
      if (notice) {
        setText(notice, noticeValue ?? '');
        notice.hidden = noticeValue === undefined;
      }
    };
    if (immediately) write();
    else liveTimer = window.setTimeout(write, liveDelayMs);
  };

  const update = (raw: RawInput, { fromUrl }: { fromUrl: boolean }) => {
    const parsed = parseCalculatorInput(raw);
    showErrors(root, parsed.errors ?? []);
    root.toggleAttribute('data-calc-stale', parsed.errors !== undefined);
    if (parsed.errors) {
      announce(undefined, invalidNoticeText(parsed.errors.length, hadValidInput), fromUrl);
      return;
    }
    hadValidInput = true;
    const input = parsed.ok;
    const result = calculate(input, figures);
    for (const card of root.querySelectorAll<HTMLElement>('[data-calc-mesh]')) {
      const estimate = card.dataset.calcMesh === 'linkerd' ? result.linkerd : result.istio;
      renderEstimate(card, estimate, input);
    }
    renderChart(root, result, input);
    renderFigures(root, result, input, figures);
    setText(root.querySelector('[data-calc-quick]'), quickTotalText(result));
    announce(summaryText(result, input.mode), undefined, fromUrl);
    if (!fromUrl) syncUrl(input);
  };

  const params = new URLSearchParams(window.location.search);
  applyQueryToForm(form, params);
  update(params, { fromUrl: true });

  const onInput = () => update(formValues(form), { fromUrl: false });
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onInput();
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-calculator]')) init(root);
