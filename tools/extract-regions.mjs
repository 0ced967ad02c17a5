// Writes data/seed/regions.csv from the idn-area-data package (Kemendagri codes, ODbL):
// every province and regency or city, plus the districts and villages the MPP records use.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const areaData = join(root, 'node_modules', 'idn-area-data', 'data');

function readCsv(file) {
  const [header, ...lines] = readFileSync(join(areaData, file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((cell) => cell.replace(/,$/, ''));
    return Object.fromEntries(columns.map((column, i) => [column, unquote(cells[i] ?? '')]));
  });
}

function unquote(cell) {
  return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

function quote(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const used = new Set();
for (const file of readdirSync(join(root, 'data', 'seed', 'mpps'))) {
  const { regionCodes } = JSON.parse(readFileSync(join(root, 'data', 'seed', 'mpps', file), 'utf8'));
  for (const code of [regionCodes.district, regionCodes.village]) if (code) used.add(code);
}

const rows = [
  ...readCsv('provinces.csv').map((r) => [r.code, r.name, 'province']),
  ...readCsv('regencies.csv').map((r) => [r.code, r.name, 'regency']),
  ...readCsv('districts.csv').filter((r) => used.has(r.code)).map((r) => [r.code, r.name, 'district']),
  ...readCsv('villages.csv').filter((r) => used.has(r.code)).map((r) => [r.code, r.name, 'village']),
];
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const csv = ['code,name,level', ...rows.map((row) => row.map(quote).join(','))].join('\r\n') + '\r\n';
writeFileSync(join(root, 'data', 'seed', 'regions.csv'), csv);
console.log(`regions.csv: ${rows.length} regions`);
