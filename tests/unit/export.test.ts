import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { flattenKpi } from '../../src/export/columns.ts';
import { parseDelimiter, toCsv } from '../../src/export/csv.ts';
import { columnName, toXlsx, xmlText } from '../../src/export/xlsx.ts';

describe('toCsv', () => {
  it('quotes only what needs quoting, doubles quotes, ends lines with CRLF and starts with a BOM', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"', 'two\nlines', ' edge ', 12, true, false, null, undefined],
    ], { yes: 'Ya', no: 'Tidak' });
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi""","two\nlines"," edge ",12,Ya,Tidak,,\r\n');
  });

  it('keeps formula-like text as text', () => {
    expect(toCsv([['=SUM(A1)', '+62 812', '@user', '-x', 'a=b']], { bom: false })).toBe("'=SUM(A1),'+62 812,'@user,'-x,a=b\r\n");
  });

  it('quotes fields holding the chosen delimiter', () => {
    expect(toCsv([['a;b', 'c,d']], { delimiter: ';', bom: false })).toBe('"a;b";c,d\r\n');
    expect(toCsv([['a\tb', 'c']], { delimiter: '\t', bom: false })).toBe('"a\tb"\tc\r\n');
  });

  it('parses --delimiter', () => {
    expect(parseDelimiter(';')).toBe(';');
    expect(parseDelimiter('tab')).toBe('\t');
    expect(parseDelimiter('\\t')).toBe('\t');
    expect(parseDelimiter('"')).toBeUndefined();
    expect(parseDelimiter(';;')).toBeUndefined();
  });
});

describe('xlsx pieces', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlText('a < b & "c" > d\u0001\u000b')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('Đặng 😀\ttab')).toBe('Đặng 😀\ttab');
  });

  it('writes a well-formed package with shared strings, styles and a frozen header, the same bytes every time', () => {
    const sheet = {
      name: 'Inisiatif',
      columns: [{ header: 'Judul', kind: 'wrap' as const, max: 40 }, { header: 'Anggaran', kind: 'rupiah' as const, max: 18 }],
      rows: [['A & B', 150000000], ['A & B', null]],
      frozenColumns: 1,
      title: 'Buku',
      creator: 'Kota Uji',
    };
    const bytes = toXlsx(sheet);
    expect(toXlsx(sheet)).toEqual(bytes);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(strings).toContain('count="4" uniqueCount="3"');
    expect(strings).toContain('<si><t>A &amp; B</t></si>');
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(sheetXml).toContain('<c r="B2" s="2"><v>150000000</v></c>');
    expect(sheetXml).toContain('<row r="3"><c r="A3" s="4" t="s"><v>2</v></c></row>');
    expect(strFromU8(files['xl/styles.xml']!)).toContain('formatCode="&quot;Rp&quot;#,##0"');
  });
});

describe('flattenKpi', () => {
  it('puts every indicator in one cell', () => {
    expect(flattenKpi([{ indicator: 'Pengguna', target: '10.000', year: 2025 }, { indicator: 'Aduan', target: 80, year: null }])).toBe('Pengguna: 10.000 (2025); Aduan: 80');
    expect(flattenKpi([])).toBeNull();
  });
});
