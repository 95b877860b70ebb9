import type { Root } from 'mdast';
import type { Opd } from '../config/opd-registry.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { DimensionId, Labelled } from '../domain/dimensions.ts';
import type { InitiativeFrontmatter } from './schema.ts';

/** Time horizons after normalising English names to the Indonesian ids. */
export type Horizon = 'pendek' | 'menengah' | 'panjang';
/** Programme status after normalising English names to the Indonesian ids. */
export type Status = 'usulan' | 'rencana' | 'berjalan' | 'selesai';

/** An initiative after validation: names resolved, defaults applied, body parsed. */
export interface Initiative {
  id: string;
  title: string;
  dimension: DimensionId;
  element?: Labelled;
  opd: Opd;
  supportingOpd: Opd[];
  quickWin: boolean;
  horizon?: Horizon;
  startYear?: number;
  endYear?: number;
  status?: Status;
  budget?: number;
  funding: NonNullable<InitiativeFrontmatter['funding']>;
  partners: string[];
  kpi: NonNullable<InitiativeFrontmatter['kpi']>;
  body: Root;
  /** Display path of the source file, and its absolute path (images resolve against it). */
  file: string;
  path: string;
  /** Where the body starts in the file and where the id is written (for cross-file diagnostics). */
  bodyStart: Position;
  idPosition: Position;
}

const HORIZON: Record<string, Horizon> = { short: 'pendek', medium: 'menengah', long: 'panjang' };
const STATUS: Record<string, Status> = { proposed: 'usulan', planned: 'rencana', running: 'berjalan', done: 'selesai' };

/** Indonesian id of a horizon written in either language. */
export function normaliseHorizon(value: string): Horizon {
  return HORIZON[value] ?? (value as Horizon);
}

/** Indonesian id of a status written in either language. */
export function normaliseStatus(value: string): Status {
  return STATUS[value] ?? (value as Status);
}
