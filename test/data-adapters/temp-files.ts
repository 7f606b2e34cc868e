/** Small input files for adapter tests, written to a fresh temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'scuole-test-'));
}

export function writeText(
  dir: string,
  name: string,
  text: string,
  options: { gzip?: boolean; latin1?: boolean; bom?: boolean } = {},
): string {
  let bytes: Buffer = options.latin1 ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8');
  if (options.bom) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  if (options.gzip) bytes = gzipSync(bytes);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export const STATE_HEADER =
  'ANNOSCOLASTICO,AREAGEOGRAFICA,REGIONE,PROVINCIA,CODICEISTITUTORIFERIMENTO,DENOMINAZIONEISTITUTORIFERIMENTO,CODICESCUOLA,DENOMINAZIONESCUOLA,INDIRIZZOSCUOLA,CAPSCUOLA,CODICECOMUNESCUOLA,DESCRIZIONECOMUNE,DESCRIZIONECARATTERISTICASCUOLA,DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA,INDICAZIONESEDEDIRETTIVO,INDICAZIONESEDEOMNICOMPRENSIVO,INDIRIZZOEMAILSCUOLA,INDIRIZZOPECSCUOLA,SITOWEBSCUOLA,SEDESCOLASTICA';

/** A state-registry row with sensible defaults. */
export function stateRow(fields: {
  institution: string;
  code: string;
  name?: string;
  comune?: string;
  belfiore?: string;
  grade?: string;
  /** DESCRIZIONECARATTERISTICASCUOLA ("NORMALE" unless said). */
  characteristic?: string;
  seat?: 'SI' | 'NO';
  region?: string;
  province?: string;
  street?: string;
  cap?: string;
}): string {
  const f = {
    name: `SCUOLA ${fields.code}`,
    comune: 'FIRENZE',
    belfiore: 'D612',
    grade: 'SCUOLA PRIMARIA',
    characteristic: 'NORMALE',
    seat: 'NO',
    region: 'TOSCANA',
    province: 'FIRENZE',
    street: 'VIA ROMA 1',
    cap: '50100',
    ...fields,
  };
  return [
    '202526',
    'CENTRO',
    f.region,
    f.province,
    f.institution,
    `"IC ${f.institution}"`,
    f.code,
    `"${f.name}"`,
    `"${f.street}"`,
    f.cap,
    f.belfiore,
    f.comune,
    f.characteristic,
    f.grade,
    f.seat,
    'Non Disponibile',
    `${f.code}@istruzione.it`,
    'Non Disponibile',
    'www.example.edu.it',
    'NO',
  ].join(',');
}
