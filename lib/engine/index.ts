import { ENTITIES, NOT_ENTITIES } from '../entities/dataset';
import { Engine } from './engine';
import { tokenizeEnglish } from './english';
import { compileMatcher } from './matcher';

export type { Block, Mention } from './engine';
export { Engine } from './engine';

let shared: Engine | undefined;

/** The engine over the bundled dataset, with compromise for English; built once, on first use. */
export function defaultEngine(): Engine {
  shared ??= new Engine(compileMatcher(ENTITIES, NOT_ENTITIES), { tokenizeEnglish });
  return shared;
}
