import type { Plugin } from 'vite';
import { ENTITIES, NOT_ENTITIES } from '../entities/dataset';
import { compileMatcher } from './matcher';
import { prebuildMatcher } from './prebuild';

const ID = 'virtual:siyaq-matcher';
const RESOLVED = `\0${ID}`;

/**
 * Vite plugin: `import prebuilt from 'virtual:siyaq-matcher'` gives the matcher compiled from the
 * dataset at build time, so that the extension's pages never fold the dataset themselves.
 */
export function prebuiltMatcher(): Plugin {
  return {
    name: 'siyaq-prebuilt-matcher',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `export default ${JSON.stringify(prebuildMatcher(compileMatcher(ENTITIES, NOT_ENTITIES)))};`
        : undefined,
  };
}
