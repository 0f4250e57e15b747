// JSON formatter: the report as pretty JSON, deterministic (keys in construction order, arrays pre-sorted).
import type { Report } from '../types.ts';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
