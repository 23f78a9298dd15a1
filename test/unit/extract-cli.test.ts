import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'siyaq-extract-'));

function extract(...files: string[]) {
  return spawnSync('npm', ['run', '--silent', 'extract', '--', ...files], { cwd: ROOT, encoding: 'utf8' });
}

describe('the extract CLI', () => {
  it('prints one JSON line per file with entities, mentions and UTF-16 offsets into the file as read', () => {
    const ar = join(dir, 'ar.txt');
    const en = join(dir, 'en.txt');
    const arText = '\ufeffلاهاي–سانا\nأكدت سورية 😀 للأمم المتحدة وروسيا الاتحادية أن الجانب الروسي';
    writeFileSync(ar, arText);
    writeFileSync(en, "Damascus, SANA - Russia's envoy to the U.N. met Syrian officials.");
    const run = extract(ar, en);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.lang])).toEqual([
      [ar, 'ar'],
      [en, 'en'],
    ]);
    const [first, second] = lines;
    const ids = first.entities.map((e: { id: string }) => e.id);
    expect(ids).toEqual(['SY', 'un', 'RU']);
    const russia = first.entities[2];
    expect(russia).toMatchObject({ kind: 'state', iso2: 'RU', name: { ar: 'روسيا', en: 'Russia' } });
    expect(russia.aliases.ar).toContain('الاتحاد الروسي');
    for (const e of first.entities) {
      for (const m of e.mentions) expect(arText.slice(m.start, m.end)).toBe(m.text);
    }
    expect(russia.mentions.map((m: { text: string; form: string }) => [m.text, m.form])).toEqual([
      ['وروسيا الاتحادية', 'name'],
      ['الروسي', 'adjective'],
    ]);
    expect(second.entities.map((e: { id: string }) => e.id)).toEqual(['RU', 'un', 'SY']);
  });

  it('reports an unreadable file on its own line and exits non-zero, after doing the others', () => {
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'سورية');
    const run = extract(join(dir, 'missing.txt'), ok);
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ file: join(dir, 'missing.txt'), entities: [] });
    expect(lines[0].error).toMatch(/ENOENT/);
    expect(lines[1].entities[0].id).toBe('SY');
  });

  it('refuses binary files and text that is not UTF-8, instead of reporting names found in noise', () => {
    const binary = join(dir, 'image.png');
    const cp1256 = join(dir, 'cp1256.txt');
    const ok = join(dir, 'fine.txt');
    // A PNG's header and bytes in which the Latin-1 reading spells "Syria"; سورية in Windows-1256.
    writeFileSync(
      binary,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.from(' Syria UN ')]),
    );
    writeFileSync(cp1256, Buffer.from([0xd3, 0xe6, 0xd1, 0xed, 0xc9, 0x20, 0x53, 0x79, 0x72, 0x69, 0x61]));
    writeFileSync(ok, 'Syria');
    const run = extract(binary, cp1256, ok);
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ file: binary, entities: [], error: expect.stringMatching(/NUL/) });
    expect(lines[1]).toMatchObject({ file: cp1256, entities: [], error: expect.stringMatching(/UTF-8/) });
    expect(lines[2].entities[0].id).toBe('SY');
    expect(run.stderr).toMatch(/image\.png: not a text file/);
  });

  it('explains its usage when given no file', () => {
    const run = extract();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });

  it.each([
    [
      'a binary file',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, ...Buffer.from(' سورية Syria')]),
      /not a text file: a NUL byte at byte 4/,
    ],
    [
      'Windows-1256 Arabic',
      Buffer.from([0xd3, 0xe6, 0xd1, 0xed, 0xc9, 0x20, 0x53, 0x79, 0x72, 0x69, 0x61]),
      /not UTF-8 text/,
    ],
  ])('refuses %s with a clear message and a non-zero exit, finding nothing in it', (_case, bytes, message) => {
    const file = join(dir, 'not-text.bin');
    writeFileSync(file, bytes);
    const run = extract(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    const line = JSON.parse(run.stdout.trim());
    expect(line).toMatchObject({ file, entities: [] });
    expect(line.error).toMatch(message);
  });
});
