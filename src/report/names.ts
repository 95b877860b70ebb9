/**
 * The names `check --format` takes, known without loading a formatter (so `--help` and
 * usage errors stay fast); a test keeps this list equal to the formatters' keys.
 */
export const REPORT_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (name: string): name is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(name);
