import { CLASS } from '../text/fold';

/** A set of words from lists written with spaces between them (the guards' and the capitals' word lists). */
export const words = (...lists: string[]) => new Set(lists.join(' ').split(' '));

/** The folding table's class of the character at `i`. */
export const classAt = (text: string, i: number) => CLASS[text.charCodeAt(i)] as number;
