/** The names `stats --format` takes, known without loading a formatter; a test keeps it equal to STATS_FORMATS. */
export const STATS_FORMAT_NAMES = ['table', 'json', 'csv', 'markdown'] as const;
