/**
 * JSON text that stays readable for statistics: indented like
 * JSON.stringify(value, null, 2), but arrays of plain values and small objects
 * of plain values (such as {"mean": …, "ci95": […]}) stay on one line.
 */
export function prettyJson(value: unknown, indent = ''): string {
  if (isFlat(value)) return flat(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + prettyJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

const isPlain = (v: unknown) => v === null || typeof v !== 'object';
const isPlainArray = (v: unknown) => Array.isArray(v) && v.every(isPlain);

function isFlat(value: unknown): boolean {
  if (isPlain(value) || isPlainArray(value)) return true;
  if (Array.isArray(value)) return false;
  const values = Object.values(value as Record<string, unknown>);
  return values.length <= 4 && values.every((v) => isPlain(v) || (isPlainArray(v) && (v as unknown[]).length <= 4));
}

function flat(value: unknown): string {
  if (isPlain(value)) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`).join(', ')}}`;
}
